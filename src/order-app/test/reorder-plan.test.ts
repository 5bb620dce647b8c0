import { describe, expect, it } from 'vitest';
import { MAX_ITEMS } from '@3factor/domain';
import { reorderPlan, type PastLine } from '../src/reorder/reorder-plan.js';
import { cartReducer, emptyCart } from '../src/cart/cart.js';

const line = (menuItemId: number, name: string, quantity: number, paidUnitCents: number | null, priceCents = paidUnitCents ?? 500, isAvailable = true): PastLine => ({
  menuItemId,
  name,
  quantity,
  paidUnitCents,
  priceCents,
  isAvailable,
});
const open = { name: 'Taqueria Sol', isOpen: true };

describe('reorderPlan', () => {
  it('puts back the same dishes and quantities at today’s prices, without a notice when nothing changed', () => {
    expect(reorderPlan([line(1, 'Elote', 2, 450), line(2, 'Horchata', 1, 350)], open)).toEqual({
      lines: [
        { menuItemId: 1, name: 'Elote', priceCents: 450, quantity: 2 },
        { menuItemId: 2, name: 'Horchata', priceCents: 350, quantity: 1 },
      ],
      notices: [],
    });
  });

  it('says what changed: a dish no longer available is left out, a new price is named with the old one', () => {
    const plan = reorderPlan([line(1, 'Elote', 2, 450, 500), line(2, 'Horchata', 1, 350, 350, false), line(3, 'Chips and guacamole', 1, null, 590)], open);
    expect(plan.lines).toEqual([
      { menuItemId: 1, name: 'Elote', priceCents: 500, quantity: 2 },
      { menuItemId: 3, name: 'Chips and guacamole', priceCents: 590, quantity: 1 },
    ]);
    expect(plan.notices).toEqual(['Elote now costs $5.00 (it was $4.50).', 'Horchata is not available today; it was left out.']);
  });

  it('keeps within the order’s item limit, saying what did not fit', () => {
    const plan = reorderPlan([line(1, 'Elote', 50, 450), line(2, 'Horchata', 45, 350), line(3, 'Tacos', 10, 990), line(4, 'Flan', 1, 300)], open);
    expect(plan.lines.map((l) => l.quantity)).toEqual([50, 45, 5]);
    expect(plan.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(MAX_ITEMS);
    expect(plan.notices).toEqual([`Only 5 of 10 × Tacos fit: an order holds at most ${MAX_ITEMS} items.`, `Flan was left out: an order holds at most ${MAX_ITEMS} items.`]);
  });

  it('says when nothing is left, and when the restaurant is closed now', () => {
    expect(reorderPlan([line(1, 'Elote', 1, 450, 450, false)], open)).toEqual({
      lines: [],
      notices: ['Elote is not available today; it was left out.', "None of these dishes is on Taqueria Sol's menu today."],
    });
    expect(reorderPlan([line(1, 'Elote', 1, 450)], { name: 'Night Owl Diner', isOpen: false }).notices).toEqual([
      'Night Owl Diner is closed now; your cart will be ready when it opens.',
    ]);
  });
});

describe('the cart filled by "order again"', () => {
  it('becomes the plan’s lines, keeping the id its order will get; an empty plan empties it', () => {
    const start = cartReducer(emptyCart('order-1'), {
      type: 'add',
      restaurantId: 1,
      restaurantName: 'Bella Cucina',
      item: { menuItemId: 9, name: 'Margherita', priceCents: 1150 },
    });
    const filled = cartReducer(start, { type: 'fill', restaurantId: 3, restaurantName: 'Taqueria Sol', lines: [{ menuItemId: 1, name: 'Elote', priceCents: 450, quantity: 2 }] });
    expect(filled).toEqual({ orderId: 'order-1', restaurantId: 3, restaurantName: 'Taqueria Sol', lines: [{ menuItemId: 1, name: 'Elote', priceCents: 450, quantity: 2 }] });
    expect(cartReducer(filled, { type: 'fill', restaurantId: 3, restaurantName: 'Taqueria Sol', lines: [] })).toEqual(emptyCart('order-1'));
  });
});
