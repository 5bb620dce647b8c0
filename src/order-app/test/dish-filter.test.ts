import { describe, expect, it } from 'vitest';
import { filterLabel, matchesFilter, toggled, type DishTag } from '../src/menu/dish-filter.js';
import { cartReducer, emptyCart, NOTE_MAX_LENGTH, orderItemsOf } from '../src/cart/cart.js';

const vocabulary: DishTag[] = [
  { tag: 'vegan', kind: 'diet', label: 'Vegan' },
  { tag: 'gluten_free', kind: 'diet', label: 'Gluten-free' },
  { tag: 'contains_nuts', kind: 'allergen', label: 'Contains nuts' },
];

describe('the menu’s diet and allergen filter', () => {
  it('keeps every dish with nothing ticked', () => {
    expect(matchesFilter([], new Set(), vocabulary)).toBe(true);
  });

  it('a diet keeps the dishes that carry it; an allergen keeps the dishes without it; both must hold', () => {
    expect(matchesFilter(['vegan'], new Set(['vegan']), vocabulary)).toBe(true);
    expect(matchesFilter(['gluten_free'], new Set(['vegan']), vocabulary)).toBe(false);
    expect(matchesFilter(['vegan', 'contains_nuts'], new Set(['contains_nuts']), vocabulary)).toBe(false);
    expect(matchesFilter(['vegan'], new Set(['vegan', 'contains_nuts']), vocabulary)).toBe(true);
    expect(matchesFilter(['vegan', 'contains_nuts'], new Set(['vegan', 'contains_nuts']), vocabulary)).toBe(false);
    expect(matchesFilter(['vegan'], new Set(['vegan', 'gluten_free']), vocabulary)).toBe(false);
  });

  it('says an allergen as its absence, and toggles a tag on and off', () => {
    expect(vocabulary.map(filterLabel)).toEqual(['Vegan', 'Gluten-free', 'No nuts']);
    const on = toggled(new Set(), 'vegan');
    expect([...on]).toEqual(['vegan']);
    expect([...toggled(on, 'vegan')]).toEqual([]);
  });
});

describe('a note on a cart line', () => {
  const cart = cartReducer(
    cartReducer(emptyCart('o1'), { type: 'add', restaurantId: 1, restaurantName: 'Bella Cucina', item: { menuItemId: 1, name: 'Margherita', priceCents: 1150 } }),
    { type: 'add', restaurantId: 1, restaurantName: 'Bella Cucina', item: { menuItemId: 2, name: 'Diavola', priceCents: 1350 } },
  );

  it('is kept as typed, bounded as the database bounds it, and sent trimmed only when there is one', () => {
    const noted = cartReducer(cart, { type: 'set-note', menuItemId: 1, note: '  No basil ' });
    expect(noted.lines[0]!.note).toBe('  No basil ');
    expect(orderItemsOf(noted)).toEqual([
      { menu_item_id: 1, quantity: 1, note: 'No basil' },
      { menu_item_id: 2, quantity: 1 },
    ]);
    expect(orderItemsOf(cartReducer(noted, { type: 'set-note', menuItemId: 1, note: '   ' }))).toEqual([
      { menu_item_id: 1, quantity: 1 },
      { menu_item_id: 2, quantity: 1 },
    ]);
    expect(cartReducer(cart, { type: 'set-note', menuItemId: 2, note: 'x'.repeat(300) }).lines[1]!.note).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('stays with its line when more of the dish is added', () => {
    const noted = cartReducer(cart, { type: 'set-note', menuItemId: 1, note: 'Well done' });
    const more = cartReducer(noted, { type: 'add', restaurantId: 1, restaurantName: 'Bella Cucina', item: { menuItemId: 1, name: 'Margherita', priceCents: 1150 } });
    expect(more.lines[0]).toMatchObject({ quantity: 2, note: 'Well done' });
  });
});
