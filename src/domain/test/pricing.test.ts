import { describe, expect, it } from 'vitest';
import { MAX_TIP_CENTS, normalizePromoCode, priceOrder, taxOn, tipForPercent, tipProblem } from '../src/pricing.js';

const charges = { deliveryFeeCents: 199, serviceFeeCents: 99, taxRateBps: 875 };

describe('priceOrder', () => {
  it('adds the fees, the tax on the items less the discount, and the tip', () => {
    expect(priceOrder({ itemsSubtotalCents: 3250, charges, tipCents: 400, discountCents: 325 })).toEqual({
      itemsSubtotalCents: 3250,
      deliveryFeeCents: 199,
      serviceFeeCents: 99,
      taxRateBps: 875,
      taxCents: 256, // 8.75 % of 2925 = 255.9375
      tipCents: 400,
      discountCents: 325,
      totalCents: 3250 + 199 + 99 + 256 + 400 - 325,
    });
  });

  it('never discounts more than the items: fees, tax and tip are always paid', () => {
    const b = priceOrder({ itemsSubtotalCents: 500, charges, tipCents: 0, discountCents: 900 });
    expect(b).toMatchObject({ discountCents: 500, taxCents: 0, totalCents: 199 + 99 });
  });

  it('is the items alone at a restaurant without charges', () => {
    expect(priceOrder({ itemsSubtotalCents: 1234, charges: { deliveryFeeCents: 0, serviceFeeCents: 0, taxRateBps: 0 }, tipCents: 0, discountCents: 0 }).totalCents).toBe(1234);
  });
});

describe('taxOn', () => {
  it('rounds half up to the cent, as the database does', () => {
    expect(taxOn(200, 875)).toBe(18); // 17.5
    expect(taxOn(100, 875)).toBe(9); // 8.75
    expect(taxOn(114, 875)).toBe(10); // 9.975
    expect(taxOn(0, 875)).toBe(0);
  });
});

describe('tips', () => {
  it('proposes a percentage of the items, capped', () => {
    expect(tipForPercent(3250, 15)).toBe(488);
    expect(tipForPercent(3250, 0)).toBe(0);
    expect(tipForPercent(10_000_000, 20)).toBe(MAX_TIP_CENTS);
  });
  it('refuses a negative, fractional or oversized tip', () => {
    expect(tipProblem(0)).toBeNull();
    expect(tipProblem(MAX_TIP_CENTS)).toBeNull();
    expect(tipProblem(-1)).toMatch(/zero or more/);
    expect(tipProblem(1.5)).toMatch(/whole number/);
    expect(tipProblem(MAX_TIP_CENTS + 1)).toBe('A tip can be at most 100 dollars.');
  });
});

it('normalizes a typed promo code to the stored form', () => {
  expect(normalizePromoCode(' welcome 10 ')).toBe('WELCOME10');
});
