import { describe, expect, it } from 'vitest';
import { decideAssignment, entersApproved } from '../../src/agent-assignment/decide.js';
import { planPayment, settleCharge } from '../../src/payment/decide.js';
import { decideApproval, reactionTo } from '../../src/restaurant-approval/decide.js';

describe('restaurant-approval reactions', () => {
  it('acts on transitions into paid and into restaurant_rejected only', () => {
    expect(reactionTo('validated', 'paid')).toEqual({ kind: 'approve' });
    expect(reactionTo('payment_failed', 'paid')).toEqual({ kind: 'approve' });
    expect(reactionTo(null, 'paid')).toEqual({ kind: 'approve' });
    expect(reactionTo('paid', 'restaurant_rejected')).toEqual({ kind: 'refund' });
    // The locked read decides whether there is anything to refund (a paid order, or none).
    expect(reactionTo('paid', 'cancelled')).toEqual({ kind: 'refund' });
    expect(reactionTo('validated', 'cancelled')).toEqual({ kind: 'refund' });
    expect(reactionTo('paid', 'paid')).toMatchObject({ kind: 'ignore' });
    expect(reactionTo('paid', 'approved')).toEqual({ kind: 'ignore', reason: 'transition paid -> approved needs no approval step' });
  });

  it('approves only a paid order at an open, auto-approving restaurant', () => {
    const facts = { orderStatus: 'paid', autoApprove: true, isOpen: true, restaurantName: 'Sakura Sushi' };
    expect(decideApproval(facts)).toEqual({ kind: 'approve' });
    expect(decideApproval({ ...facts, orderStatus: 'validated' })).toEqual({ kind: 'wait', reason: 'order is validated, not paid' });
    expect(decideApproval({ ...facts, autoApprove: false })).toMatchObject({ kind: 'wait' });
    expect(decideApproval({ ...facts, isOpen: false })).toEqual({ kind: 'reject', reason: 'Sakura Sushi closed before it could accept the order' });
  });
});

describe('agent-assignment decisions', () => {
  it('acts on a transition into approved', () => {
    expect(entersApproved('paid', 'approved')).toBe(true);
    expect(entersApproved(null, 'approved')).toBe(true);
    expect(entersApproved('approved', 'approved')).toBe(false);
    expect(entersApproved('approved', 'agent_assigned')).toBe(false);
  });
  it('assigns only an approved order without an agent', () => {
    expect(decideAssignment('approved', null)).toEqual({ kind: 'assign' });
    expect(decideAssignment('approved', 3)).toEqual({ kind: 'skip', reason: 'order already has agent 3' });
    expect(decideAssignment('cancelled', null)).toEqual({ kind: 'skip', reason: 'order is cancelled, not approved' });
    expect(decideAssignment(undefined, null)).toEqual({ kind: 'skip', reason: 'order does not exist' });
  });
});

describe('payment plans', () => {
  const facts = { paymentStatus: 'pending', orderStatus: 'validated', chargeRequested: false, amountCents: 1200, orderTotalCents: 1200 };
  it('charges a pending payment of a payable order for the order total', () => {
    expect(planPayment(facts)).toEqual({ kind: 'charge', amountCents: 1200 });
    expect(planPayment({ ...facts, orderStatus: 'payment_failed' })).toEqual({ kind: 'charge', amountCents: 1200 });
  });
  it('skips a payment that is no longer pending', () => {
    expect(planPayment({ ...facts, paymentStatus: 'succeeded' })).toEqual({ kind: 'skip', reason: 'payment is already succeeded' });
  });
  it('fails without charging when the order cannot be paid or the amounts disagree', () => {
    expect(planPayment({ ...facts, orderStatus: 'cancelled' })).toEqual({ kind: 'fail-without-charge', reason: 'The order is cancelled, so nothing was charged.' });
    expect(planPayment({ ...facts, orderTotalCents: 1300 }).kind).toBe('fail-without-charge');
    expect(planPayment({ ...facts, orderTotalCents: null }).kind).toBe('fail-without-charge');
  });
  it('settles with the gateway a payment whose charge was asked for before, even for an order cancelled since', () => {
    expect(planPayment({ ...facts, chargeRequested: true, orderStatus: 'cancelled' })).toEqual({ kind: 'charge', amountCents: 1200 });
    expect(planPayment({ ...facts, chargeRequested: true, paymentStatus: 'succeeded' }).kind).toBe('skip');
  });
  it('settles a charge into payment and order statuses', () => {
    expect(settleCharge({ id: 'ch_1', amountCents: 1, currency: 'usd', status: 'succeeded' })).toEqual({
      paymentStatus: 'succeeded',
      orderStatus: 'paid',
      providerRef: 'ch_1',
      failureReason: null,
    });
    expect(
      settleCharge({ id: 'ch_2', amountCents: 1, currency: 'usd', status: 'failed', declineCode: 'insufficient_funds', failureMessage: 'Your card has insufficient funds.' }),
    ).toEqual({
      paymentStatus: 'failed',
      orderStatus: 'payment_failed',
      providerRef: 'ch_2',
      failureReason: 'Your card has insufficient funds.',
    });
  });
});
