/**
 * What one delivery attempt produced, and what Hasura does next
 * (`Eventing/EventTrigger.hs` `retryOrSetError`, `Eventing/HTTP.hs` `parseRetryHeaderValue`).
 */
export interface HttpHeader {
  name: string;
  value: string;
}

export type DeliveryResult =
  | { kind: 'response'; status: number; headers: HttpHeader[]; body: string }
  /** The trigger's timeout_sec elapsed before a full response. */
  | { kind: 'timeout'; message: string }
  /** No HTTP response: connection refused, bad URL, a missing environment variable. */
  | { kind: 'error'; message: string };

export type Decision = { kind: 'delivered' } | { kind: 'retry'; delaySec: number } | { kind: 'error' };

export interface RetryConf {
  num_retries: number;
  interval_sec: number;
  timeout_sec?: number;
}

export const DEFAULT_RETRY_CONF = { num_retries: 0, interval_sec: 10, timeout_sec: 60 } as const;

export function isSuccess(result: DeliveryResult): boolean {
  return result.kind === 'response' && result.status >= 200 && result.status < 300;
}

/** Integer seconds greater than zero; the HTTP-date form is ignored, as in Hasura. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const seconds = Number(value);
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : undefined;
}

export function retryAfterOf(result: DeliveryResult): number | undefined {
  if (result.kind !== 'response' || isSuccess(result)) return undefined;
  const header = result.headers.find((h) => h.name.toLowerCase() === 'retry-after');
  return parseRetryAfter(header?.value);
}

/**
 * `tries` is the count before this attempt, so `num_retries + 1` attempts happen in all.
 * A valid Retry-After on a failed response forces one more retry even when the retries
 * are exhausted, exactly like Hasura.
 */
export function decide(result: DeliveryResult, tries: number, retry: RetryConf): Decision {
  if (isSuccess(result)) return { kind: 'delivered' };
  const retryAfter = retryAfterOf(result);
  if (tries >= retry.num_retries && retryAfter === undefined) return { kind: 'error' };
  return { kind: 'retry', delaySec: retryAfter ?? retry.interval_sec };
}
