import { MAX_TIP_CENTS } from '@3factor/domain';
import type { Charge } from '../payment/gateway.js';
import { settleCharge } from '../payment/decide.js';

/** What tip-payment reads under its lock on the tip: never the event payload. */
export interface TipFacts {
  tipStatus: string;
  /** A charge was asked for before (a delivery that crashed or timed out after asking). */
  chargeRequested: boolean;
  amountCents: number;
  orderStatus: string;
}

export type TipPlan = { kind: 'skip'; reason: string } | { kind: 'fail-without-charge'; reason: string } | { kind: 'charge'; amountCents: number };

/** Whether to charge the order's card for a tip after delivery, before anything is sent to the gateway. */
export function planTip(facts: TipFacts): TipPlan {
  if (facts.tipStatus !== 'pending') return { kind: 'skip', reason: `tip is already ${facts.tipStatus}` };
  // An earlier attempt may have charged the card before it died: ask again with the same key
  // (the gateway answers with that charge) and settle.
  if (facts.chargeRequested) return { kind: 'charge', amountCents: facts.amountCents };
  // order_tips_enforce admits a tip for a delivered order only, and a delivered order stays so;
  // checked again because this decision spends the customer's money.
  if (facts.orderStatus !== 'delivered') {
    return { kind: 'fail-without-charge', reason: `The order is ${facts.orderStatus.replace(/_/g, ' ')}, so the tip was not charged.` };
  }
  if (!Number.isInteger(facts.amountCents) || facts.amountCents < 1 || facts.amountCents > MAX_TIP_CENTS) {
    return { kind: 'fail-without-charge', reason: `A tip is 1 cent to ${MAX_TIP_CENTS / 100} dollars, not ${facts.amountCents} cents, so it was not charged.` };
  }
  return { kind: 'charge', amountCents: facts.amountCents };
}

export interface TipSettlement {
  status: 'succeeded' | 'failed';
  providerRef: string;
  failureReason: string | null;
}

/** The order payment's settlement (payment/decide.ts), without the order's status: a tip moves no order. */
export function settleTipCharge(charge: Charge): TipSettlement {
  const { paymentStatus, providerRef, failureReason } = settleCharge(charge);
  return { status: paymentStatus, providerRef, failureReason };
}

/** The gateway's idempotency key for a tip: apart from the order payments' keys (their ids). */
export function tipChargeKey(tipId: string): string {
  return `tip-${tipId}`;
}
