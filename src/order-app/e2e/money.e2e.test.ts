// Money as a customer meets it, in Debian's Chromium against the whole stack: a tip and a promo
// code at checkout (with the previewed total), the breakdown validate-order computed on the order
// page, a bad code refused with its reason, and the printable receipt of the paid order.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '@3factor/dev/paths.js';
import { describe, expect, it } from 'vitest';
import { atUrl, fillCart, followLink, payWith, shows, signUp, waitForStatus, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { unique, useHarness } from './harness.js';

// As the README's other screenshots: rewritten only with UPDATE_SCREENSHOTS=1.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`), fullPage: true });
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

describe('order app: fees, tip, promo code and receipt', () => {
  const h = useHarness();
  const customer = unique('tess');

  it('places an order with a tip and a promo code, pays the computed total and prints the receipt', async () => {
    const page = await h.newPage();
    await signUp(page, h.appUrl, customer);
    // Curry House: $2.99 delivery, $1.49 service, 8.75 % tax. Items $13.90 + $3.50 = $17.40.
    await fillCart(page, h.appUrl, 'Curry House', ['Chicken tikka masala', 'Garlic naan']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByLabel('Delivery address').fill('4 Receipt Row');
    await page.getByLabel('15 % ($2.61)').check();
    const preview = page.getByTestId('checkout-preview');
    await shows(preview);
    // Before the code: 1740 + 299 + 149 + tax 152 + tip 261.
    expect(await preview.getByTestId('breakdown-total').textContent()).toBe('$26.01');
    await page.getByLabel('Promo code (optional)').fill('welcome10');
    await shows(page.getByText('The code WELCOME10 is checked, and its discount taken off, when the restaurant confirms the order.'));
    expect(await auditAccessibility(page, 'checkout with tip and promo')).toEqual([]);
    await shoot(page, 'checkout-tip-promo');
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);

    // validate-order's numbers: 10 % off the items ($1.74), tax on $15.66 ($1.37).
    await shows(page.getByTestId('price-breakdown'));
    expect(await text(page, 'breakdown-items')).toBe('$17.40');
    expect(await text(page, 'breakdown-discount')).toBe('−$1.74');
    await shows(page.getByText('Promo WELCOME10'));
    expect(await text(page, 'breakdown-delivery')).toBe('$2.99');
    expect(await text(page, 'breakdown-service')).toBe('$1.49');
    expect(await text(page, 'breakdown-tax')).toBe('$1.37');
    expect(await text(page, 'breakdown-tip')).toBe('$2.61');
    expect(await text(page, 'payment-amount')).toBe('$24.12');
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'paid');

    await followLink(page, page.getByRole('link', { name: 'See the receipt' }), /\/orders\/[0-9a-f-]{36}\/receipt$/);
    const receipt = page.getByTestId('receipt');
    await shows(receipt);
    await shows(receipt.getByRole('cell', { name: 'Chicken tikka masala' }));
    expect(await receipt.getByTestId('breakdown-total').textContent()).toBe('$24.12');
    expect(await receipt.getByTestId('receipt-card').textContent()).toMatch(/^Charged \$24\.12 to the card ending in 4242 on /);
    expect(await receipt.getByTestId('receipt-refund').count()).toBe(0);
    expect(await auditAccessibility(page, 'receipt')).toEqual([]);
    await shoot(page, 'receipt');
    // On paper only the receipt is left: no app header, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('refuses an unknown code with a reason the customer reads, and charges nothing', async () => {
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('ned'));
    await fillCart(page, h.appUrl, 'Curry House', ['Mango lassi']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByLabel('Delivery address').fill('4 Receipt Row');
    await page.getByLabel('Promo code (optional)').fill('NOPE1');
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    await waitForStatus(page, 'Order rejected');
    await shows(page.getByText('There is no promo code NOPE1.'));
    expect(await page.getByRole('button', { name: /^Pay \$/ }).count()).toBe(0);
  });
});
