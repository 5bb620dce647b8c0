import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@3factor/domain';
import { buildTimeline, canPay, explainFailure, isCancellable, stalledStep } from '../src/orders/order-status.js';

const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, seconds)).toISOString();
const history = (...steps: OrderStatus[]) => steps.map((to_status, i) => ({ to_status, changed_at: at(i) }));

describe('buildTimeline', () => {
  it('shows the steps taken with their times, the current one, and the happy path ahead', () => {
    const timeline = buildTimeline(history('placed', 'validated', 'paid'), 'paid');
    expect(timeline.map((e) => [e.status, e.state])).toEqual([
      ['placed', 'done'],
      ['validated', 'done'],
      ['paid', 'current'],
      ['approved', 'upcoming'],
      ['agent_assigned', 'upcoming'],
      ['picked_up', 'upcoming'],
      ['delivered', 'upcoming'],
    ]);
    expect(timeline[2]!.at).toBe(at(2));
    expect(timeline[3]!.at).toBeNull();
  });

  it('keeps a failed payment in the history after a retry succeeded', () => {
    const timeline = buildTimeline(history('placed', 'validated', 'payment_failed', 'paid'), 'paid');
    expect(timeline.slice(0, 4).map((e) => [e.status, e.state])).toEqual([
      ['placed', 'done'],
      ['validated', 'done'],
      ['payment_failed', 'failed'],
      ['paid', 'current'],
    ]);
    expect(timeline[4]!.status).toBe('approved');
  });

  it('stops at a final failure without promising further steps', () => {
    const timeline = buildTimeline(history('placed', 'validated', 'paid', 'restaurant_rejected'), 'restaurant_rejected');
    expect(timeline.map((e) => e.status)).toEqual(['placed', 'validated', 'paid', 'restaurant_rejected']);
    expect(timeline.at(-1)!.state).toBe('failed');
  });

  it('marks a delivered order as done throughout', () => {
    const timeline = buildTimeline(history('placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'delivered'), 'delivered');
    expect(timeline.every((e) => e.state === 'done')).toBe(true);
  });
});

describe('explainFailure', () => {
  it('explains a rejected order with its reason', () => {
    expect(explainFailure('rejected', 'Truffle risotto is not available', null)?.detail).toMatch(/Truffle risotto is not available.*not been charged/);
  });
  it('asks for another card after a declined payment, with the gateway reason', () => {
    const explanation = explainFailure('payment_failed', null, 'insufficient_funds');
    expect(explanation?.detail).toBe('Insufficient funds. Please try another card.');
  });
  it('says a restaurant rejection was refunded', () => {
    expect(explainFailure('restaurant_rejected', 'Too busy right now', null)?.detail).toBe('Reason: Too busy right now. Your payment has been refunded in full.');
    // A reason that already ends with a full stop gets no second one.
    expect(explainFailure('restaurant_rejected', 'We are out of dough tonight.', null)?.detail).toBe(
      'Reason: We are out of dough tonight. Your payment has been refunded in full.',
    );
    expect(explainFailure('rejected', 'Bella Cucina is closed right now.', null)?.detail).toBe('Bella Cucina is closed right now. You have not been charged.');
  });
  it("tells the customer's own cancellation from a timeout's, which carries its reason", () => {
    expect(explainFailure('cancelled', null, null)).toEqual({ title: 'You cancelled this order', detail: 'Nothing was charged for it.' });
    expect(explainFailure('cancelled', 'The order was not paid in time', null)).toEqual({
      title: 'This order was cancelled',
      detail: 'The order was not paid in time. Nothing was charged for it.',
    });
  });
  it('says whether the money of a paid order the customer cancelled has come back', () => {
    expect(explainFailure('cancelled', null, null, 'succeeded')).toEqual({
      title: 'Cancelled — refund on its way',
      detail: 'You cancelled this order before the restaurant accepted it. Your payment is being refunded…',
    });
    expect(explainFailure('cancelled', null, null, 'refunded')).toEqual({
      title: 'Cancelled — refunded',
      detail: 'You cancelled this order before the restaurant accepted it. Your payment has been refunded in full.',
    });
    // A declined card before the cancellation: nothing was charged.
    expect(explainFailure('cancelled', null, null, 'failed')).toEqual({ title: 'You cancelled this order', detail: 'Nothing was charged for it.' });
  });
  it('has nothing to explain for orders that are going well', () => {
    for (const status of ['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'delivered'] as const) {
      expect(explainFailure(status, null, null)).toBeNull();
    }
  });
});

describe('cancelling and paying', () => {
  it('allows cancelling exactly where the database does, and never while a charge is in flight', () => {
    expect(isCancellable('placed', null)).toBe(true);
    expect(isCancellable('validated', null)).toBe(true);
    expect(isCancellable('payment_failed', 'failed')).toBe(true);
    expect(isCancellable('validated', 'pending')).toBe(false);
    // Paid, and the restaurant has not answered: cancelled and refunded.
    expect(isCancellable('paid', 'succeeded')).toBe(true);
    expect(isCancellable('approved', 'succeeded')).toBe(false);
    expect(isCancellable('restaurant_rejected', 'refunded')).toBe(false);
  });
  it('offers payment once validated, again after a failure, but not while one is pending', () => {
    expect(canPay('placed', null)).toBe(false);
    expect(canPay('validated', null)).toBe(true);
    expect(canPay('payment_failed', 'failed')).toBe(true);
    expect(canPay('validated', 'pending')).toBe(false);
    expect(canPay('paid', 'succeeded')).toBe(false);
  });
});

describe('stalledStep', () => {
  const enteredAt = at(0);
  const base = Date.parse(enteredAt);
  it('stays quiet while a step is within its usual time', () => {
    expect(stalledStep({ status: 'placed', enteredAt, pendingPaymentSince: null, now: base + 10_000 })).toBeNull();
  });
  it('speaks up when validation, approval or assignment stall', () => {
    expect(stalledStep({ status: 'placed', enteredAt, pendingPaymentSince: null, now: base + 60_000 })).toMatch(/longer than usual/);
    expect(stalledStep({ status: 'paid', enteredAt, pendingPaymentSince: null, now: base + 10 * 60_000 })).toMatch(/restaurant/);
    expect(stalledStep({ status: 'approved', enteredAt, pendingPaymentSince: null, now: base + 10 * 60_000 })).toMatch(/courier/);
  });
  it('never calls waiting for the customer a stall, but does flag a payment stuck in processing', () => {
    expect(stalledStep({ status: 'validated', enteredAt, pendingPaymentSince: null, now: base + 3_600_000 })).toBeNull();
    expect(stalledStep({ status: 'validated', enteredAt, pendingPaymentSince: enteredAt, now: base + 60_000 })).toMatch(/payment/);
  });
  it('has nothing to say about finished orders', () => {
    expect(stalledStep({ status: 'delivered', enteredAt, pendingPaymentSince: null, now: base + 3_600_000_000 })).toBeNull();
  });
});
