// Diet and allergen tags and per-dish notes as a customer and a kitchen meet them, in Debian's
// Chromium against the whole stack: the menu filtered by its tags, a note typed for one dish at
// checkout, and the kitchen's card showing it under that dish.
import { describe, expect, it } from 'vitest';
import { atUrl, fillCart, logIn, payWith, shows, signUp } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';

describe('order app: dish tags and notes for the kitchen', () => {
  const h = useHarness();

  it('filters the menu by diet and allergens, and carries a dish’s note to the kitchen', async () => {
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('nora'));
    await fillCart(page, h.appUrl, 'Bella Cucina', []);
    const menu = page.getByRole('list', { name: 'Menu' });
    await shows(page.getByRole('list', { name: 'Margherita: diet and allergens' }).getByText('Vegetarian'));
    await page.getByRole('checkbox', { name: 'Vegetarian' }).check();
    await expect.poll(() => menu.getByRole('button', { name: /^Add / }).allTextContents(), { timeout: 10_000 }).toHaveLength(2);
    await shows(menu.getByRole('button', { name: 'Add Margherita to cart' }));
    await shows(menu.getByRole('button', { name: 'Add Tiramisù to cart' }));
    expect(await auditAccessibility(page, 'menu filtered by tags')).toEqual([]);
    // Vegetarian and without dairy: nothing on this menu.
    await page.getByRole('checkbox', { name: 'No dairy' }).check();
    await shows(page.getByText('No dish matches these filters.'));
    await page.getByRole('checkbox', { name: 'No dairy' }).uncheck();

    await menu.getByRole('button', { name: 'Add Margherita to cart' }).click();
    await menu.getByRole('button', { name: 'Add Tiramisù to cart' }).click();
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByLabel('Delivery address').fill('5 Basil Street');
    await page.getByText('Notes for the kitchen').click();
    await page.getByLabel('Note for Margherita').fill('No basil, please');
    expect(await auditAccessibility(page, 'checkout with dish notes')).toEqual([]);
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    await payWith(page, '4242424242424242');

    // Bella Cucina approves by hand: the order waits on its kitchen page with the note.
    const bella = await h.newPage(DESKTOP);
    await logIn(bella, h.appUrl, 'bella');
    await atUrl(bella, /\/kitchen$/);
    const card = bella.locator(`li[data-order-id="${orderId}"]`);
    await shows(card.getByText('1 × Margherita'));
    await shows(card.getByText('“No basil, please”'));
    expect(await card.getByText(/“/).count()).toBe(1);
  });
});
