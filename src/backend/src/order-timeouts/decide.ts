/**
 * The two order timeouts, decided from what the handler reads under the order's lock (never
 * from the event's payload, which only names the order):
 *
 * Payment timeout. An order is payable from `validated_at` until `validated_at` + the payment
 * timeout. Past that deadline an order still `validated` or `payment_failed` is cancelled,
 * unless a payment is under way: a `pending` payment means the customer submitted the card
 * before the order was read, and the charge is never cut off. The handler then asks to be
 * called again later; the payment settles as paid (done) or payment_failed (cancelled on the
 * next call). A payment submitted after the cancellation commits finds the order cancelled and
 * is never charged (payment's `planPayment`).
 *
 * Kitchen timeout. A `paid` order nobody at the restaurant answered by `paid_at` + the
 * kitchen timeout is declined (`restaurant_rejected`, which refunds it through
 * restaurant-approval). An order the restaurant already answered is left alone.
 *
 * An event that arrives before the deadline (a clock ahead, an order validated again later)
 * waits for the rest of it.
 */
export const PAYMENT_TIMEOUT_REASON = 'The order was not paid in time';
export const KITCHEN_TIMEOUT_REASON = 'The restaurant did not answer in time';

/** How long to wait before looking again at an order whose payment is being charged. */
export const PAYMENT_UNDER_WAY_RETRY_SECONDS = 30;

export type TimeoutDecision = { kind: 'cancel'; reason: string } | { kind: 'skip'; reason: string } | { kind: 'wait'; reason: string; retryAfterSeconds: number };

export interface PaymentTimeoutFacts {
  status: string;
  /** Seconds since validated_at, by the database's clock; null when never validated. */
  secondsSinceValidated: number | null;
  pendingPayment: boolean;
  timeoutSeconds: number;
}

export function decidePaymentTimeout(facts: PaymentTimeoutFacts): TimeoutDecision {
  if (facts.status !== 'validated' && facts.status !== 'payment_failed') return { kind: 'skip', reason: `order is ${facts.status}: no payment is awaited` };
  if (facts.secondsSinceValidated === null) return { kind: 'skip', reason: 'order was never validated' };
  const left = facts.timeoutSeconds - facts.secondsSinceValidated;
  if (left > 0) return { kind: 'wait', reason: 'the payment deadline has not passed yet', retryAfterSeconds: Math.ceil(left) };
  if (facts.pendingPayment) return { kind: 'wait', reason: 'a payment is under way: it is not cut off', retryAfterSeconds: PAYMENT_UNDER_WAY_RETRY_SECONDS };
  return { kind: 'cancel', reason: PAYMENT_TIMEOUT_REASON };
}

export interface KitchenTimeoutFacts {
  status: string;
  secondsSincePaid: number | null;
  timeoutSeconds: number;
}

export function decideKitchenTimeout(facts: KitchenTimeoutFacts): TimeoutDecision {
  if (facts.status !== 'paid') return { kind: 'skip', reason: `order is ${facts.status}: the restaurant has answered or no answer is awaited` };
  if (facts.secondsSincePaid === null) return { kind: 'skip', reason: 'order has no paid_at' };
  const left = facts.timeoutSeconds - facts.secondsSincePaid;
  if (left > 0) return { kind: 'wait', reason: 'the restaurant still has time to answer', retryAfterSeconds: Math.ceil(left) };
  return { kind: 'cancel', reason: KITCHEN_TIMEOUT_REASON };
}
