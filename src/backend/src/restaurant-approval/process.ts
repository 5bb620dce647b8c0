import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventContext, EventFunction } from '../shared/event-function.js';
import { findProcessedResult } from '../shared/idempotency.js';
import { applied, processOnce, skipped, type Outcome } from '../shared/outcome.js';
import { refundKey } from '../payment/decide.js';
import { decideApproval, reactionTo, type Reaction } from './decide.js';

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
      const rejected = await client.query(
        `UPDATE orders SET status = 'restaurant_rejected', rejection_reason = $2 WHERE id = $1 AND status = 'paid'`,
        [orderId, decision.reason],
      );
      if (rejected.rowCount === 0) return skipped('order is no longer paid', { orderId });
      return applied({ orderId, orderStatus: 'restaurant_rejected', reason: decision.reason });
    }
    const updated = await client.query(`UPDATE orders SET status = 'approved' WHERE id = $1 AND status = 'paid'`, [orderId]);
    if (updated.rowCount === 0) return skipped('order is no longer paid', { orderId });
    return applied({ orderId, orderStatus: 'approved' });
  });
}

/** The compensation for a rejected, already paid order: the gateway refunds, then the payment is marked refunded. */
async function refund(orderId: string, { event, logger, runtime }: EventContext): Promise<Outcome> {
  const pool = runtime.pool();
  const earlier = await findProcessedResult(pool, event.id);
  if (earlier) return { kind: 'done', result: earlier, replayed: true };
  const found = await pool.query<{ id: string; amount_cents: number; provider_ref: string | null }>(
    `SELECT id, amount_cents, provider_ref FROM payments WHERE order_id = $1 AND status = 'succeeded'`,
    [orderId],
  );
  const payment = found.rows[0];
  let refundId: string | undefined;
  if (payment) {
    if (!payment.provider_ref) throw new Error(`payment ${payment.id} succeeded without a charge id; cannot refund`);
    const result = await runtime.gateway.refund({ chargeId: payment.provider_ref, amountCents: payment.amount_cents, idempotencyKey: refundKey(payment.id) });
    refundId = result.id;
    logger.info({ orderId, paymentId: payment.id, refundId }, 'payment refunded at the gateway');
  }
  return processOnce(pool, { id: event.id, triggerName: event.trigger.name }, async (client) => {
    if (!payment) return skipped('the order has no succeeded payment to refund', { orderId });
    const updated = await client.query(`UPDATE payments SET status = 'refunded' WHERE id = $1 AND status = 'succeeded'`, [payment.id]);
    if (updated.rowCount === 0) return skipped('payment was refunded already', { orderId, paymentId: payment.id });
    return applied({ orderId, paymentId: payment.id, paymentStatus: 'refunded', refundId, amountCents: payment.amount_cents });
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
  async process({ orderId, reaction }, context) {
    if (reaction.kind === 'approve') return approve(orderId, context);
    if (reaction.kind === 'refund') return refund(orderId, context);
    // Nothing to do and nothing written: a repeat of this event is just as harmless.
    return { kind: 'done', result: skipped(reaction.reason, { orderId }), replayed: false };
  },
};
