/**
 * The money of an order whose items are valid: fees and tax from the restaurant's rates, the
 * customer's proposed tip (checked, never trusted), the promo code's verdict. Pure: the handler
 * has read all of it under its lock on the order.
 */

import { priceOrder, tipProblem, type PriceBreakdown, type RestaurantCharges } from '@3factor/domain';
import type { PromoVerdict } from './promo.js';
import { MAX_TOTAL_CENTS } from './validate.js';

export type Pricing = { kind: 'priced'; breakdown: PriceBreakdown } | { kind: 'rejected'; reason: string };

export function priceValidOrder(input: { itemsSubtotalCents: number; charges: RestaurantCharges; tipCents: number; promo: PromoVerdict | null }): Pricing {
  const tip = tipProblem(input.tipCents);
  if (tip) return { kind: 'rejected', reason: tip };
  if (input.promo?.kind === 'refused') return { kind: 'rejected', reason: input.promo.reason };
  const breakdown = priceOrder({
    itemsSubtotalCents: input.itemsSubtotalCents,
    charges: input.charges,
    tipCents: input.tipCents,
    discountCents: input.promo?.kind === 'applies' ? input.promo.discountCents : 0,
  });
  if (breakdown.totalCents > MAX_TOTAL_CENTS) return { kind: 'rejected', reason: 'The order total is too large.' };
  return { kind: 'priced', breakdown };
}
