import { describe, expect, it } from 'vitest';
import { decideKitchenTimeout, decidePaymentTimeout, KITCHEN_TIMEOUT_REASON, PAYMENT_TIMEOUT_REASON } from '../../src/order-timeouts/decide.js';

describe('payment timeout', () => {
  const base = { status: 'validated', secondsSinceValidated: 901, pendingPayment: false, timeoutSeconds: 900 };
  it('cancels an unpaid order past its deadline, validated or after a failed payment', () => {
    expect(decidePaymentTimeout(base)).toEqual({ kind: 'cancel', reason: PAYMENT_TIMEOUT_REASON });
    expect(decidePaymentTimeout({ ...base, status: 'payment_failed' })).toEqual({ kind: 'cancel', reason: PAYMENT_TIMEOUT_REASON });
  });
  it('never cuts off a pending payment: it looks again later', () => {
    expect(decidePaymentTimeout({ ...base, pendingPayment: true })).toMatchObject({ kind: 'wait', retryAfterSeconds: 30 });
  });
  it('waits out the rest of the deadline when called early', () => {
    expect(decidePaymentTimeout({ ...base, secondsSinceValidated: 899.2 })).toMatchObject({ kind: 'wait', retryAfterSeconds: 1 });
  });
  it('leaves paid, cancelled and other orders alone', () => {
    for (const status of ['paid', 'cancelled', 'approved', 'placed']) expect(decidePaymentTimeout({ ...base, status }).kind).toBe('skip');
  });
});

describe('kitchen timeout', () => {
  const base = { status: 'paid', secondsSincePaid: 601, timeoutSeconds: 600 };
  it('declines a paid order nobody answered in time', () => {
    expect(decideKitchenTimeout(base)).toEqual({ kind: 'cancel', reason: KITCHEN_TIMEOUT_REASON });
    expect(KITCHEN_TIMEOUT_REASON).toBe('The restaurant did not answer in time');
  });
  it('leaves an answered order alone, and waits when early', () => {
    expect(decideKitchenTimeout({ ...base, status: 'approved' }).kind).toBe('skip');
    expect(decideKitchenTimeout({ ...base, status: 'restaurant_rejected' }).kind).toBe('skip');
    expect(decideKitchenTimeout({ ...base, secondsSincePaid: 10 })).toMatchObject({ kind: 'wait', retryAfterSeconds: 590 });
  });
});
