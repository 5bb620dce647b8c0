import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventContext, EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped, type Outcome } from '../shared/outcome.js';
import { refundKey } from '../payment/decide.js';
import { decideApproval, reactionTo, REFUNDED_ORDER_STATUSES, type Reaction } from './decide.js';
import { scheduleKitchenTimeout } from '../order-timeouts/schedule.js';

const orderRow = z.object({ id: z.guid('id must be the order uuid'), status: z.string().min(1, 'status is required') });
const oldOrderRow = z.object({ status: z.string().min(1, 'status is required') });

export interface ApprovalInput {
  orderId: string;
  reaction: Reaction;
}

async function approve(orderId: string, { event, runtime }: EventContext): Promise<Outcome> {
  return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
    const found = await client.query<{ status: string; auto_approve: boolean; is_open: boolean; name: string }>(
      `SELECT o.status, r.auto_approve, r.is_open, r.name
         FROM orders o JOIN restaurants r ON r.id = o.restaurant_id
        WHERE o.id = $1
        FOR UPDATE OF o`,
      [orderId],
    );
    const row = found.rows[0];
    if (!row) return skipped(`order ${orderId} does not exist`, { orderId });
    const decision = decideApproval({ orderStatus: row.status, autoApprove: row.auto_approve, isOpen: row.is_open, restaurantName: row.name });
    if (decision.kind === 'wait') return skipped(decision.reason, { orderId, orderStatus: row.status });
    if (decision.kind === 'reject') {
      const rejected = await client.query(`UPDATE orders SET status = 'restaurant_rejected', rejection_reason = $2 WHERE id = $1 AND status = 'paid'`, [orderId, decision.reason]);
      if (rejected.rowCount === 0) return skipped('order is no longer paid', { orderId });
      return applied({ orderId, orderStatus: 'restaurant_rejected', reason: decision.reason });
    }
    const updated = await client.query(`UPDATE orders SET status = 'approved' WHERE id = $1 AND status = 'paid'`, [orderId]);
    if (updated.rowCount === 0) return skipped('order is no longer paid', { orderId });
    return applied({ orderId, orderStatus: 'approved' });
  });
}

/**
 * The compensation for a paid order that will never be served: rejected by the restaurant,
 * or cancelled by the customer before the restaurant answered. The event only says which
 * order to look at: the refund happens only if the order, read under its lock in this
 * transaction, really is restaurant_rejected or cancelled (both terminal) and has a succeeded
 * payment; the amount is the payment's, which is the charge's. A forged or stale event about
 * a paid, approved or delivered order refunds nothing; the database refuses a refund of such
 * an order's payment as well (payments_enforce). The order's lock is what makes a customer's
 * cancellation and the kitchen's answer exclusive: whichever commits first, the other finds
 * the order no longer paid.
 */
async function refund(orderId: string, { event, logger, runtime }: EventContext): Promise<Outcome> {
  return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
    const order = await client.query<{ status: string }>('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    const orderStatus = order.rows[0]?.status;
    if (!orderStatus) return skipped(`order ${orderId} does not exist`, { orderId });
    if (!REFUNDED_ORDER_STATUSES.includes(orderStatus))
      return skipped(`order is ${orderStatus}, not restaurant_rejected or cancelled: nothing to refund`, { orderId, orderStatus });
    const found = await client.query<{ id: string; amount_cents: number; provider_ref: string | null }>(
      `SELECT id, amount_cents, provider_ref FROM payments WHERE order_id = $1 AND status = 'succeeded' FOR UPDATE`,
      [orderId],
    );
    const payment = found.rows[0];
    // Cancelled before it was paid, or while the charge was under way (the payment function refunds that one when it settles).
    if (!payment) return skipped('the order has no succeeded payment to refund', { orderId, orderStatus });
    if (!payment.provider_ref) throw new Error(`payment ${payment.id} succeeded without a charge id; cannot refund`);
    // Keyed per payment: a retry after a crash gets this refund back, never a second one.
    const result = await runtime.gateway.refund({ chargeId: payment.provider_ref, amountCents: payment.amount_cents, idempotencyKey: refundKey(payment.id) });
    logger.info({ orderId, paymentId: payment.id, refundId: result.id }, 'payment refunded at the gateway');
    await client.query(`UPDATE payments SET status = 'refunded' WHERE id = $1 AND status = 'succeeded'`, [payment.id]);
    return applied({ orderId, paymentId: payment.id, paymentStatus: 'refunded', refundId: result.id, amountCents: payment.amount_cents });
  });
}

export const restaurantApprovalFunction: EventFunction<ApprovalInput> = {
  name: 'restaurant-approval',
  input(event: HasuraEvent) {
    const rows = eventRows(event, {
      table: { schema: 'public', name: 'orders' },
      ops: ['UPDATE', 'MANUAL'],
      row: orderRow,
      oldRow: oldOrderRow,
    });
    return { orderId: rows.new.id, reaction: reactionTo(rows.old?.status ?? null, rows.new.status) };
  },
  // A paid order left waiting for a person at the restaurant gets the kitchen timeout (order-timeouts/).
  async after({ orderId, reaction }, _outcome, { runtime, logger }) {
    if (reaction.kind === 'approve') await scheduleKitchenTimeout(orderId, runtime, logger);
  },
  async process({ orderId, reaction }, context) {
    if (reaction.kind === 'approve') return approve(orderId, context);
    if (reaction.kind === 'refund') return refund(orderId, context);
    // Nothing to do and nothing written: a repeat of this event is just as harmless.
    return { kind: 'done', result: skipped(reaction.reason, { orderId }), replayed: false };
  },
};
