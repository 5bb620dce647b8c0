// The cart: pure state and a reducer. One cart holds items of one restaurant (one order goes to
// one kitchen). It carries the id the order will get, generated once per cart, so that retrying
// "Place order" after a network failure re-sends the same id and can never create a second order.

import { MAX_ITEMS, MAX_QUANTITY } from '@3factor/domain';

export interface CartLine {
  menuItemId: number;
  name: string;
  priceCents: number;
  quantity: number;
  /** The customer's note for the kitchen ("no onions"), as typed; sent trimmed, when not empty. */
  note?: string;
}

export interface Cart {
  orderId: string;
  restaurantId: number | null;
  restaurantName: string | null;
  lines: CartLine[];
}

// The server's limits: validate-order enforces the same numbers, from @3factor/domain.
export { MAX_ITEMS, MAX_QUANTITY };

export type CartAction =
  | { type: 'add'; restaurantId: number; restaurantName: string; item: Omit<CartLine, 'quantity'> }
  | { type: 'set-quantity'; menuItemId: number; quantity: number }
  | { type: 'remove'; menuItemId: number }
  | { type: 'set-note'; menuItemId: number; note: string }
  | { type: 'clear'; nextOrderId: string }
  /** "Order again": the cart becomes these lines (the order id it will get stays). */
  | { type: 'fill'; restaurantId: number; restaurantName: string; lines: CartLine[] }
  /** Another tab changed the shared cart, or logging out removed it. */
  | { type: 'replace'; cart: Cart };

/** Room for one more of the item: below the per-dish limit and the per-order limit. */
export function canAddOne(cart: Cart, menuItemId: number): boolean {
  return quantityOf(cart, menuItemId) < MAX_QUANTITY && cartItemCount(cart) < MAX_ITEMS;
}

export function emptyCart(orderId: string): Cart {
  return { orderId, restaurantId: null, restaurantName: null, lines: [] };
}

export function cartReducer(cart: Cart, action: CartAction): Cart {
  switch (action.type) {
    case 'add': {
      // Adding from another restaurant starts over: the UI asks before it dispatches this.
      const base = cart.restaurantId === action.restaurantId ? cart : { ...cart, lines: [] };
      const existing = base.lines.find((line) => line.menuItemId === action.item.menuItemId);
      if (!canAddOne(base, action.item.menuItemId)) return base === cart ? cart : base;
      const lines = existing
        ? base.lines.map((line) => (line === existing ? { ...line, quantity: Math.min(line.quantity + 1, MAX_QUANTITY) } : line))
        : [...base.lines, { ...action.item, quantity: 1 }];
      return { ...base, restaurantId: action.restaurantId, restaurantName: action.restaurantName, lines };
    }
    case 'set-quantity': {
      if (action.quantity <= 0) return cartReducer(cart, { type: 'remove', menuItemId: action.menuItemId });
      const others = cartItemCount(cart) - quantityOf(cart, action.menuItemId);
      const quantity = Math.min(Math.floor(action.quantity), MAX_QUANTITY, MAX_ITEMS - others);
      return { ...cart, lines: cart.lines.map((line) => (line.menuItemId === action.menuItemId ? { ...line, quantity } : line)) };
    }
    case 'remove': {
      const lines = cart.lines.filter((line) => line.menuItemId !== action.menuItemId);
      return lines.length === 0 ? { ...cart, restaurantId: null, restaurantName: null, lines } : { ...cart, lines };
    }
    case 'set-note': {
      const note = action.note.slice(0, NOTE_MAX_LENGTH);
      return { ...cart, lines: cart.lines.map((line) => (line.menuItemId === action.menuItemId ? { ...line, note } : line)) };
    }
    case 'clear':
      return emptyCart(action.nextOrderId);
    case 'fill':
      return action.lines.length === 0
        ? { ...cart, restaurantId: null, restaurantName: null, lines: [] }
        : { ...cart, restaurantId: action.restaurantId, restaurantName: action.restaurantName, lines: action.lines.map((line) => ({ ...line })) };
    case 'replace':
      return action.cart;
  }
}

/** A note's bound, as order_items.note's CHECK has it. */
export const NOTE_MAX_LENGTH = 200;

/** The order's lines as the nested insert takes them: a note only when there is one. */
export function orderItemsOf(cart: Cart): Array<{ menu_item_id: number; quantity: number; note?: string }> {
  return cart.lines.map((line) => {
    const note = line.note?.trim() ?? '';
    return note === '' ? { menu_item_id: line.menuItemId, quantity: line.quantity } : { menu_item_id: line.menuItemId, quantity: line.quantity, note };
  });
}

/** The running total shown while shopping; the order's real total is computed by the server. */
export function cartSubtotalCents(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.priceCents * line.quantity, 0);
}

export function cartItemCount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

export function quantityOf(cart: Cart, menuItemId: number): number {
  return cart.lines.find((line) => line.menuItemId === menuItemId)?.quantity ?? 0;
}

export function parseStoredCart(raw: string | null): Cart | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Cart;
    if (typeof value.orderId !== 'string' || !Array.isArray(value.lines)) return null;
    return value;
  } catch {
    return null;
  }
}
