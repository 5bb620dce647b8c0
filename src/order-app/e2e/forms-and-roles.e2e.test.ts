// The order app's forms, limits, roles and page changes as people meet them: the quantity limit
// stated where it applies, staff told up front, a declined order's reason, focus and tab titles
// after navigation. Debian's Chromium against the whole stack.
import { expect, describe, it } from 'vitest';
import { checkout, fillCart, logIn, payWith, shows, signUp, waitForStatus } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';
import { BLANK_PASSWORD_SIGNUP } from './driver-documents.js';

describe('order app: forms, limits, roles, page changes', () => {
  const h = useHarness();
  const customer = unique('dora');

  it('states the order limits where they apply, and + stops at the server’s 50 saying why', async () => {
    const page = await h.newPage(DESKTOP);
    await signUp(page, h.appUrl, customer);
    await fillCart(page, h.appUrl, 'Green Bowl', ['Poke bowl']);
    const limits = page.getByTestId('order-limits');
    await shows(limits.getByText('Up to 50 of each dish and 100 items per order.'));
    const more = page.getByRole('button', { name: 'One more Poke bowl' });
    for (let i = 1; i < 50; i++) await more.click();
    expect(await page.getByRole('status', { name: 'Poke bowl quantity' }).or(page.locator('output[aria-label="Poke bowl quantity"]')).first().textContent()).toBe('50');
    expect(await more.isDisabled()).toBe(true);
    await shows(limits.getByText(/^Limit reached\./));
    expect(await page.getByRole('button', { name: /^Add Poke bowl to cart/ }).isDisabled()).toBe(true);
  });

  it('states the sign-up rules up front and shows every problem at once; the server refuses eight spaces too', async () => {
    const page = await h.newPage();
    await page.goto(`${h.appUrl}/login`);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await shows(page.getByText('8 to 128 characters; spaces at either end do not count.'));
    await page.getByLabel('Username').fill('Carol Two');
    await shows(page.getByText('You will sign up as “carol two”.', { exact: false }));
    await page.getByLabel('Password').fill('        ');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await shows(page.getByRole('alert').getByText('Two things to fix above.'));
    expect(await page.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(await auditAccessibility(page, 'sign-up with errors')).toEqual([]);
    // The form is not the only guard: the engine's signup Action refuses the same password.
    const refused = await page.evaluate(
      async ({ url, query }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return (await response.json()) as { errors?: Array<{ message: string }> };
      },
      { url: h.stack.graphqlUrl, query: BLANK_PASSWORD_SIGNUP },
    );
    expect(refused.errors?.[0]?.message).toMatch(/password must be at least 8 characters/);
  });

  it('tells staff on the menu, before any cart, that they cannot order', async () => {
    const page = await h.newPage(DESKTOP);
    await logIn(page, h.appUrl, 'bella');
    await page.goto(`${h.appUrl}/`);
    await page.getByRole('link', { name: /^Green Bowl/ }).click();
    await shows(page.getByText('Log in with a customer account to order.', { exact: false }));
    expect(await page.getByRole('button', { name: /^Add Poke bowl to cart/ }).isDisabled()).toBe(true);
  });

  it('reads a declined order’s reason with one full stop', async () => {
    const page = await h.newPage();
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Bella Cucina', ['Margherita']);
    const orderId = await checkout(page, '3 Dough Street');
    await payWith(page, '4242424242424242');
    await waitForStatus(page, 'Payment received');
    const kitchen = await h.newPage(DESKTOP);
    await logIn(kitchen, h.appUrl, 'bella');
    const card = kitchen.locator(`li[data-order-id="${orderId}"]`);
    await shows(card);
    // A waiting order shows its age.
    await shows(card.getByText(/\(waiting \d/));
    await card.getByRole('button', { name: 'Decline…' }).click();
    await card.getByLabel('Reason for the customer').fill('We are out of dough tonight.');
    await card.getByRole('button', { name: 'Decline and refund' }).click();
    await shows(page.getByTestId('order-failure').getByText('Reason: We are out of dough tonight. Your payment has been refunded in full.'));
    // The kitchen keeps it in its history, with the reason.
    await shows(kitchen.getByRole('list', { name: 'Recently declined' }).locator(`li[data-order-id="${orderId}"]`).filter({ hasText: 'We are out of dough tonight.' }));
  });

  it('moves focus to the new page’s heading after a navigation, announces it and sets the tab title', async () => {
    const page = await h.newPage(DESKTOP);
    await page.goto(h.appUrl);
    await shows(page.getByRole('list', { name: 'Restaurants' }));
    expect(await page.title()).toBe('Restaurants · 3factor food');
    await page.getByRole('link', { name: /^Bella Cucina/ }).click();
    await shows(page.getByRole('heading', { name: 'Bella Cucina', level: 1 }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? null)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bella Cucina');
    expect(await page.title()).toBe('Menu · 3factor food');
    await expect.poll(() => page.getByTestId('page-announcement').textContent()).toBe('Menu · 3factor food');

    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await page.getByRole('link', { name: 'My orders' }).click();
    const first = page.locator('li[data-order-id]').first();
    await shows(first);
    const orderId = (await first.getAttribute('data-order-id'))!;
    await first.getByRole('link').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? null)).toBe('H1');
    expect(await page.title()).toBe(`Order ${orderId.slice(0, 8).toUpperCase()} · 3factor food`);
  });

  it('gives the deliveries page headings in order, and no serious axe finding', async () => {
    const page = await h.newPage(DESKTOP);
    await logIn(page, h.appUrl, 'dave');
    await shows(page.getByRole('heading', { name: 'Current assignments', level: 2 }));
    const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((el) => Number(el.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i + 1} of ${levels.join(', ')}`).toBeLessThanOrEqual(1);
    expect(await auditAccessibility(page, 'deliveries')).toEqual([]);
  });
});
