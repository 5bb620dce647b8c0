import { withTransaction } from '../shared/database.js';
import { applied } from '../shared/outcome.js';
import type { ScheduledFunction } from '../shared/scheduled-function.js';
import { KITCHEN_TIMEOUT_REASON, PAYMENT_TIMEOUT_REASON } from '../order-timeouts/decide.js';

/** Orders moved per sweep and per kind: a backlog drains over a few minutes instead of one long transaction. */
const BATCH = 200;

/**
 * order-sweeper: the cron trigger (every minute) behind the one-off timeouts. An order whose
 * timeout event died, or was never created (the engine was down when the order was
 * validated), is found here by its timestamps and driven on by the same rules:
 * - unpaid past the payment deadline, no payment pending → cancelled;
 * - paid, unanswered past the kitchen deadline → restaurant_rejected (refunded by restaurant-approval).
 * Orders stuck where no timeout applies (placed and never validated, approved and waiting for a
 * courier) are counted and logged, for the dashboard's event health to explain.
 *
 * Rows are taken `FOR UPDATE SKIP LOCKED`, so a sweep never waits behind (or fights) a
 * handler working on the same order; the pending-payment check runs in the statement after
 * the lock, when a payment inserted meanwhile (share-locking its order) is visible.
 */
export const orderSweeperFunction: ScheduledFunction<Record<string, never>> = {
  name: 'order-sweeper',
  input: () => ({}),
  async process(_input, { runtime, logger }) {
    const { paymentTimeoutSeconds, kitchenTimeoutSeconds } = runtime.config;
    const result = await withTransaction(runtime.pool(), async (client) => {
      const unpaid = await client.query<{ id: string }>(
        `SELECT id FROM orders
          WHERE status IN ('validated', 'payment_failed') AND validated_at <= now() - make_interval(secs => $1)
          ORDER BY validated_at LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED`,
        [paymentTimeoutSeconds],
      );
      const cancelled = await client.query<{ id: string }>(
        `UPDATE orders o SET status = 'cancelled', rejection_reason = $2
          WHERE o.id = ANY($1::uuid[]) AND o.status IN ('validated', 'payment_failed')
            AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'pending')
          RETURNING o.id`,
        [unpaid.rows.map((r) => r.id), PAYMENT_TIMEOUT_REASON],
      );
      const declined = await client.query<{ id: string }>(
        `UPDATE orders SET status = 'restaurant_rejected', rejection_reason = $2
          WHERE id IN (SELECT id FROM orders WHERE status = 'paid' AND paid_at <= now() - make_interval(secs => $1)
                        ORDER BY paid_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [kitchenTimeoutSeconds, KITCHEN_TIMEOUT_REASON],
      );
      const stuck = await client.query<{ status: string; n: number }>(
        `SELECT status::text, count(*)::int AS n FROM orders
          WHERE (status = 'placed' AND created_at <= now() - interval '5 minutes')
             OR (status = 'approved' AND approved_at <= now() - interval '30 minutes')
          GROUP BY status`,
      );
      return {
        cancelled: cancelled.rows.map((r) => r.id),
        declined: declined.rows.map((r) => r.id),
        stuck: Object.fromEntries(stuck.rows.map((r) => [r.status, r.n])),
      };
    });
    if (Object.keys(result.stuck).length > 0) logger.warn({ stuck: result.stuck }, 'orders waiting longer than expected');
    return { kind: 'done', result: applied(result), replayed: false };
  },
};
