import { describe, expect, it } from 'vitest';
import { decidePromo, type PromoFacts } from '../../src/validate-order/promo.js';
import { priceValidOrder } from '../../src/validate-order/price.js';

const now = new Date('2026-12-07T12:00:00Z');
const code = (over: Partial<PromoFacts> = {}): PromoFacts => ({
  code: 'SAVE',
  percentOff: null,
  amountOffCents: 500,
  minSubtotalCents: 0,
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: null,
  perUserLimit: null,
  totalLimit: null,
  active: true,
  redeemed: 0,
  redeemedByCustomer: 0,
  ...over,
});

describe('decidePromo', () => {
  it('takes a fixed amount, at most the items, or a percentage rounded down', () => {
    expect(decidePromo('SAVE', code(), 3000, now)).toEqual({ kind: 'applies', discountCents: 500 });
    expect(decidePromo('SAVE', code(), 300, now)).toEqual({ kind: 'applies', discountCents: 300 });
    expect(decidePromo('SAVE', code({ amountOffCents: null, percentOff: 15 }), 999, now)).toEqual({ kind: 'applies', discountCents: 149 });
  });

  it('refuses with a sentence for each rule', () => {
    const refused = (facts: PromoFacts | null, subtotal = 3000) => {
      const verdict = decidePromo('SAVE', facts, subtotal, now);
      return verdict.kind === 'refused' ? verdict.reason : null;
    };
    expect(refused(null)).toBe('There is no promo code SAVE.');
    expect(refused(code({ active: false }))).toBe('The promo code SAVE is no longer active.');
    expect(refused(code({ validFrom: new Date('2027-02-01T00:00:00Z') }))).toBe('The promo code SAVE is valid from 2027-02-01.');
    expect(refused(code({ validUntil: now }))).toBe('The promo code SAVE expired on 2026-12-07.');
    expect(refused(code({ minSubtotalCents: 2500 }), 2499)).toBe('The promo code SAVE needs items worth at least $25.00; this order has $24.99.');
    expect(refused(code({ totalLimit: 10, redeemed: 10 }))).toBe('The promo code SAVE has been used up.');
    expect(refused(code({ perUserLimit: 3, redeemedByCustomer: 3 }))).toBe('You have already used the promo code SAVE (it can be used 3 times per customer).');
    expect(refused(code({ totalLimit: 10, redeemed: 9, perUserLimit: 3, redeemedByCustomer: 2 }))).toBeNull();
  });
});

describe('priceValidOrder', () => {
  const charges = { deliveryFeeCents: 299, serviceFeeCents: 149, taxRateBps: 875 };
  it('rejects an out-of-bounds tip and a refused code, and prices the rest', () => {
    expect(priceValidOrder({ itemsSubtotalCents: 1000, charges, tipCents: -1, promo: null })).toMatchObject({ kind: 'rejected' });
    expect(priceValidOrder({ itemsSubtotalCents: 1000, charges, tipCents: 0, promo: { kind: 'refused', reason: 'No.' } })).toEqual({ kind: 'rejected', reason: 'No.' });
    expect(priceValidOrder({ itemsSubtotalCents: 1000, charges, tipCents: 200, promo: { kind: 'applies', discountCents: 100 } })).toEqual({
      kind: 'priced',
      breakdown: {
        itemsSubtotalCents: 1000,
        deliveryFeeCents: 299,
        serviceFeeCents: 149,
        taxRateBps: 875,
        taxCents: 79,
        tipCents: 200,
        discountCents: 100,
        totalCents: 1000 + 299 + 149 + 79 + 200 - 100,
      },
    });
  });
});
