// What each order status means to a customer. Pure, so the wording and the rules
// (what can be cancelled, what counts as stalled) are tested without rendering. The
// statuses, their transitions and their labels are the shared vocabulary of @3factor/domain.

import {
  CANCELLABLE_ORDER_STATUSES,
  HAPPY_PATH,
  isFailureOrderStatus,
  isFinalOrderStatus,
  ORDER_STATUS_LABELS,
  PAYABLE_ORDER_STATUSES,
  type OrderStatus,
  type PaymentStatus,
} from '@3factor/domain';

/** What the customer is waiting for while the order sits in a status. */
export const WAITING_FOR: Partial<Record<OrderStatus, string>> = {
  placed: 'Checking your order and working out the total…',
  validated: 'Waiting for your payment.',
  payment_failed: 'Waiting for your payment.',
  paid: 'Waiting for the restaurant to accept your order…',
  approved: 'The kitchen is cooking. Finding a courier…',
  agent_assigned: 'Your courier is on the way to the restaurant.',
  picked_up: 'Your food is on its way to you.',
};

/**
 * The database lets a customer cancel only these: until the restaurant answers (schema.sql,
 * orders_enforce_status). A paid order cancelled is refunded.
 */
export function isCancellable(status: OrderStatus, latestPaymentStatus: PaymentStatus | null): boolean {
  if (latestPaymentStatus === 'pending') return false; // a charge is in flight
  return CANCELLABLE_ORDER_STATUSES.includes(status);
}

export function canPay(status: OrderStatus, latestPaymentStatus: PaymentStatus | null): boolean {
  return PAYABLE_ORDER_STATUSES.includes(status) && latestPaymentStatus !== 'pending';
}

export interface FailureExplanation {
  title: string;
  detail: string;
}

/**
 * Every state in which the order did not go as planned, explained in words a customer understands.
 * `latestPaymentStatus` tells a cancelled order that was paid (refunded, or being refunded) from one never charged.
 */
export function explainFailure(
  status: OrderStatus,
  rejectionReason: string | null,
  paymentFailureReason: string | null,
  latestPaymentStatus: PaymentStatus | null = null,
): FailureExplanation | null {
  switch (status) {
    case 'rejected':
      return {
        title: 'We could not accept this order',
        detail: `${asSentence(rejectionReason ?? 'The order did not pass validation.')} You have not been charged.`,
      };
    case 'payment_failed':
      return {
        title: 'Your payment did not go through',
        detail: `${paymentFailureReason ? `${humanizeReason(paymentFailureReason)}. ` : ''}Please try another card.`,
      };
    case 'restaurant_rejected':
      return {
        title: 'The restaurant declined your order',
        detail: `${rejectionReason ? `Reason: ${asSentence(rejectionReason)} ` : ''}Your payment has been refunded in full.`,
      };
    case 'cancelled': {
      // A customer's cancellation sets only the status (their update permission); a reason means
      // the order timed out (the payment timeout or the sweeper). A paid order cancelled before
      // the restaurant answered is refunded by restaurant-approval: succeeded until then.
      const money =
        latestPaymentStatus === 'refunded'
          ? 'Your payment has been refunded in full.'
          : latestPaymentStatus === 'succeeded'
            ? 'Your payment is being refunded…'
            : 'Nothing was charged for it.';
      if (rejectionReason) return { title: 'This order was cancelled', detail: `${asSentence(rejectionReason)} ${money}` };
      if (latestPaymentStatus === 'refunded') return { title: 'Cancelled — refunded', detail: `You cancelled this order before the restaurant accepted it. ${money}` };
      if (latestPaymentStatus === 'succeeded') return { title: 'Cancelled — refund on its way', detail: `You cancelled this order before the restaurant accepted it. ${money}` };
      return { title: 'You cancelled this order', detail: money };
    }
    default:
      return null;
  }
}

/** A reason typed by a person or a function, ending with exactly one full stop (or its own ! or ?). */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return /[!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function humanizeReason(reason: string): string {
  const text = reason.replace(/_/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');
}

/**
 * How long a step may take before the customer is told it is taking longer than usual.
 * Steps that wait for the customer (paying) never stall; steps that wait for people
 * (restaurant, courier) get minutes, steps done by functions get seconds.
 */
export const STALL_AFTER_MS: Partial<Record<OrderStatus, number>> = {
  placed: 20_000,
  paid: 3 * 60_000,
  approved: 2 * 60_000,
  agent_assigned: 30 * 60_000,
  picked_up: 45 * 60_000,
};
export const PAYMENT_STALL_AFTER_MS = 30_000;

export interface StallInput {
  status: OrderStatus;
  /** When the order entered its current status (server time). */
  enteredAt: string;
  /** When the latest payment was submitted, if it is still pending. */
  pendingPaymentSince: string | null;
  now: number;
}

export function stalledStep(input: StallInput): string | null {
  if (input.pendingPaymentSince) {
    const waited = input.now - Date.parse(input.pendingPaymentSince);
    return waited > PAYMENT_STALL_AFTER_MS ? 'Processing your payment is taking longer than usual.' : null;
  }
  const limit = STALL_AFTER_MS[input.status];
  if (limit === undefined) return null;
  const waited = input.now - Date.parse(input.enteredAt);
  if (waited <= limit) return null;
  switch (input.status) {
    case 'placed':
      return 'Checking your order is taking longer than usual.';
    case 'paid':
      return 'The restaurant is taking longer than usual to accept your order.';
    case 'approved':
      return 'Finding a courier is taking longer than usual: all couriers are busy right now.';
    default:
      return 'This step is taking longer than usual.';
  }
}

export interface TimelineEntry {
  status: OrderStatus;
  label: string;
  at: string | null;
  state: 'done' | 'current' | 'upcoming' | 'failed';
}

/**
 * The timeline: every status the order actually went through (from order_status_history, with
 * its time), then the happy-path steps still ahead, unless the order has ended.
 */
export function buildTimeline(history: ReadonlyArray<{ to_status: OrderStatus; changed_at: string }>, status: OrderStatus): TimelineEntry[] {
  const entries: TimelineEntry[] = history.map((step, index) => {
    const isLast = index === history.length - 1;
    const state: TimelineEntry['state'] = isFailureOrderStatus(step.to_status) ? 'failed' : isLast && !isFinalOrderStatus(step.to_status) ? 'current' : 'done';
    return { status: step.to_status, label: ORDER_STATUS_LABELS[step.to_status], at: step.changed_at, state };
  });
  if (isFinalOrderStatus(status)) return entries;
  const reached = history.reduce((furthest, step) => Math.max(furthest, HAPPY_PATH.indexOf(step.to_status)), HAPPY_PATH.indexOf(status));
  for (const upcoming of HAPPY_PATH.slice(reached + 1)) {
    entries.push({ status: upcoming, label: ORDER_STATUS_LABELS[upcoming], at: null, state: 'upcoming' });
  }
  return entries;
}
