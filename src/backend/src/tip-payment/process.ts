import type pg from 'pg';
import { z } from 'zod';
import { withTransaction } from '../shared/database.js';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { findProcessedResult } from '../shared/idempotency.js';
import { applied, processOnce, skipped, type Outcome } from '../shared/outcome.js';
import type { Charge } from '../payment/gateway.js';
import { CURRENCY } from '../payment/process.js';
import { planTip, settleTipCharge, tipChargeKey, type TipPlan } from './decide.js';

const tipRow = z.object({ id: z.guid('id must be the tip uuid') });

export interface TipPaymentInput {
  tipId: string;
}

interface TipRow {
  status: string;
  order_id: string;
  amount_cents: number;
  payment_token: string;
  charge_requested: boolean;
  order_status: string;
}

/**
 * Decides under the lock of the tip row, from the row (the amount and card the database
 * admitted, not the event's copy), and records that a charge is asked for before asking.
 */
async function planUnderLock(pool: pg.Pool, tipId: string): Promise<{ plan: TipPlan; tip?: TipRow }> {
  return withTransaction(pool, async (client) => {
    const loaded = await client.query<TipRow>(
      `SELECT t.status, t.order_id, t.amount_cents, t.payment_token, t.charge_requested_at IS NOT NULL AS charge_requested, o.status AS order_status
         FROM order_tips t JOIN orders o ON o.id = t.order_id
        WHERE t.id = $1
          FOR UPDATE OF t`,
      [tipId],
    );
    const tip = loaded.rows[0];
    if (!tip) return { plan: { kind: 'skip', reason: `tip ${tipId} does not exist` } };
    const plan = planTip({ tipStatus: tip.status, chargeRequested: tip.charge_requested, amountCents: tip.amount_cents, orderStatus: tip.order_status });
    if (plan.kind === 'charge' && !tip.charge_requested) {
      await client.query('UPDATE order_tips SET charge_requested_at = now() WHERE id = $1', [tipId]);
    }
    return { plan, tip };
  });
}

/**
 * tip-payment: INSERT on order_tips → the order's card is charged the tip, then the tip is
 * succeeded or failed. The same three steps as the order's payment: decide under the lock,
 * charge outside any transaction (keyed by the tip, so asking again returns the same charge),
 * settle under the lock with the event id claimed, so a replayed event charges once.
 */
export const tipPaymentFunction: EventFunction<TipPaymentInput> = {
  name: 'tip-payment',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'order_tips' }, ops: ['INSERT', 'MANUAL'], row: tipRow });
    return { tipId: rows.new.id };
  },
  async process({ tipId }, { event, logger, runtime }): Promise<Outcome> {
    const pool = runtime.pool();
    const earlier = await findProcessedResult(pool, event.id);
    if (earlier) return { kind: 'done', result: earlier, replayed: true };

    const { plan, tip } = await planUnderLock(pool, tipId);

    let charge: Charge | undefined;
    if (plan.kind === 'charge') {
      charge = await runtime.gateway.charge({
        amountCents: plan.amountCents,
        currency: CURRENCY,
        token: tip!.payment_token,
        idempotencyKey: tipChargeKey(tipId),
        paymentId: tipId,
      });
      logger.info({ tipId, chargeId: charge.id, chargeStatus: charge.status, declineCode: charge.declineCode }, 'tip charged');
    }

    return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
      if (plan.kind === 'skip' || !tip) return skipped(plan.kind === 'skip' ? plan.reason : 'tip not found', { tipId });
      if (plan.kind === 'fail-without-charge') {
        const failed = await client.query(`UPDATE order_tips SET status = 'failed', failure_reason = $2 WHERE id = $1 AND status = 'pending'`, [tipId, plan.reason]);
        if (failed.rowCount === 0) return skipped('tip is no longer pending', { tipId });
        return applied({ tipId, orderId: tip.order_id, tipStatus: 'failed', failureReason: plan.reason });
      }
      const settlement = settleTipCharge(charge!);
      const updated = await client.query(`UPDATE order_tips SET status = $2, provider_ref = $3, failure_reason = $4 WHERE id = $1 AND status = 'pending'`, [
        tipId,
        settlement.status,
        settlement.providerRef,
        settlement.failureReason,
      ]);
      if (updated.rowCount === 0) return skipped('tip is no longer pending', { tipId });
      return applied({
        tipId,
        orderId: tip.order_id,
        tipStatus: settlement.status,
        amountCents: charge!.amountCents,
        chargeId: settlement.providerRef,
        ...(settlement.failureReason ? { failureReason: settlement.failureReason } : {}),
      });
    });
  },
};
