/**
 * agent-assignment's trigger listens on orders.approved_at, stamped once when the order enters
 * `approved`; it acts only on a transition into `approved` (a manual or replayed event may carry
 * another), and only while the order is still approved when it runs.
 */

export function entersApproved(oldStatus: string | null | undefined, newStatus: string): boolean {
  return newStatus === 'approved' && oldStatus !== 'approved';
}

export type AssignmentDecision = { kind: 'assign' } | { kind: 'skip'; reason: string };

export function decideAssignment(orderStatus: string | undefined, existingAgentId: number | null): AssignmentDecision {
  if (orderStatus === undefined) return { kind: 'skip', reason: 'order does not exist' };
  if (existingAgentId !== null) return { kind: 'skip', reason: `order already has agent ${existingAgentId}` };
  if (orderStatus !== 'approved') return { kind: 'skip', reason: `order is ${orderStatus}, not approved` };
  return { kind: 'assign' };
}
