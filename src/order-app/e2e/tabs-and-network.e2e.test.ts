// The order app around the happy path: several tabs of one browser, a network that goes away,
// a shared device, and text no layout expected. Debian's Chromium against the whole stack.
import { expect, describe, it } from 'vitest';
import { atUrl, checkout, fillCart, gone, logIn, payWith, shows, signUp, waitForStatus } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, PHONE, unique, useHarness, widths } from './harness.js';

describe('order app: tabs, network, shared devices, long text', () => {
  const h = useHarness();
  const customer = unique('cara');

  it('shares the session and the cart between tabs; logging out in one tab logs out all and empties the cart', async () => {
    const browser = await h.newContext();
    const first = await h.newTab(browser);
    await signUp(first, h.appUrl, customer);
    await fillCart(first, h.appUrl, 'Green Bowl', ['Poke bowl']);

    // A new tab, straight to a page that needs a login: already logged in, same cart.
    const second = await h.newTab(browser);
    await second.goto(`${h.appUrl}/orders`);
    await shows(second.getByRole('heading', { name: 'My orders' }));
    await shows(second.getByRole('link', { name: 'Cart, 1 item' }));
    // A change in one tab reaches the other without a reload.
    await fillCart(first, h.appUrl, 'Green Bowl', ['Poke bowl']);
    await shows(second.getByRole('link', { name: 'Cart, 2 items' }));

    // The checkout keeps its draft through a reload.
    await second.getByRole('link', { name: 'Cart, 2 items' }).click();
    await second.getByLabel('Delivery address').fill('9 Draft Lane');
    await second.reload();
    await expect.poll(() => second.getByLabel('Delivery address').inputValue()).toBe('9 Draft Lane');

    await first.getByRole('button', { name: `Log out ${customer}` }).click();
    await shows(second.getByRole('link', { name: 'Log in' }));
    await gone(second.getByRole('link', { name: /^Cart/ }));
    await gone(first.getByRole('link', { name: /^Cart/ }));
    // The next person on this device finds neither the cart nor the address.
    await logIn(first, h.appUrl, customer, 'e2e-password-123');
    await gone(first.getByRole('link', { name: /^Cart/ }));
    expect(await first.evaluate(() => [localStorage.getItem('3factor.address'), JSON.parse(localStorage.getItem('3factor.cart') ?? '{}').lines?.length ?? 0])).toEqual([null, 0]);
    await browser.close();
  });

  it('says "Reconnecting…" when the network goes away, and catches up on its own when it returns', async () => {
    const context = await h.newContext();
    const page = await h.newTab(context);
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Green Bowl', ['Poke bowl']);
    const orderId = await checkout(page, '7 Elm Street');
    await shows(page.getByRole('button', { name: /^Pay \$/ }));
    await shows(page.locator('[data-testid="connection-indicator"][data-state="connected"]'));
    // A marker that a reload would wipe: catching up must happen in the page as it is.
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

    await context.setOffline(true);
    await shows(page.locator('[data-testid="connection-indicator"][data-state="reconnecting"]'));
    await shows(page.getByTestId('connection-indicator').getByText('Reconnecting…'));
    // Meanwhile the order is cancelled from another device.
    const other = await h.newPage(DESKTOP);
    await logIn(other, h.appUrl, customer, 'e2e-password-123');
    await other.goto(`${h.appUrl}/orders/${orderId}`);
    await other.getByRole('button', { name: 'Cancel order' }).click();
    await other.getByRole('button', { name: 'Yes, cancel it' }).click();
    await waitForStatus(other, 'Cancelled');
    await waitForStatus(page, 'Order confirmed');

    await context.setOffline(false);
    await shows(page.locator('[data-testid="connection-indicator"][data-state="connected"]'));
    await waitForStatus(page, 'Cancelled');
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
    await context.close();
  });

  it('places an order submitted offline by itself once the network is back (the id is the client’s, so no duplicate)', async () => {
    const context = await h.newContext();
    const page = await h.newTab(context);
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Green Bowl', ['Poke bowl']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByLabel('Delivery address').fill('7 Elm Street');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Place order' }).click();
    await shows(page.getByTestId('checkout-error').getByText(/we keep trying/));
    await context.setOffline(false);
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    await waitForStatus(page, 'Order confirmed');
    await page.goto(`${h.appUrl}/orders`);
    await shows(page.getByRole('list', { name: 'Orders' }));
    const placedTo = await page.locator('li[data-order-id]').count();
    expect(placedTo, 'orders of this customer: the cancelled one and this one').toBe(2);
    await context.close();
  });

  it('wraps a very long word in an address on the order page and in the kitchen, at 1,280 and 390 px', async () => {
    const address = `Apt ${'Z'.repeat(290)}`;
    const page = await h.newPage(PHONE);
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Bella Cucina', ['Margherita']);
    await checkout(page, address);
    await payWith(page, '4242424242424242');
    await waitForStatus(page, 'Payment received');
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await shows(page.getByTestId('delivery-address'));
      expect(await widths(page), `order page at ${viewport.width} px`).toEqual({ content: viewport.width, window: viewport.width });
    }
    const kitchen = await h.newPage(DESKTOP);
    await logIn(kitchen, h.appUrl, 'bella');
    await shows(kitchen.locator('li[data-order-id]').filter({ hasText: 'ZZZZ' }));
    for (const viewport of [DESKTOP, PHONE]) {
      await kitchen.setViewportSize(viewport);
      expect(await widths(kitchen), `kitchen at ${viewport.width} px`).toEqual({ content: viewport.width, window: viewport.width });
    }
    expect(await auditAccessibility(kitchen, 'kitchen with a long address')).toEqual([]);
  });
});
