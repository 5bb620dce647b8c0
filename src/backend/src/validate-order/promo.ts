/**
 * Whether a promo code applies to an order, and for how much. Pure: the handler reads the code
 * (locked, so concurrent orders with one code decide one after the other) and its live
 * redemptions, this decides, the handler writes the redemption. Each refusal is a sentence the
 * order page shows as the rejection reason.
 */

import { formatCents } from '@3factor/domain';

export interface PromoFacts {
  code: string;
  percentOff: number | null;
  amountOffCents: number | null;
  minSubtotalCents: number;
  validFrom: Date;
  validUntil: Date | null;
  perUserLimit: number | null;
  totalLimit: number | null;
  active: boolean;
  /** Redemptions not given back, by everyone and by this customer. */
  redeemed: number;
  redeemedByCustomer: number;
}

export type PromoVerdict = { kind: 'applies'; discountCents: number } | { kind: 'refused'; reason: string };

const day = (at: Date) => at.toISOString().slice(0, 10);

export function decidePromo(code: string, promo: PromoFacts | null, itemsSubtotalCents: number, now: Date): PromoVerdict {
  if (!promo) return { kind: 'refused', reason: `There is no promo code ${code}.` };
  if (!promo.active) return { kind: 'refused', reason: `The promo code ${code} is no longer active.` };
  if (now < promo.validFrom) return { kind: 'refused', reason: `The promo code ${code} is valid from ${day(promo.validFrom)}.` };
  if (promo.validUntil && now >= promo.validUntil) return { kind: 'refused', reason: `The promo code ${code} expired on ${day(promo.validUntil)}.` };
  if (itemsSubtotalCents < promo.minSubtotalCents) {
    return {
      kind: 'refused',
      reason: `The promo code ${code} needs items worth at least ${formatCents(promo.minSubtotalCents)}; this order has ${formatCents(itemsSubtotalCents)}.`,
    };
  }
  if (promo.totalLimit !== null && promo.redeemed >= promo.totalLimit) return { kind: 'refused', reason: `The promo code ${code} has been used up.` };
  if (promo.perUserLimit !== null && promo.redeemedByCustomer >= promo.perUserLimit) {
    const times = promo.perUserLimit === 1 ? 'once' : `${promo.perUserLimit} times`;
    return { kind: 'refused', reason: `You have already used the promo code ${code} (it can be used ${times} per customer).` };
  }
  const discountCents = promo.percentOff !== null ? Math.floor((itemsSubtotalCents * promo.percentOff) / 100) : Math.min(promo.amountOffCents ?? 0, itemsSubtotalCents);
  return { kind: 'applies', discountCents };
}
