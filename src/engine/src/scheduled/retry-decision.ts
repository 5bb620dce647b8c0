import { decide, type DeliveryResult } from '../events/retry-policy.js';
import type { STRetryConf } from './types.js';

/**
 * What happens to a claimed scheduled event, as in Hasura's `processScheduledEvent` and
 * `retryOrMarkError`:
 * - found more than `tolerance_seconds` after its scheduled time (retries included): dead,
 *   without calling the webhook;
 * - a 2xx answer: delivered;
 * - otherwise a retry after `retry_interval_seconds` (or the answer's Retry-After) while
 *   `tries < num_retries`, or when a Retry-After came; else error.
 */
export type ScheduledDecision = { kind: 'dead' } | { kind: 'delivered' } | { kind: 'retry'; delaySec: number } | { kind: 'error' };

export function isPastTolerance(ageSec: number, conf: STRetryConf): boolean {
  return ageSec > conf.tolerance_seconds;
}

export function decideScheduled(result: DeliveryResult, tries: number, conf: STRetryConf): ScheduledDecision {
  return decide(result, tries, { num_retries: conf.num_retries, interval_sec: conf.retry_interval_seconds });
}
