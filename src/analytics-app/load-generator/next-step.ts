import { isFinalOrderStatus } from '@3factor/domain';
import type { OrderPlan } from './order-plan.js';

/**
 * What the simulated people do next with one order, given its status as the database
 * says now. Pure: the simulation loop performs the step. The functions move the order
 * on between steps (validate, charge, auto-approve, assign an agent).
 */
export type Step =
  | { kind: 'wait' }
  | { kind: 'done'; outcome: 'delivered' | 'failed' }
  | { kind: 'pay'; attempt: number }
  | { kind: 'cancel' }
  | { kind: 'approve' }
  | { kind: 'reject' }
  | { kind: 'pick-up' }
  | { kind: 'deliver' };

export interface TrackedOrder {
  id: string;
  customer: number;
  plan: OrderPlan;
  autoApprove: boolean;
  status: string;
  /** Payments made so far. */
  payments: number;
  /** When the current status was first seen (ms), to pace the people acting on it. */
  seenAt: number;
}

/** Pauses of the simulated people, in ms at pace 1. */
export const PAUSES = {
  customerPays: 800,
  restaurantDecides: 1500,
  agentRidesToRestaurant: 2500,
  agentRidesToCustomer: 4000,
} as const;

export function nextStep(order: TrackedOrder, now: number, pace: number): Step {
  const waited = now - order.seenAt;
  const after = (ms: number, step: Step): Step => (waited >= ms * pace ? step : { kind: 'wait' });
  if (order.status === 'delivered') return { kind: 'done', outcome: 'delivered' };
  if (isFinalOrderStatus(order.status)) return { kind: 'done', outcome: 'failed' };
  switch (order.status) {
    case 'validated':
      if (order.plan.cancel) return after(PAUSES.customerPays, { kind: 'cancel' });
      return order.payments === 0 ? after(PAUSES.customerPays, { kind: 'pay', attempt: 0 }) : { kind: 'wait' };
    case 'payment_failed':
      // Waits while a payment is still being processed, then pays with the next card.
      if (order.payments >= order.plan.cards.length) return { kind: 'cancel' };
      return after(PAUSES.customerPays, { kind: 'pay', attempt: order.payments });
    case 'paid':
      if (order.autoApprove) return { kind: 'wait' };
      return after(PAUSES.restaurantDecides, order.plan.restaurantRejects ? { kind: 'reject' } : { kind: 'approve' });
    case 'agent_assigned':
      return after(PAUSES.agentRidesToRestaurant, { kind: 'pick-up' });
    case 'picked_up':
      return after(PAUSES.agentRidesToCustomer, { kind: 'deliver' });
    default:
      // placed (validate-order runs), approved (agent-assignment runs).
      return { kind: 'wait' };
  }
}
