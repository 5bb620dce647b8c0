import { z } from 'zod';
import { PayloadError } from '../shared/hasura-event.js';
import { applied, processOnce, RetryLater, skipped } from '../shared/outcome.js';
import type { ScheduledFunction } from '../shared/scheduled-function.js';
import { decidePaymentTimeout } from '../order-timeouts/decide.js';

const payload = z.object({ order_id: z.guid('payload.order_id must be the order uuid') });

/**
 * payment-timeout: a one-off scheduled event created when an order is validated. Decides on
 * the order read `FOR UPDATE`, then on its payments read in the next statement: a payment
 * inserted meanwhile waited for the lock (payments_enforce takes a share lock on the order)
 * and is visible by then, so a pending payment is never missed.
 */
export const paymentTimeoutFunction: ScheduledFunction<{ orderId: string }> = {
  name: 'payment-timeout',
  input(event) {
    const parsed = payload.safeParse(event.payload);
    if (!parsed.success) throw new PayloadError(parsed.error.issues.map((i) => i.message).join('; '));
    return { orderId: parsed.data.order_id };
  },
  process({ orderId }, { event, runtime }) {
    return processOnce(
      runtime.pool(),
      { id: event.id, triggerName: 'payment-timeout' },
      async (client) => {
        const order = await client.query<{ status: string; since: number | null }>(
          `SELECT status, extract(epoch FROM now() - validated_at)::float8 AS since FROM orders WHERE id = $1 FOR UPDATE`,
          [orderId],
        );
        const row = order.rows[0];
        if (!row) return skipped(`order ${orderId} does not exist`, { orderId });
        const pending = await client.query(`SELECT 1 FROM payments WHERE order_id = $1 AND status = 'pending' LIMIT 1`, [orderId]);
        const decision = decidePaymentTimeout({
          status: row.status,
          secondsSinceValidated: row.since,
          pendingPayment: (pending.rowCount ?? 0) > 0,
          timeoutSeconds: runtime.config.paymentTimeoutSeconds,
        });
        if (decision.kind === 'skip') return skipped(decision.reason, { orderId, orderStatus: row.status });
        if (decision.kind === 'wait') return new RetryLater(decision.reason, decision.retryAfterSeconds);
        await client.query(`UPDATE orders SET status = 'cancelled', rejection_reason = $2 WHERE id = $1 AND status IN ('validated', 'payment_failed')`, [orderId, decision.reason]);
        return applied({ orderId, orderStatus: 'cancelled', reason: decision.reason });
      },
      { claim: 'last' },
    );
  },
};
