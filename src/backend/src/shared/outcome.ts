import type pg from 'pg';
import { withTransaction } from './database.js';
import { claimEvent, recordResult, type EventResult } from './idempotency.js';

/** How an event ended: done (applied or deliberately skipped) or to be retried by Hasura later. */
export type Outcome = { kind: 'done'; result: EventResult; replayed: boolean } | { kind: 'retry-later'; message: string; retryAfterSeconds: number };

export const applied = (fields: Record<string, unknown>): EventResult => ({ status: 'applied', ...fields });
export const skipped = (reason: string, fields: Record<string, unknown> = {}): EventResult => ({ status: 'skipped', reason, ...fields });

/** Returned by a unit of work to roll everything back and ask Hasura to deliver the event again. */
export class RetryLater {
  constructor(
    readonly message: string,
    readonly retryAfterSeconds: number,
  ) {}
}

class RollbackForRetry extends Error {
  constructor(readonly retry: RetryLater) {
    super(retry.message);
  }
}

/**
 * One event, exactly once in effect: the event id is claimed, the work runs and its
 * result is stored, all in one transaction. A repeated event gets the stored result and
 * changes nothing; work that returns `RetryLater` rolls back, claim included.
 */
export async function processOnce(
  pool: pg.Pool,
  event: { id: string; triggerName: string },
  work: (client: pg.PoolClient) => Promise<EventResult | RetryLater>,
  onRetry?: (error: Error, attempt: number) => void,
): Promise<Outcome> {
  try {
    return await withTransaction(
      pool,
      async (client) => {
        const claim = await claimEvent(client, event.id, event.triggerName);
        if (claim.kind === 'already-processed') return { kind: 'done', result: claim.result, replayed: true } as const;
        const result = await work(client);
        if (result instanceof RetryLater) throw new RollbackForRetry(result);
        await recordResult(client, event.id, result);
        return { kind: 'done', result, replayed: false } as const;
      },
      { onRetry },
    );
  } catch (error) {
    if (error instanceof RollbackForRetry) {
      return { kind: 'retry-later', message: error.retry.message, retryAfterSeconds: error.retry.retryAfterSeconds };
    }
    throw error;
  }
}
