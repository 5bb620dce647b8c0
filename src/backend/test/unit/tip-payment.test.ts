import { describe, expect, it } from 'vitest';
import { MAX_TIP_CENTS } from '@3factor/domain';
import { planTip, settleTipCharge, tipChargeKey } from '../../src/tip-payment/decide.js';

const pending = { tipStatus: 'pending', chargeRequested: false, amountCents: 300, orderStatus: 'delivered' };

describe('planTip', () => {
  it('charges a pending tip of a delivered order the amount read under the lock', () => {
    expect(planTip(pending)).toEqual({ kind: 'charge', amountCents: 300 });
  });

  it('skips a tip already settled, whatever else', () => {
    expect(planTip({ ...pending, tipStatus: 'succeeded', chargeRequested: true })).toEqual({ kind: 'skip', reason: 'tip is already succeeded' });
    expect(planTip({ ...pending, tipStatus: 'failed' })).toEqual({ kind: 'skip', reason: 'tip is already failed' });
  });

  it('asks the gateway again for a tip whose charge was asked for before a crash', () => {
    expect(planTip({ ...pending, chargeRequested: true, orderStatus: 'cancelled' })).toEqual({ kind: 'charge', amountCents: 300 });
  });

  it('fails without charging a tip of an order not delivered, or out of bounds', () => {
    expect(planTip({ ...pending, orderStatus: 'picked_up' })).toEqual({ kind: 'fail-without-charge', reason: 'The order is picked up, so the tip was not charged.' });
    for (const amountCents of [0, -1, 1.5, MAX_TIP_CENTS + 1]) expect(planTip({ ...pending, amountCents }).kind, String(amountCents)).toBe('fail-without-charge');
    expect(planTip({ ...pending, amountCents: MAX_TIP_CENTS })).toEqual({ kind: 'charge', amountCents: MAX_TIP_CENTS });
    expect(planTip({ ...pending, amountCents: 1 })).toEqual({ kind: 'charge', amountCents: 1 });
  });
});

describe('settleTipCharge', () => {
  it('settles a success with the charge id and a decline with the gateway’s message', () => {
    expect(settleTipCharge({ id: 'ch_1', amountCents: 300, currency: 'usd', status: 'succeeded' })).toEqual({ status: 'succeeded', providerRef: 'ch_1', failureReason: null });
    expect(
      settleTipCharge({ id: 'ch_2', amountCents: 300, currency: 'usd', status: 'failed', declineCode: 'insufficient_funds', failureMessage: 'Your card has insufficient funds.' }),
    ).toEqual({ status: 'failed', providerRef: 'ch_2', failureReason: 'Your card has insufficient funds.' });
    expect(settleTipCharge({ id: 'ch_3', amountCents: 300, currency: 'usd', status: 'failed', declineCode: 'card_declined' }).failureReason).toBe(
      'The card was declined (card_declined).',
    );
  });

  it('keys the charge apart from the order payments’ keys', () => {
    expect(tipChargeKey('a')).toBe('tip-a');
  });
});
