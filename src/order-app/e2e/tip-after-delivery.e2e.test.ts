// A tip after delivery as a customer meets it, in Debian's Chromium against the whole stack: the
// delivered order's page offers "Add a tip" with the checkout's choices, the tip-payment function
// charges it to the card the order was paid with, the page says so live, the form is gone (one tip
// per order), the receipt lists it as a charge of its own, and the courier sees it on their page.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { repoRoot } from '@3factor/dev/paths.js';
import { describe, expect, it } from 'vitest';
import { checkout, fillCart, followLink, logIn, payWith, shows, signUp, waitForStatus, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';

// As the README's other screenshots: rewritten only with UPDATE_SCREENSHOTS=1.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.getByTestId('add-tip').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`) });
}

describe('order app: a tip after delivery', () => {
  const h = useHarness();

  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };

  it('adds a tip to a delivered order once, charged to its card, and shows it on the receipt and to the courier', async () => {
    // Dave takes the order, so his page is the one to look at.
    await sql("UPDATE agents SET is_available = (name = 'Dave')");
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('tia'));
    await fillCart(page, h.appUrl, 'Curry House', ['Mango lassi']);
    const orderId = await checkout(page, '5 Gratitude Lane');
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'agent_assigned');
    // Not before delivery.
    expect(await page.getByTestId('add-tip').count()).toBe(0);
    // The courier's part is the courier e2e's: here the order is moved on as the courier's taps would.
    await sql(`UPDATE orders SET status = 'picked_up' WHERE id = $1`, [orderId]);
    await sql(`UPDATE orders SET status = 'delivered' WHERE id = $1`, [orderId]);
    await waitForStatus(page, 'Delivered');

    const form = page.getByTestId('add-tip');
    await shows(form.getByRole('heading', { name: 'Add a tip' }));
    await shows(form.getByLabel(/15 % \(\$\d+\.\d\d\)/));
    await form.getByLabel('Other amount').check();
    await form.getByLabel('Tip in dollars').fill('100.01');
    await shows(form.getByText('A tip can be at most $100.'));
    await form.getByLabel('Tip in dollars').fill('3.50');
    expect(await auditAccessibility(page, 'add a tip after delivery')).toEqual([]);
    await shoot(page, 'tip-after-delivery');
    await form.getByRole('button', { name: 'Tip $3.50' }).click();
    await shows(page.getByTestId('tip-after-delivery').getByText('You tipped your courier $3.50 after delivery. Thank you!'));
    expect(await page.getByTestId('add-tip').count()).toBe(0);
    const charges = await sql(`SELECT c.amount_cents, c.token FROM card_gateway.charges c JOIN order_tips t ON c.idempotency_key = 'tip-' || t.id WHERE t.order_id = $1`, [
      orderId,
    ]);
    expect(charges).toEqual([{ amount_cents: 350, token: 'tok_visa' }]);

    await followLink(page, page.getByRole('link', { name: 'See the receipt' }), /\/orders\/[0-9a-f-]{36}\/receipt$/);
    const receipt = page.getByTestId('receipt');
    await shows(receipt);
    expect(await receipt.getByTestId('receipt-tip-after-delivery').textContent()).toMatch(/^Tip after delivery: \$3\.50, charged separately to the card ending in 4242 on /);

    const courier = await h.newPage(DESKTOP);
    await logIn(courier, h.appUrl, 'dave');
    await shows(courier.getByRole('list', { name: 'Recently delivered' }).getByTestId('tip-after-delivery').getByText('· tipped $3.50 after delivery'));
    await sql('UPDATE agents SET is_available = true');
  });
});
