// An order's money, in one place for the validate-order function (which decides it, from
// stored prices under its lock on the order) and the checkout (which shows the same sum before
// the order is placed). The database checks the same arithmetic when an order is validated
// (orders_check_amounts in schema.sql): keep the two in step.
//
//   total = items subtotal + delivery fee + service fee + tax + tip - discount
//
// Tax is charged on the items after the discount (fees and tip are not taxed), rounded half up
// to the cent. Every amount is integer cents.

/** The largest tip the checkout offers and the database accepts (orders.tip_cents). */
export const MAX_TIP_CENTS = 10_000;
/** The tip choices the checkout offers, as percentages of the items subtotal. */
export const TIP_PERCENTS = [0, 10, 15, 20] as const;

export interface RestaurantCharges {
  deliveryFeeCents: number;
  serviceFeeCents: number;
  /** Basis points: 875 is 8.75 %. */
  taxRateBps: number;
}

export interface PriceBreakdown {
  itemsSubtotalCents: number;
  deliveryFeeCents: number;
  serviceFeeCents: number;
  taxRateBps: number;
  taxCents: number;
  tipCents: number;
  discountCents: number;
  totalCents: number;
}

/** Tax on an amount, half up: the database computes (base * bps + 5000) / 10000 in integers. */
export function taxOn(baseCents: number, rateBps: number): number {
  return Math.floor((baseCents * rateBps + 5000) / 10000);
}

/** A tip of `percent` % of the items subtotal, in whole cents, within the cap. */
export function tipForPercent(itemsSubtotalCents: number, percent: number): number {
  return Math.min(MAX_TIP_CENTS, Math.round((itemsSubtotalCents * percent) / 100));
}

/** Why a proposed tip cannot be taken, or null when it can. */
export function tipProblem(tipCents: number): string | null {
  if (!Number.isInteger(tipCents) || tipCents < 0) return 'A tip must be a whole number of cents, zero or more.';
  if (tipCents > MAX_TIP_CENTS) return `A tip can be at most ${MAX_TIP_CENTS / 100} dollars.`;
  return null;
}

export function priceOrder(input: { itemsSubtotalCents: number; charges: RestaurantCharges; tipCents: number; discountCents: number }): PriceBreakdown {
  const { itemsSubtotalCents, charges, tipCents } = input;
  // A discount never takes more than the items: the fees, tax and tip are always paid.
  const discountCents = Math.min(input.discountCents, itemsSubtotalCents);
  const taxCents = taxOn(itemsSubtotalCents - discountCents, charges.taxRateBps);
  return {
    itemsSubtotalCents,
    deliveryFeeCents: charges.deliveryFeeCents,
    serviceFeeCents: charges.serviceFeeCents,
    taxRateBps: charges.taxRateBps,
    taxCents,
    tipCents,
    discountCents,
    totalCents: itemsSubtotalCents + charges.deliveryFeeCents + charges.serviceFeeCents + taxCents + tipCents - discountCents,
  };
}

/** A promo code as the customer types it, as codes are stored: letters and digits, upper case. */
export function normalizePromoCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

export const PROMO_CODE_PATTERN = /^[A-Z0-9]{1,32}$/;
