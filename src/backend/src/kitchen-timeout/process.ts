import { z } from 'zod';
import { PayloadError } from '../shared/hasura-event.js';
import { applied, processOnce, RetryLater, skipped } from '../shared/outcome.js';
import type { ScheduledFunction } from '../shared/scheduled-function.js';
import { decideKitchenTimeout } from '../order-timeouts/decide.js';

const payload = z.object({ order_id: z.guid('payload.order_id must be the order uuid') });

/**
 * kitchen-timeout: a one-off scheduled event created when a paid order waits for a person at
 * the restaurant. Declines the order if it is still paid past the deadline, read under its
 * lock; the move into restaurant_rejected fires restaurant-approval, which refunds it.
 */
export const kitchenTimeoutFunction: ScheduledFunction<{ orderId: string }> = {
  name: 'kitchen-timeout',
  input(event) {
    const parsed = payload.safeParse(event.payload);
    if (!parsed.success) throw new PayloadError(parsed.error.issues.map((i) => i.message).join('; '));
    return { orderId: parsed.data.order_id };
  },
  process({ orderId }, { event, runtime }) {
    return processOnce(
      runtime.pool(),
      { id: event.id, triggerName: 'kitchen-timeout' },
      async (client) => {
        const order = await client.query<{ status: string; since: number | null }>(
          `SELECT status, extract(epoch FROM now() - paid_at)::float8 AS since FROM orders WHERE id = $1 FOR UPDATE`,
          [orderId],
        );
        const row = order.rows[0];
        if (!row) return skipped(`order ${orderId} does not exist`, { orderId });
        const decision = decideKitchenTimeout({ status: row.status, secondsSincePaid: row.since, timeoutSeconds: runtime.config.kitchenTimeoutSeconds });
        if (decision.kind === 'skip') return skipped(decision.reason, { orderId, orderStatus: row.status });
        if (decision.kind === 'wait') return new RetryLater(decision.reason, decision.retryAfterSeconds);
        await client.query(`UPDATE orders SET status = 'restaurant_rejected', rejection_reason = $2 WHERE id = $1 AND status = 'paid'`, [orderId, decision.reason]);
        return applied({ orderId, orderStatus: 'restaurant_rejected', reason: decision.reason });
      },
      { claim: 'last' },
    );
  },
};
