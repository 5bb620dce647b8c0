import { isRetryableError } from '../platform/backoff.js';
import { toError } from './errors.js';
import { recordOutcomes, type Outcome, type Queryable } from './queue-sql.js';

/**
 * Records a batch; if Postgres rejects it for a reason that retrying will not fix (a data
 * error in one invocation row, say), records the outcomes one by one so a single poisoned
 * outcome cannot block the others: that one is recorded without its invocation row, and
 * if even that fails it is skipped (its row stays locked and the lease brings it back).
 * Connection-type errors are thrown to the processor, which keeps the batch and retries.
 */
export async function recordWithFallback(db: Queryable, outcomes: readonly Outcome[], onError: (error: Error) => void, options: { named?: boolean } = {}): Promise<void> {
  try {
    await recordOutcomes(db, outcomes, options);
    return;
  } catch (error) {
    if (isRetryableError(error)) throw error;
    onError(toError(error));
  }
  for (const outcome of outcomes) {
    try {
      await recordOutcomes(db, [outcome], options);
    } catch (error) {
      if (isRetryableError(error)) throw error;
      onError(toError(error));
      const { invocation: _dropped, ...withoutLog } = outcome;
      await recordOutcomes(db, [withoutLog], options).catch((e) => {
        if (isRetryableError(e)) throw e;
        onError(toError(e));
      });
    }
  }
}
