/**
 * The order status machine and the payment statuses, as schema.sql defines them. The
 * database enforces them (the `order_status` and `payment_status` enums,
 * `order_status_transition_allowed`); this module lets the functions and both apps speak
 * the same vocabulary without copying it. test/statuses-match-database.test.ts checks every
 * value and every transition here against the real database.
 *
 *   placed -> validated -> paid -> approved -> agent_assigned -> picked_up -> delivered
 *      \-> rejected  \-> payment_failed -> paid     \-> restaurant_rejected
 *   placed | validated | payment_failed | paid -> cancelled
 */

/** The values of the `order_status` enum, in the enum's order. */
export const ORDER_STATUSES = [
  'placed',
  'validated',
  'rejected',
  'paid',
  'payment_failed',
  'approved',
  'restaurant_rejected',
  'agent_assigned',
  'picked_up',
  'delivered',
  'cancelled',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The values of the `payment_status` enum, in the enum's order. */
export const PAYMENT_STATUSES = ['pending', 'succeeded', 'failed', 'refunded'] as const;

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Every change `order_status_transition_allowed(from, to)` accepts, by the status it leaves. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  placed: ['validated', 'rejected', 'cancelled'],
  validated: ['paid', 'payment_failed', 'cancelled'],
  rejected: [],
  paid: ['approved', 'restaurant_rejected', 'cancelled'],
  payment_failed: ['paid', 'cancelled'],
  approved: ['agent_assigned'],
  restaurant_rejected: [],
  agent_assigned: ['picked_up'],
  picked_up: ['delivered'],
  delivered: [],
  cancelled: [],
};

/** The steps of an order that goes well, in order. */
export const HAPPY_PATH: readonly OrderStatus[] = ['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'delivered'];

/** Statuses an order never leaves. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ['rejected', 'restaurant_rejected', 'delivered', 'cancelled'];

/** Statuses an order still moves on from: every status that is not final. */
export const IN_FLIGHT_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => !FINAL_ORDER_STATUSES.includes(s));

/** Statuses a payment may move to paid (a failed payment can be followed by another). */
export const PAYABLE_ORDER_STATUSES: readonly OrderStatus[] = ['validated', 'payment_failed'];

/**
 * Statuses a customer may cancel from: until the restaurant answers. A paid order cancelled
 * is refunded (restaurant-approval); the database refuses a cancellation from any other status.
 */
export const CANCELLABLE_ORDER_STATUSES: readonly OrderStatus[] = ['placed', 'validated', 'payment_failed', 'paid'];

/**
 * Statuses reached only after the card was charged: paid and everything after it, except
 * cancelled, which an order also reaches without ever being paid.
 */
export const PAID_ORDER_STATUSES: readonly OrderStatus[] = ['paid', 'approved', 'restaurant_rejected', 'agent_assigned', 'picked_up', 'delivered'];

/**
 * Statuses in which the order did not go as planned: the final ones other than delivered,
 * and a declined payment (which the customer can still recover from).
 */
export const FAILURE_ORDER_STATUSES: readonly OrderStatus[] = ['rejected', 'payment_failed', 'restaurant_rejected', 'cancelled'];

/** What a person reads for each status, on the customer's pages and on the dashboard alike. */
export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  placed: 'Order placed',
  validated: 'Order confirmed',
  rejected: 'Order rejected',
  paid: 'Payment received',
  payment_failed: 'Payment failed',
  approved: 'Restaurant accepted',
  restaurant_rejected: 'Restaurant declined',
  agent_assigned: 'Courier assigned',
  picked_up: 'Picked up',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

const has = (statuses: readonly string[], status: string): boolean => statuses.includes(status);

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && has(ORDER_STATUSES, value);
}

export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return typeof value === 'string' && has(PAYMENT_STATUSES, value);
}

/** Whether the database lets an order move from one status to the other. */
export function isTransitionAllowed(from: string, to: string): boolean {
  return isOrderStatus(from) && isOrderStatus(to) && ORDER_TRANSITIONS[from].includes(to);
}

export function isFinalOrderStatus(status: string): boolean {
  return has(FINAL_ORDER_STATUSES, status);
}

export function isPayableOrderStatus(status: string): boolean {
  return has(PAYABLE_ORDER_STATUSES, status);
}

export function isCancellableOrderStatus(status: string): boolean {
  return has(CANCELLABLE_ORDER_STATUSES, status);
}

export function isPaidOrderStatus(status: string): boolean {
  return has(PAID_ORDER_STATUSES, status);
}

export function isFailureOrderStatus(status: string): boolean {
  return has(FAILURE_ORDER_STATUSES, status);
}

/** The label of a status; a value the database does not know is shown as it is. */
export function orderStatusLabel(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABELS[status] : status;
}
