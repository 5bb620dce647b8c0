import type pg from 'pg';
import { z } from 'zod';
import { isPayableOrderStatus, PAYABLE_ORDER_STATUSES } from '@3factor/domain';
import { withTransaction } from '../shared/database.js';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { findProcessedResult } from '../shared/idempotency.js';
import { applied, processOnce, skipped, type Outcome } from '../shared/outcome.js';
import { planPayment, refundKey, settleCharge, type PaymentPlan } from './decide.js';
import type { Charge } from './gateway.js';

export const CURRENCY = 'usd';

const paymentRow = z.object({ id: z.guid('id must be the payment uuid') });

export interface PaymentInput {
  paymentId: string;
}

interface PaymentRow {
  status: string;
  order_id: string;
  amount_cents: number;
  payment_token: string;
  charge_requested: boolean;
  order_status: string;
  total_cents: number | null;
}

/**
 * Decides, under the locks of the order and the payment, whether to charge, and if so
 * records that a charge is being asked for before asking: a later delivery of this event
 * (after a crash, a timeout, a kill -9) then knows the card may have been charged.
 */
async function planUnderLock(pool: pg.Pool, paymentId: string): Promise<{ plan: PaymentPlan; payment?: PaymentRow }> {
  return withTransaction(pool, async (client) => {
    // The order first, then the payment: the order the other writers of both take them in.
    const order = await client.query<{ status: string; total_cents: number | null }>(
      `SELECT status, total_cents FROM orders WHERE id = (SELECT order_id FROM payments WHERE id = $1) FOR UPDATE`,
      [paymentId],
    );
    const loaded = await client.query<Omit<PaymentRow, 'order_status' | 'total_cents'>>(
      `SELECT status, order_id, amount_cents, payment_token, charge_requested_at IS NOT NULL AS charge_requested
         FROM payments WHERE id = $1 FOR UPDATE`,
      [paymentId],
    );
    const row = loaded.rows[0];
    const orderRow = order.rows[0];
    if (!row || !orderRow) return { plan: { kind: 'skip', reason: `payment ${paymentId} does not exist` } };
    const payment: PaymentRow = { ...row, order_status: orderRow.status, total_cents: orderRow.total_cents };
    const plan = planPayment({
      paymentStatus: payment.status,
      orderStatus: payment.order_status,
      chargeRequested: payment.charge_requested,
      amountCents: payment.amount_cents,
      orderTotalCents: payment.total_cents,
    });
    if (plan.kind === 'charge' && !payment.charge_requested) {
      await client.query('UPDATE payments SET charge_requested_at = now() WHERE id = $1', [paymentId]);
    }
    return { plan, payment };
  });
}

/**
 * payment: INSERT on payments → the card is charged for the order's total through the
 * gateway, then payment succeeded + order paid, or payment failed + order payment_failed.
 *
 * Three steps, because the charge is an outside call that must not hold a pgBouncer
 * server connection: (1) under locks, decide and record that a charge is asked for;
 * (2) charge, keyed by the payment id, so asking again returns the same charge; (3) under
 * the order's lock again, settle what the gateway answered. A crash anywhere repeats at
 * most (2), which the gateway's ledger turns into the first charge.
 */
export const paymentFunction: EventFunction<PaymentInput> = {
  name: 'payment',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'payments' }, ops: ['INSERT', 'MANUAL'], row: paymentRow });
    return { paymentId: rows.new.id };
  },
  async process({ paymentId }, { event, logger, runtime }): Promise<Outcome> {
    const pool = runtime.pool();
    const earlier = await findProcessedResult(pool, event.id);
    if (earlier) return { kind: 'done', result: earlier, replayed: true };

    const { plan, payment } = await planUnderLock(pool, paymentId);

    let charge: Charge | undefined;
    if (plan.kind === 'charge') {
      charge = await runtime.gateway.charge({ amountCents: plan.amountCents, currency: CURRENCY, token: payment!.payment_token, idempotencyKey: paymentId, paymentId });
      logger.info({ paymentId, chargeId: charge.id, chargeStatus: charge.status, declineCode: charge.declineCode }, 'card charged');
    }

    return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
      if (plan.kind === 'skip' || !payment) return skipped(plan.kind === 'skip' ? plan.reason : 'payment not found', { paymentId });
      const order = await client.query<{ status: string }>('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [payment.order_id]);
      const orderStatus = order.rows[0]?.status ?? 'missing';

      if (plan.kind === 'fail-without-charge') {
        const failed = await client.query(`UPDATE payments SET status = 'failed', failure_reason = $2 WHERE id = $1 AND status = 'pending'`, [paymentId, plan.reason]);
        if (failed.rowCount === 0) return skipped('payment is no longer pending', { paymentId });
        return applied({ paymentId, orderId: payment.order_id, paymentStatus: 'failed', failureReason: plan.reason, orderStatus });
      }

      const settlement = settleCharge(charge!);
      const updated = await client.query(`UPDATE payments SET status = $2, provider_ref = $3, failure_reason = $4 WHERE id = $1 AND status = 'pending'`, [
        paymentId,
        settlement.paymentStatus,
        settlement.providerRef,
        settlement.failureReason,
      ]);
      if (updated.rowCount === 0) return skipped('payment is no longer pending', { paymentId });

      if (!isPayableOrderStatus(orderStatus)) {
        // The customer cancelled while the card was being charged: give the money back.
        if (settlement.paymentStatus === 'succeeded') {
          const refund = await runtime.gateway.refund({ chargeId: charge!.id, amountCents: charge!.amountCents, idempotencyKey: refundKey(paymentId) });
          await client.query(`UPDATE payments SET status = 'refunded' WHERE id = $1 AND status = 'succeeded'`, [paymentId]);
          return applied({
            paymentId,
            orderId: payment.order_id,
            paymentStatus: 'refunded',
            refundId: refund.id,
            orderStatus,
            reason: `order became ${orderStatus} during the charge`,
          });
        }
        return applied({ paymentId, orderId: payment.order_id, paymentStatus: 'failed', failureReason: settlement.failureReason, orderStatus });
      }
      await client.query(`UPDATE orders SET status = $2 WHERE id = $1 AND status = ANY($3::order_status[]) AND status <> $2::order_status`, [
        payment.order_id,
        settlement.orderStatus,
        PAYABLE_ORDER_STATUSES,
      ]);
      return applied({
        paymentId,
        orderId: payment.order_id,
        paymentStatus: settlement.paymentStatus,
        orderStatus: settlement.orderStatus,
        chargeId: settlement.providerRef,
        ...(settlement.failureReason ? { failureReason: settlement.failureReason } : {}),
      });
    });
  },
};
