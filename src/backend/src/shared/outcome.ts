import type pg from 'pg';
import { withTransaction } from './database.js';
import { claimEvent, findProcessedResult, recordProcessed, recordResult, type EventResult } from './idempotency.js';

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

/** Thrown inside the transaction when another delivery recorded the event first: rolls the work back. */
class RecordedElsewhere extends Error {}

export interface ProcessOnceOptions {
  onRetry?: (error: Error, attempt: number) => void;
  /**
   * `first` (the default): the event id is claimed before the work, so a second delivery of
   * the same event waits at the claim and never runs the work. `last`: the id is recorded with
   * the result after the work, one statement instead of a claim and an update; a second
   * delivery running at the same moment does the work too, then finds the id recorded, and its
   * transaction rolls back. Only for work that writes nothing outside this transaction (no
   * gateway, no scheduled event): two deliveries then cannot both take effect either way.
   */
  claim?: 'first' | 'last';
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
  options: ProcessOnceOptions = {},
): Promise<Outcome> {
  const claimLast = options.claim === 'last';
  try {
    return await withTransaction(
      pool,
      async (client) => {
        if (!claimLast) {
          const claim = await claimEvent(client, event.id, event.triggerName);
          if (claim.kind === 'already-processed') return { kind: 'done', result: claim.result, replayed: true } as const;
        }
        const result = await work(client);
        if (result instanceof RetryLater) throw new RollbackForRetry(result);
        if (!claimLast) await recordResult(client, event.id, result);
        else if (!(await recordProcessed(client, event.id, event.triggerName, result))) throw new RecordedElsewhere();
        return { kind: 'done', result, replayed: false } as const;
      },
      { onRetry: options.onRetry },
    );
  } catch (error) {
    if (error instanceof RollbackForRetry) {
      return { kind: 'retry-later', message: error.retry.message, retryAfterSeconds: error.retry.retryAfterSeconds };
    }
    if (error instanceof RecordedElsewhere) {
      const earlier = await findProcessedResult(pool, event.id);
      if (!earlier) throw new Error(`processed_events row for ${event.id} vanished after another delivery recorded it`);
      return { kind: 'done', result: earlier, replayed: true };
    }
    throw error;
  }
}
