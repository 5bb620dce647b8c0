import { describe, expect, it } from 'vitest';
import { canAddOne, cartItemCount, cartReducer, cartSubtotalCents, emptyCart, MAX_ITEMS, MAX_QUANTITY, parseStoredCart, quantityOf } from '../src/cart/cart.js';

const margherita = { menuItemId: 1, name: 'Margherita', priceCents: 1150 };
const tiramisu = { menuItemId: 5, name: 'Tiramisù', priceCents: 650 };
const add = (item: typeof margherita, restaurantId = 1) => ({ type: 'add', restaurantId, restaurantName: restaurantId === 1 ? 'Bella Cucina' : 'Sakura Sushi', item }) as const;

describe('cart', () => {
  it('adds items, counts quantities and keeps a running total in cents', () => {
    let cart = emptyCart('order-1');
    cart = cartReducer(cart, add(margherita));
    cart = cartReducer(cart, add(margherita));
    cart = cartReducer(cart, add(tiramisu));
    expect(quantityOf(cart, 1)).toBe(2);
    expect(cartItemCount(cart)).toBe(3);
    expect(cartSubtotalCents(cart)).toBe(2 * 1150 + 650);
    expect(cart.restaurantName).toBe('Bella Cucina');
  });

  it('changes quantities, caps them, and removes a line at zero', () => {
    let cart = cartReducer(emptyCart('o'), add(margherita));
    cart = cartReducer(cart, { type: 'set-quantity', menuItemId: 1, quantity: 99 });
    expect(quantityOf(cart, 1)).toBe(MAX_QUANTITY);
    cart = cartReducer(cart, { type: 'set-quantity', menuItemId: 1, quantity: 0 });
    expect(cart.lines).toEqual([]);
    expect(cart.restaurantId).toBeNull();
  });

  it('holds the server’s limits: 50 of a dish, 100 items in all', () => {
    expect([MAX_QUANTITY, MAX_ITEMS]).toEqual([50, 100]);
    let cart = cartReducer(emptyCart('o'), add(margherita));
    cart = cartReducer(cart, { type: 'set-quantity', menuItemId: 1, quantity: 50 });
    expect(canAddOne(cart, 1)).toBe(false);
    expect(cartReducer(cart, add(margherita))).toBe(cart);
    cart = cartReducer(cart, add(tiramisu));
    cart = cartReducer(cart, { type: 'set-quantity', menuItemId: 5, quantity: 80 });
    expect(quantityOf(cart, 5)).toBe(50);
    expect(cartItemCount(cart)).toBe(100);
    expect(canAddOne(cart, 5)).toBe(false);
  });

  it('keeps its order id across changes, so a retried checkout re-sends the same id', () => {
    let cart = cartReducer(emptyCart('order-1'), add(margherita));
    cart = cartReducer(cart, { type: 'set-quantity', menuItemId: 1, quantity: 3 });
    expect(cart.orderId).toBe('order-1');
    cart = cartReducer(cart, { type: 'clear', nextOrderId: 'order-2' });
    expect(cart).toEqual(emptyCart('order-2'));
  });

  it('starts over when items come from another restaurant', () => {
    let cart = cartReducer(emptyCart('o'), add(margherita, 1));
    cart = cartReducer(cart, add({ menuItemId: 7, name: 'Salmon nigiri (2)', priceCents: 590 }, 2));
    expect(cart.restaurantId).toBe(2);
    expect(cart.lines.map((l) => l.menuItemId)).toEqual([7]);
  });

  it('restores from storage and ignores garbage', () => {
    const cart = cartReducer(emptyCart('o'), add(margherita));
    expect(parseStoredCart(JSON.stringify(cart))).toEqual(cart);
    expect(parseStoredCart('{not json')).toBeNull();
    expect(parseStoredCart(JSON.stringify({ lines: 3 }))).toBeNull();
  });
});
