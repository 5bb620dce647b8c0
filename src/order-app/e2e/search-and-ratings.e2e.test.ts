// Search, ratings and "order again" as a customer meets them, in Debian's Chromium against the
// whole stack: the restaurant list's search box (search_menu, typos forgiven) and, once an order
// is delivered, the rating form on its page, its public average on the restaurant list, a change
// within the day, and the same dishes back in the cart at today's prices.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { repoRoot } from '@3factor/dev/paths.js';
import { describe, expect, it } from 'vitest';
import { atUrl, checkout, fillCart, gone, logIn, payWith, shows, signUp, waitForStatus, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';
import { SECOND_RATING } from './driver-documents.js';

// As the README's other screenshots: rewritten only with UPDATE_SCREENSHOTS=1.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`), fullPage: true });
}

describe('order app: search, ratings and order again', () => {
  const h = useHarness();
  const customer = unique('rita');
  let delivered: { page: Page; orderId: string } | undefined;

  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };

  it('finds a dish by a misspelt word, shows its restaurant, and leads to that menu', async () => {
    const page = await h.newPage();
    await page.goto(h.appUrl);
    const box = page.getByRole('searchbox', { name: 'Search dishes and restaurants' });
    await box.fill('tika masala');
    const results = page.getByRole('list', { name: 'Search results' });
    await shows(results.getByRole('link', { name: /Chicken tikka masala.*Curry House/ }));
    await box.fill('vegan');
    await shows(results.getByRole('link', { name: /Chana masala.*Curry House/ }));
    expect(await results.getByRole('link').count()).toBe(1);
    // "pizza" is in Bella Cucina's description: all its dishes, for the picture.
    await box.fill('pizza');
    await expect.poll(() => results.getByRole('link', { name: /Bella Cucina/ }).count(), { timeout: 30_000 }).toBe(5);
    expect(await auditAccessibility(page, 'search results')).toEqual([]);
    await shoot(page, 'search');
    await box.fill('xyzzyqq');
    await shows(page.getByText('Nothing matches “xyzzyqq”.'));
    await box.fill('chiken tikka');
    await results.getByRole('link', { name: /Chicken tikka masala/ }).click();
    await atUrl(page, /\/restaurants\/4$/);
    await shows(page.getByRole('heading', { name: 'Curry House', level: 1 }));
  });

  it('rates a delivered order, shows the average on the restaurant list, and lets the rating change that day', async () => {
    // Only Dave (who has a login) takes deliveries, so this order reaches him.
    await sql("UPDATE agents SET is_available = (name = 'Dave')");
    const page = await h.newPage();
    await signUp(page, h.appUrl, customer);
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Elote']);
    const orderId = await checkout(page, '9 Star Street');
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'agent_assigned');
    // Nothing to rate before delivery.
    expect(await page.getByRole('form', { name: 'Rate this order' }).count()).toBe(0);

    const courier = await h.newPage(DESKTOP);
    await logIn(courier, h.appUrl, 'dave');
    const card = courier.locator(`li[data-order-id="${orderId}"]`);
    await shows(card);
    await card.getByRole('button', { name: 'Mark picked up' }).click();
    await waitForTimelineStep(page, 'picked_up');
    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await waitForStatus(page, 'Delivered');
    delivered = { page, orderId };

    const form = page.getByRole('form', { name: 'Rate this order' });
    await shows(form);
    // Sending without stars says what is missing, and sends nothing.
    await form.getByRole('button', { name: 'Send rating' }).click();
    await shows(form.getByRole('alert').getByText('Choose 1 to 5 stars for the restaurant.'));
    await form.getByRole('group', { name: 'The restaurant' }).getByTitle('4 stars').click();
    await form.getByRole('group', { name: 'The courier (optional)' }).getByTitle('5 stars').click();
    await form.getByLabel('Comment (optional)').fill('Hot and quick');
    expect(await auditAccessibility(page, 'rating form')).toEqual([]);
    await form.getByRole('button', { name: 'Send rating' }).click();
    const summary = page.getByTestId('rating-summary');
    await shows(summary.getByLabel('4 stars'));
    await shows(summary.getByLabel('5 stars'));
    await shows(summary.getByText('Hot and quick'));
    await gone(form);
    await shoot(page, 'rating');

    // The public average, for anyone browsing (a fresh browser, not logged in).
    const visitor = await h.newPage();
    await visitor.goto(h.appUrl);
    const taqueria = visitor.getByRole('list', { name: 'Restaurants' }).getByRole('link', { name: /^Taqueria Sol/ });
    await shows(taqueria.getByText('★ 4.0 (1 rating)'));

    // Changed the same day: the database allows stars and comment to change for a day.
    await page.getByRole('button', { name: 'Change rating' }).click();
    await form.getByRole('group', { name: 'The restaurant' }).getByTitle('2 stars').click();
    await form.getByRole('button', { name: 'Save rating' }).click();
    await shows(summary.getByLabel('2 stars'));
    await visitor.reload();
    await shows(taqueria.getByText('★ 2.0 (1 rating)'));

    // The database keeps it one rating per order, whatever the browser sends.
    const again = await page.evaluate(
      async ({ url, id, query }) => {
        const token = (JSON.parse(window.localStorage.getItem('3factor.session') ?? '{}') as { token?: string }).token;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { id } }),
        });
        return (await response.json()) as { errors?: Array<{ message: string }> };
      },
      { url: h.stack.graphqlUrl, id: orderId, query: SECOND_RATING },
    );
    expect(again.errors?.[0]?.message).toMatch(/uniqueness violation/i);
  });

  it('orders again: the same dishes into the cart at today’s prices, saying what changed', async () => {
    expect(delivered, 'needs the delivered order').toBeDefined();
    const { page, orderId } = delivered!;
    await sql("UPDATE menu_items SET price_cents = 500 WHERE name = 'Elote'");
    await page.goto(`${h.appUrl}/orders/${orderId}`);
    await page.getByRole('button', { name: 'Order again' }).click();
    const outcome = page.getByTestId('reorder-outcome');
    await shows(outcome.getByText('1 item from Taqueria Sol is in your cart.', { exact: false }));
    await shows(outcome.getByText('Elote now costs $5.00 (it was $4.50).'));
    await outcome.getByRole('link', { name: 'Review your cart' }).click();
    await atUrl(page, /\/restaurants\/3$/);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await shows(page.getByText('$5.00').first());
  });
});
