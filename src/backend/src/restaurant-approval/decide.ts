/**
 * restaurant-approval's trigger listens on orders.paid_at, orders.restaurant_rejected_at and
 * orders.cancelled_at, which the status trigger stamps once each, on entering the stage: it
 * fires for the transitions it acts on (a manual or replayed event may carry any other,
 * acknowledged as skipped):
 * - into `paid`: approve when the restaurant auto-approves and is open; reject (and so
 *   refund) when it auto-approves but has closed since validation; otherwise the order
 *   waits for a person in the restaurant role (approve or reject);
 * - into `restaurant_rejected`, or `cancelled` by the customer before the restaurant
 *   answered: refund the succeeded payment (the compensation step). An order cancelled
 *   before it was paid has none, and one cancelled while its card was being charged is
 *   refunded by the payment function when the charge settles.
 *
 * The refund lives here rather than in a fifth function because refunding is the approval
 * step's own compensation: the restaurant said no, or the customer withdrew before it said yes.
 */

export type Reaction = { kind: 'approve' } | { kind: 'refund' } | { kind: 'ignore'; reason: string };

/** `oldStatus` is null for a MANUAL invocation from the console, which is treated as the transition itself. */
export function reactionTo(oldStatus: string | null | undefined, newStatus: string): Reaction {
  if (oldStatus === newStatus) return { kind: 'ignore', reason: `status did not change (${newStatus})` };
  if (newStatus === 'paid') return { kind: 'approve' };
  if (newStatus === 'restaurant_rejected' || newStatus === 'cancelled') return { kind: 'refund' };
  return { kind: 'ignore', reason: `transition ${oldStatus ?? '?'} -> ${newStatus} needs no approval step` };
}

export interface ApprovalFacts {
  orderStatus: string;
  autoApprove: boolean;
  isOpen: boolean;
  restaurantName: string;
}

/** The statuses whose succeeded payment is given back: the order will never be served. */
export const REFUNDED_ORDER_STATUSES: readonly string[] = ['restaurant_rejected', 'cancelled'];

export type ApprovalDecision = { kind: 'approve' } | { kind: 'reject'; reason: string } | { kind: 'wait'; reason: string };

export function decideApproval(facts: ApprovalFacts): ApprovalDecision {
  // The event may arrive before the payment's transaction is visible, or long after the
  // order moved on: only an order that is paid right now is approved.
  if (facts.orderStatus !== 'paid') return { kind: 'wait', reason: `order is ${facts.orderStatus}, not paid` };
  if (!facts.autoApprove) return { kind: 'wait', reason: `${facts.restaurantName} approves orders by hand: waiting for the restaurant` };
  // An auto-approving restaurant has nobody watching for orders: if it closed between
  // validation and payment, the order would wait forever. Reject it instead; the
  // transition into restaurant_rejected triggers the refund.
  if (!facts.isOpen) return { kind: 'reject', reason: `${facts.restaurantName} closed before it could accept the order` };
  return { kind: 'approve' };
}
