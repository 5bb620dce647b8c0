/**
 * Retrying with backoff, and which database errors are worth a retry (graphile-worker's
 * `lib.ts` style): the one place the engine decides how long to wait and whether to try again.
 */

/**
 * SQLSTATEs a retry can fix: the connection failed or was cut, the server is starting up,
 * shutting down or full, or the transaction lost a race.
 */
const RETRYABLE_SQLSTATES: ReadonlyMap<string, string> = new Map([
  ['40001', 'serialization_failure'],
  ['40P01', 'deadlock_detected'],
  ['57P01', 'admin_shutdown'],
  ['57P02', 'crash_shutdown'],
  ['57P03', 'cannot_connect_now'],
  ['53300', 'too_many_connections'],
  ['55P03', 'lock_not_available'],
]);

/** Class 08 (connection exception: 08000, 08003, 08006, 08001, 08004, ...). */
const RETRYABLE_CLASSES = ['08'];

const RETRYABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What node-postgres says, without a code, when a connection is lost or cannot be had. */
const RETRYABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect/i;

export function isRetryableSqlState(code: string): boolean {
  return RETRYABLE_SQLSTATES.has(code) || RETRYABLE_CLASSES.some((c) => code.startsWith(c));
}

/** True for an error a later attempt may not see: a lost connection, a busy or restarting server, a serialization failure or deadlock. */
export function isRetryableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return isRetryableSqlState(code) || RETRYABLE_SOCKET_CODES.has(code);
  const message = error instanceof Error ? error.message : '';
  return RETRYABLE_MESSAGES.test(message);
}

export interface BackoffOptions {
  /** Delay before the first retry, in ms. */
  baseMs: number;
  /** Largest delay, in ms. */
  maxMs: number;
  /**
   * 'full': anywhere in [0, ceiling); 'equal': in [ceiling/2, ceiling); 'none': the ceiling.
   * Jitter keeps processes that lost the same server from coming back in lockstep.
   */
  jitter?: 'full' | 'equal' | 'none';
}

/** The delay before retry number `attempt` (0 for the first): exponential, capped, jittered. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt));
  switch (options.jitter ?? 'full') {
    case 'none':
      return ceiling;
    case 'equal':
      return Math.round(ceiling / 2 + (random() * ceiling) / 2);
    case 'full':
      return Math.round(random() * ceiling);
  }
}

/** Counts attempts and hands out the next delay; `reset()` after a success. */
export class Backoff {
  private attempt = 0;

  constructor(private readonly options: BackoffOptions) {}

  /** Attempts since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  next(): number {
    return backoffDelay(this.attempt++, this.options);
  }

  reset(): void {
    this.attempt = 0;
  }
}

export interface RetryOptions extends Partial<BackoffOptions> {
  /** Total tries, the first included. */
  attempts: number;
  /** Whether an error is worth another try; by default `isRetryableError`. */
  retryable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Runs `task` until it succeeds, throws a non-retryable error, or the attempts are spent. */
export async function withRetry<T>(task: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const backoff = new Backoff({ baseMs: options.baseMs ?? 50, maxMs: options.maxMs ?? 2_000, jitter: options.jitter });
  const retryable = options.retryable ?? isRetryableError;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !retryable(error)) throw error;
      const delay = backoff.next();
      options.onRetry?.(error, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
