import { describe, expect, it } from 'vitest';
import { menuPrices, validateOrder, type OrderLine } from '../../src/validate-order/validate.js';

const open = { id: 1, name: 'Bella Cucina', isOpen: true };
const line = (id: number, quantity: number, over: Partial<NonNullable<OrderLine['menuItem']>> = {}): OrderLine => ({
  orderItemId: id,
  menuItemId: 100 + id,
  quantity,
  menuItem: { restaurantId: 1, name: `Dish ${id}`, priceCents: 1000 + id, isAvailable: true, ...over },
});

describe('validateOrder', () => {
  it('totals current prices and returns a snapshot per line', () => {
    expect(validateOrder(open, [line(1, 2), line(2, 1)])).toEqual({
      kind: 'valid',
      itemsSubtotalCents: 2 * 1001 + 1002,
      prices: [
        { orderItemId: 1, unitPriceCents: 1001 },
        { orderItemId: 2, unitPriceCents: 1002 },
      ],
    });
  });

  it('rejects a closed restaurant and an empty order', () => {
    expect(validateOrder({ ...open, isOpen: false }, [line(1, 1)])).toEqual({ kind: 'rejected', reason: 'Bella Cucina is closed right now.' });
    expect(validateOrder(open, [])).toEqual({ kind: 'rejected', reason: 'The order has no items.' });
  });

  it('accepts 30 lines and quantities of 1 and 50, rejects 31 lines', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => line(i + 1, i === 0 ? 50 : 1));
    expect(validateOrder(open, thirty).kind).toBe('valid');
    const thirtyOne = Array.from({ length: 31 }, (_, i) => line(i + 1, 1));
    expect(validateOrder(open, thirtyOne)).toEqual({ kind: 'rejected', reason: 'An order can have at most 30 different items; this one has 31.' });
  });

  it('names every problem line', () => {
    const verdict = validateOrder(open, [
      { orderItemId: 9, menuItemId: 999, quantity: 1, menuItem: null },
      line(1, 1, { restaurantId: 2, name: 'Edamame' }),
      line(2, 1, { isAvailable: false, name: 'Truffle risotto' }),
      line(3, 0, { name: 'Margherita' }),
      line(4, 51, { name: 'Diavola' }),
    ]);
    expect(verdict).toEqual({
      kind: 'rejected',
      reason:
        'Menu item 999 does not exist. Edamame is not on the menu of Bella Cucina. Truffle risotto is not available right now. ' +
        'The quantity of Margherita must be between 1 and 50, not 0. The quantity of Diavola must be between 1 and 50, not 51.',
    });
  });

  it('summarises beyond five problems', () => {
    const lines = Array.from({ length: 7 }, (_, i) => line(i + 1, 1, { isAvailable: false }));
    const verdict = validateOrder(open, lines);
    expect(verdict.kind === 'rejected' && verdict.reason.endsWith('(and 2 more problems)')).toBe(true);
  });

  it('accepts 100 items in all and rejects 101, whatever the lines', () => {
    expect(validateOrder(open, [line(1, 50), line(2, 50)]).kind).toBe('valid');
    expect(validateOrder(open, [line(1, 50), line(2, 50), line(3, 1)])).toEqual({ kind: 'rejected', reason: 'An order can have at most 100 items in all; this one has 101.' });
  });

  it('rejects a total that does not fit the column', () => {
    const verdict = validateOrder(
      open,
      Array.from({ length: 2 }, (_, i) => line(i + 1, 50, { priceCents: 30_000_000 })),
    );
    expect(verdict).toEqual({ kind: 'rejected', reason: 'The order total is too large.' });
  });
});

describe('menuPrices', () => {
  it("prices the lines on the restaurant's menu, available or not, and no other", () => {
    const missing: OrderLine = { orderItemId: 3, menuItemId: 999, quantity: 1, menuItem: null };
    expect(menuPrices(open, [line(1, 2, { isAvailable: false }), line(2, 1, { restaurantId: 2 }), missing])).toEqual([{ orderItemId: 1, unitPriceCents: 1001 }]);
  });
});
