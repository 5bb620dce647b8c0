// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MenuPage, RESTAURANT_MENU } from '../src/menu/MenuPage.js';
import { DISH_TAGS } from '../src/menu/MenuFilters.js';
import { renderWithProviders } from './render.js';

const VOCABULARY = [
  { __typename: 'dish_tags', tag: 'vegan', kind: 'diet', label: 'Vegan' },
  { __typename: 'dish_tags', tag: 'contains_dairy', kind: 'allergen', label: 'Contains dairy' },
];
const labelOf = (tag: string) => VOCABULARY.find((t) => t.tag === tag)!;

const item = (id: number, name: string, price_cents: number, is_available = true, tags: string[] = []) => ({
  __typename: 'menu_items',
  id,
  name,
  description: `${name} description`,
  price_cents,
  is_available,
  tags: tags.map((tag) => ({ __typename: 'menu_item_tags', tag, dish_tag: { __typename: 'dish_tags', label: labelOf(tag).label, kind: labelOf(tag).kind } })),
});

const menu = (id: number, name: string, is_open: boolean, items: ReturnType<typeof item>[]) => ({
  request: { query: RESTAURANT_MENU, variables: { id } },
  result: { data: { restaurants_by_pk: { __typename: 'restaurants', id, name, cuisine: 'Italian', description: 'Pasta', is_open, menu_items: items } } },
});

const bella = menu(1, 'Bella Cucina', true, [item(1, 'Margherita', 1150), item(5, 'Tiramisù', 650), item(6, 'Truffle risotto', 2400, false)]);

describe('MenuPage', () => {
  it('lists prices and availability, and keeps a running total as items are added and changed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MenuPage restaurantId={1} />, { mocks: [bella] });
    expect(await screen.findByRole('heading', { name: 'Bella Cucina' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Menu' });
    expect(within(list).getByText('$11.50')).toBeTruthy();
    expect(within(list).getByText('Sold out')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add Truffle risotto to cart' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Add Margherita to cart' }));
    await user.click(screen.getByRole('button', { name: 'Add Margherita to cart (1 in cart)' }));
    await user.click(screen.getByRole('button', { name: 'Add Tiramisù to cart' }));
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$29.50');

    await user.click(screen.getByRole('button', { name: 'One less Margherita' }));
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$18.00');
    await user.click(screen.getByRole('button', { name: 'One more Tiramisù' }));
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$24.50');
    expect(screen.getByRole('link', { name: 'Go to checkout' }).getAttribute('href')).toBe('/restaurants/1/checkout');
  });

  it('lets people look at a closed restaurant but not order', async () => {
    renderWithProviders(<MenuPage restaurantId={6} />, { mocks: [menu(6, 'Night Owl Diner', false, [item(31, 'Classic cheeseburger', 1290)])] });
    expect(await screen.findByText(/Night Owl Diner is closed right now/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add Classic cheeseburger to cart' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before replacing a cart from another restaurant', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      '3factor.cart',
      JSON.stringify({ orderId: 'o-1', restaurantId: 2, restaurantName: 'Sakura Sushi', lines: [{ menuItemId: 7, name: 'Miso soup', priceCents: 350, quantity: 1 }] }),
    );
    renderWithProviders(<MenuPage restaurantId={1} />, { mocks: [bella] });
    await user.click(await screen.findByRole('button', { name: 'Add Margherita to cart' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Your cart has items from Sakura Sushi/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep my cart' }));
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$3.50');
    await user.click(screen.getByRole('button', { name: 'Add Margherita to cart' }));
    await user.click(screen.getByRole('button', { name: 'Start a new cart' }));
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$11.50');
  });

  it('says so when the restaurant does not exist', async () => {
    renderWithProviders(<MenuPage restaurantId={99} />, { mocks: [{ request: { query: RESTAURANT_MENU, variables: { id: 99 } }, result: { data: { restaurants_by_pk: null } } }] });
    expect(await screen.findByRole('heading', { name: 'Restaurant not found' })).toBeTruthy();
  });

  it('shows each dish’s diet and allergen tags, and filters the menu by them', async () => {
    const user = userEvent.setup();
    const tagged = menu(5, 'Green Bowl', true, [
      item(41, 'Caesar salad', 990, true, ['contains_dairy']),
      item(42, 'Quinoa bowl', 1150, true, ['vegan']),
      item(43, 'Lemonade', 390),
    ]);
    renderWithProviders(<MenuPage restaurantId={5} />, { mocks: [tagged, { request: { query: DISH_TAGS }, result: { data: { dish_tags: VOCABULARY } } }] });
    const list = await screen.findByRole('list', { name: 'Menu' });
    expect(within(screen.getByRole('list', { name: 'Quinoa bowl: diet and allergens' })).getByText('Vegan')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Caesar salad: diet and allergens' })).getByText('Contains dairy')).toBeTruthy();
    const names = () =>
      within(list)
        .getAllByRole('button', { name: /^Add / })
        .map((b) => b.getAttribute('aria-label'));
    expect(names()).toHaveLength(3);
    await user.click(await screen.findByRole('checkbox', { name: 'No dairy' }));
    expect(names()).toEqual(['Add Quinoa bowl to cart', 'Add Lemonade to cart']);
    await user.click(screen.getByRole('checkbox', { name: 'Vegan' }));
    expect(names()).toEqual(['Add Quinoa bowl to cart']);
    await user.click(screen.getByRole('checkbox', { name: 'No dairy' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vegan' }));
    expect(names()).toHaveLength(3);
  });
});
