import { isPayableOrderStatus, type OrderStatus, type PaymentStatus } from '@3factor/domain';
import type { Charge } from './gateway.js';

export interface PaymentFacts {
  paymentStatus: string;
  orderStatus: string;
  /** A charge was asked for before (a delivery that crashed or timed out after asking). */
  chargeRequested: boolean;
  /** Set by a database trigger from the order when the payment row was inserted. */
  amountCents: number;
  orderTotalCents: number | null;
}

export type PaymentPlan = { kind: 'skip'; reason: string } | { kind: 'fail-without-charge'; reason: string } | { kind: 'charge'; amountCents: number };

/** Whether to charge the card, before anything is sent to the gateway. */
export function planPayment(facts: PaymentFacts): PaymentPlan {
  if (facts.paymentStatus !== 'pending') return { kind: 'skip', reason: `payment is already ${facts.paymentStatus}` };
  // An earlier attempt may have charged the card before it died: ask the gateway again with
  // the same key (it answers with that charge, or makes it now) and settle; if the order
  // can no longer be paid, the charge is refunded in the same step.
  if (facts.chargeRequested && facts.amountCents > 0) return { kind: 'charge', amountCents: facts.amountCents };
  if (!isPayableOrderStatus(facts.orderStatus)) {
    return { kind: 'fail-without-charge', reason: `The order is ${facts.orderStatus.replace(/_/g, ' ')}, so nothing was charged.` };
  }
  // The trigger copied the total when the payment was inserted; the total cannot change
  // after validation, so a difference means something is badly wrong: do not charge.
  if (facts.orderTotalCents === null || facts.amountCents !== facts.orderTotalCents) {
    return {
      kind: 'fail-without-charge',
      reason: `The payment amount (${facts.amountCents}) does not match the order total (${facts.orderTotalCents ?? 'none'}), so nothing was charged.`,
    };
  }
  return { kind: 'charge', amountCents: facts.amountCents };
}

export interface PaymentSettlement {
  paymentStatus: Extract<PaymentStatus, 'succeeded' | 'failed'>;
  orderStatus: Extract<OrderStatus, 'paid' | 'payment_failed'>;
  providerRef: string;
  failureReason: string | null;
}

export function settleCharge(charge: Charge): PaymentSettlement {
  if (charge.status === 'succeeded') {
    return { paymentStatus: 'succeeded', orderStatus: 'paid', providerRef: charge.id, failureReason: null };
  }
  return {
    paymentStatus: 'failed',
    orderStatus: 'payment_failed',
    providerRef: charge.id,
    failureReason: charge.failureMessage ?? `The card was declined (${charge.declineCode ?? 'unknown reason'}).`,
  };
}

/** The refund's idempotency key: one refund per payment, however often the compensation runs. */
export function refundKey(paymentId: string): string {
  return `refund-${paymentId}`;
}
