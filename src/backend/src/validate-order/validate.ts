/**
 * The rules an order must meet before it may be paid. Pure: the handler loads the order's
 * restaurant and lines with their menu items, this decides, the handler writes.
 */

import { MAX_ITEMS, MAX_LINES, MAX_QUANTITY } from '@3factor/domain';

// The limits are shared with the order app's cart (@3factor/domain/order-limits.ts).
export { MAX_ITEMS, MAX_LINES, MAX_QUANTITY };
export const MAX_TOTAL_CENTS = 2_147_483_647; // orders.total_cents is an integer column

export interface RestaurantFacts {
  id: number;
  name: string;
  isOpen: boolean;
}

export interface OrderLine {
  orderItemId: number;
  menuItemId: number;
  quantity: number;
  /** Null when the menu item does not exist. */
  menuItem: { restaurantId: number; name: string; priceCents: number; isAvailable: boolean } | null;
}

/** A valid order's items at their current prices; fees, tax, tip and discount come on top (price.ts). */
export type Validation = { kind: 'valid'; itemsSubtotalCents: number; prices: Array<{ orderItemId: number; unitPriceCents: number }> } | { kind: 'rejected'; reason: string };

/**
 * The price of each line whose dish is on the restaurant's menu, as the menu has it now. A
 * rejected order keeps these with its lines too, so it shows what each line cost when it was
 * looked at, never a menu price changed since.
 */
export function menuPrices(restaurant: RestaurantFacts, lines: readonly OrderLine[]): Array<{ orderItemId: number; unitPriceCents: number }> {
  return lines.flatMap((line) =>
    line.menuItem && line.menuItem.restaurantId === restaurant.id ? [{ orderItemId: line.orderItemId, unitPriceCents: line.menuItem.priceCents }] : [],
  );
}

export function validateOrder(restaurant: RestaurantFacts, lines: readonly OrderLine[]): Validation {
  if (!restaurant.isOpen) return { kind: 'rejected', reason: `${restaurant.name} is closed right now.` };
  if (lines.length === 0) return { kind: 'rejected', reason: 'The order has no items.' };
  if (lines.length > MAX_LINES) {
    return { kind: 'rejected', reason: `An order can have at most ${MAX_LINES} different items; this one has ${lines.length}.` };
  }
  const problems: string[] = [];
  for (const line of lines) {
    const item = line.menuItem;
    if (!item) {
      problems.push(`Menu item ${line.menuItemId} does not exist.`);
      continue;
    }
    if (item.restaurantId !== restaurant.id) {
      problems.push(`${item.name} is not on the menu of ${restaurant.name}.`);
      continue;
    }
    if (!item.isAvailable) problems.push(`${item.name} is not available right now.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      problems.push(`The quantity of ${item.name} must be between 1 and ${MAX_QUANTITY}, not ${line.quantity}.`);
    }
  }
  const items = lines.reduce((sum, line) => sum + (Number.isInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0), 0);
  if (items > MAX_ITEMS) problems.push(`An order can have at most ${MAX_ITEMS} items in all; this one has ${items}.`);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5);
    const more = problems.length - shown.length;
    return { kind: 'rejected', reason: shown.join(' ') + (more > 0 ? ` (and ${more} more problems)` : '') };
  }
  let itemsSubtotalCents = 0;
  const prices = lines.map((line) => {
    const unitPriceCents = line.menuItem!.priceCents;
    itemsSubtotalCents += unitPriceCents * line.quantity;
    return { orderItemId: line.orderItemId, unitPriceCents };
  });
  if (itemsSubtotalCents > MAX_TOTAL_CENTS) return { kind: 'rejected', reason: 'The order total is too large.' };
  return { kind: 'valid', itemsSubtotalCents, prices };
}
