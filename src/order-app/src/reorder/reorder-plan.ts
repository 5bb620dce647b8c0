// "Order again": a past order's lines turned into today's cart. Pure, so every rule is tested
// without a browser. The server prices the order again anyway (validate-order); this only makes
// the cart honest about what changed since.

import { formatCents, MAX_ITEMS } from '@3factor/domain';
import type { CartLine } from '../cart/cart.js';

export interface PastLine {
  menuItemId: number;
  name: string;
  quantity: number;
  /** What the line cost when the order was priced; null if it never was. */
  paidUnitCents: number | null;
  /** The dish on today's menu. */
  priceCents: number;
  isAvailable: boolean;
}

export interface ReorderPlan {
  lines: CartLine[];
  /** What differs from the past order, one sentence each. */
  notices: string[];
}

/** The lines still on the menu, at today's prices, within the order's item limit, and a notice for each change. */
export function reorderPlan(past: readonly PastLine[], restaurant: { name: string; isOpen: boolean }): ReorderPlan {
  const lines: CartLine[] = [];
  const notices: string[] = [];
  let room = MAX_ITEMS;
  for (const line of past) {
    if (!line.isAvailable) {
      notices.push(`${line.name} is not available today; it was left out.`);
      continue;
    }
    const quantity = Math.min(line.quantity, room);
    if (quantity <= 0) {
      notices.push(`${line.name} was left out: an order holds at most ${MAX_ITEMS} items.`);
      continue;
    }
    if (quantity < line.quantity) notices.push(`Only ${quantity} of ${line.quantity} × ${line.name} fit: an order holds at most ${MAX_ITEMS} items.`);
    if (line.paidUnitCents !== null && line.paidUnitCents !== line.priceCents) {
      notices.push(`${line.name} now costs ${formatCents(line.priceCents)} (it was ${formatCents(line.paidUnitCents)}).`);
    }
    lines.push({ menuItemId: line.menuItemId, name: line.name, priceCents: line.priceCents, quantity });
    room -= quantity;
  }
  if (lines.length === 0) notices.push(`None of these dishes is on ${restaurant.name}'s menu today.`);
  else if (!restaurant.isOpen) notices.push(`${restaurant.name} is closed now; your cart will be ready when it opens.`);
  return { lines, notices };
}
