// End-to-end tests of the order app: Debian's Chromium, driven by playwright-core, against the
// full local stack (real Postgres, pgBouncer, engine, functions and the Vite dev server).
// Run by `npm test` after vitest (src/dev's e2e hook), or alone: `npx tsx src/order-app/e2e/run.ts`.
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { startStack, type RunningStack } from './stack.js';
import { Harness } from './harness.js';
import { auditAccessibility, type AccessibilityFinding } from './accessibility.js';
import { checkout, fillCart, logIn, logInAs, payWith, signUp, STEP_TIMEOUT_MS, waitForStatus, waitForTimelineStep } from './actions.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
// Like golden files: the README's screenshots are rewritten only when asked (UPDATE_SCREENSHOTS=1),
// so an ordinary test run leaves the work tree clean.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const log = (line: string) => process.stdout.write(`${line}\n`);
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const accessibilityFindings: AccessibilityFinding[] = [];
const auditedScreens: string[] = [];

/** Every main screen is photographed and audited for accessibility at the same moment. */
async function shoot(page: Page, name: string, fullPage = true) {
  mkdirSync(screenshotDir, { recursive: true });
  // From the top: a full-page capture of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`), fullPage });
  accessibilityFindings.push(...(await auditAccessibility(page, name)));
  auditedScreens.push(name);
}

/** Only Dave (who has a login) may take deliveries, so the agent view can be driven. */
async function onlyDaveDelivers(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("UPDATE agents SET is_available = (name = 'Dave')");
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  let stack: RunningStack | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  const harness = new Harness(join(tmpdir(), 'order-app-e2e-failures'), () => pages);
  const newPage = async (viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser!.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => log(`      [page error] ${error.message}`));
    pages.push(page);
    return { context, page };
  };

  try {
    log('e2e order-app: starting the local stack');
    stack = await startStack(repoRoot, log);
    await onlyDaveDelivers(stack.databaseUrl);
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const { appUrl } = stack;

    const first = await newPage();
    const customer1 = unique('ann');
    let firstOrder: string | undefined;

    await harness.run('sign up, order, pay with 4242…, and watch the timeline reach agent_assigned without a reload', async () => {
      const page = first.page;
      await page.goto(appUrl);
      await page.getByRole('list', { name: 'Restaurants' }).waitFor();
      await page.getByTestId('connection-indicator').and(page.locator('[data-state="connected"]')).waitFor();
      await shoot(page, 'restaurants');
      await page.goto(`${appUrl}/login`);
      await shoot(page, 'login');
      await signUp(page, appUrl, customer1);
      await fillCart(page, appUrl, 'Sakura Sushi', ['Tonkotsu ramen', 'Edamame', 'Edamame']);
      // As a phone shows it: the top of the menu, with the cart bar at the bottom of the screen.
      await shoot(page, 'menu', false);
      await page.getByRole('link', { name: 'Go to checkout' }).click();
      await page.getByLabel('Delivery address').fill('12 Harbour Road, Flat 3');
      await shoot(page, 'checkout');
      await page.goBack();
      firstOrder = await checkout(page, '12 Harbour Road, Flat 3');
      let loads = 0;
      page.on('load', () => loads++);
      await page.getByRole('button', { name: /^Pay \$/ }).waitFor();
      const amount = await page.getByTestId('payment-amount').textContent();
      if (amount !== '$23.50') throw new Error(`the payment form shows ${amount}, not the server total $23.50 (1450 + 2 × 450)`);
      await shoot(page, 'payment');
      await payWith(page, '4242424242424242');
      await waitForTimelineStep(page, 'paid');
      await waitForTimelineStep(page, 'approved');
      await waitForTimelineStep(page, 'agent_assigned');
      await page.getByText('Dave is your courier').waitFor();
      if (loads !== 0) throw new Error(`the page reloaded ${loads} times`);
      await shoot(page, 'order-live');
    });

    const dave = await newPage(DESKTOP);
    await harness.run('the agent marks picked up, then delivered, and the customer sees it live', async () => {
      if (!firstOrder) throw new Error('needs the first order');
      const page = dave.page;
      await logIn(page, appUrl, 'dave');
      await page.waitForURL(/\/deliveries$/);
      const card = page.locator(`li[data-order-id="${firstOrder}"]`);
      await card.waitFor();
      await shoot(page, 'deliveries');
      await card.getByRole('button', { name: 'Mark picked up' }).click();
      await waitForTimelineStep(first.page, 'picked_up');
      await card.getByRole('button', { name: 'Mark delivered' }).click();
      await waitForStatus(first.page, 'Delivered');
      await page.getByRole('list', { name: 'Recently delivered' }).getByText(/to 12 Harbour Road/).waitFor();
    });

    const second = await newPage();
    const customer2 = unique('ben');
    await harness.run('a declined card, then a good one', async () => {
      const page = second.page;
      await signUp(page, appUrl, customer2);
      await fillCart(page, appUrl, 'Taqueria Sol', ['Tacos al pastor (3)', 'Horchata']);
      await checkout(page, '7 Elm Street');
      await payWith(page, '4000000000000002');
      await waitForStatus(page, 'Payment failed');
      const failure = page.getByTestId('order-failure');
      await failure.filter({ hasText: /try another card/i }).waitFor();
      await shoot(page, 'payment-failed');
      await payWith(page, '4242424242424242');
      await waitForTimelineStep(page, 'paid');
      await failure.waitFor({ state: 'detached' });
    });

    await harness.run("another customer never sees the first customer's order", async () => {
      if (!firstOrder) throw new Error('needs the first order');
      const page = second.page;
      await page.goto(`${appUrl}/orders/${firstOrder}`);
      await page.getByRole('heading', { name: 'Order not found' }).waitFor();
      await page.goto(`${appUrl}/orders`);
      const list = page.getByRole('list', { name: 'Orders' });
      await list.waitFor();
      const rows = await list.locator('li[data-order-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-order-id')));
      if (rows.length !== 1 || rows.includes(firstOrder)) throw new Error(`the second customer's list shows ${JSON.stringify(rows)}`);
      await page.getByText('1 order, newest first').waitFor();
    });

    const bella = await newPage(DESKTOP);
    await harness.run('the restaurant approves a paid order in its view and the customer page updates live', async () => {
      await logIn(bella.page, appUrl, 'bella');
      await bella.page.waitForURL(/\/kitchen$/);
      await bella.page.getByRole('heading', { name: 'Bella Cucina: incoming orders' }).waitFor();
      const page = first.page;
      await fillCart(page, appUrl, 'Bella Cucina', ['Margherita', 'Tiramisù']);
      const orderId = await checkout(page, '12 Harbour Road, Flat 3');
      await payWith(page, '4242424242424242');
      await waitForStatus(page, 'Payment received');
      await page.getByText('Waiting for the restaurant to accept your order…').waitFor();
      const card = bella.page.locator(`li[data-order-id="${orderId}"]`);
      await card.waitFor();
      await shoot(bella.page, 'kitchen');
      await card.getByRole('button', { name: 'Accept order' }).click();
      await waitForTimelineStep(page, 'approved');
      await card.waitFor({ state: 'detached' }).catch(() => undefined);
    });

    await harness.run('my orders lists the live list newest first, and the order page is right after a reload', async () => {
      const page = first.page;
      await page.goto(`${appUrl}/orders`);
      const list = page.getByRole('list', { name: 'Orders' });
      await list.waitFor();
      const names = await list.locator('li strong').allTextContents();
      if (names[0] !== 'Bella Cucina' || names[1] !== 'Sakura Sushi') throw new Error(`unexpected order list ${JSON.stringify(names)}`);
      await shoot(page, 'my-orders');
      await page.goto(`${appUrl}/orders/${firstOrder}`);
      await page.reload();
      await waitForStatus(page, 'Delivered');
      await page.getByText('Dave is your courier').waitFor();
      await page.getByTestId('connection-indicator').and(page.locator('[data-state="connected"]')).waitFor();
    });

    await harness.run('after a dropped socket the page says "reconnecting", then resumes with the current state', async () => {
      const { page } = await newPage();
      // The engine's socket passes through Playwright, which can drop it and refuse reconnects.
      let down = false;
      const sockets: WebSocketRoute[] = [];
      await page.routeWebSocket(/\/v1\/graphql$/, (ws) => {
        if (down) return void ws.close({ code: 1001, reason: 'network down (test)' });
        sockets.push(ws);
        ws.connectToServer();
      });
      await logInAs(page, appUrl, customer2);
      await fillCart(page, appUrl, 'Green Bowl', ['Poke bowl']);
      const orderId = await checkout(page, '7 Elm Street');
      await page.getByRole('button', { name: /^Pay \$/ }).waitFor();
      down = true;
      for (const socket of sockets.splice(0)) await socket.close({ code: 1001, reason: 'network down (test)' });
      await page.locator('[data-testid="connection-indicator"][data-state="reconnecting"]').waitFor();
      // Meanwhile the customer cancels the order from another device.
      await second.page.goto(`${appUrl}/orders/${orderId}`);
      await second.page.getByRole('button', { name: 'Cancel order' }).click();
      await second.page.getByRole('button', { name: 'Yes, cancel it' }).click();
      await waitForStatus(second.page, 'Cancelled');
      await waitForStatus(page, 'Order confirmed');
      down = false;
      await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor();
      await waitForStatus(page, 'Cancelled');
      await page.getByRole('button', { name: /^Pay \$/ }).waitFor({ state: 'detached' });
    });

    await harness.run('the main screens have no serious accessibility findings (axe-core, WCAG 2.1 AA)', async () => {
      if (auditedScreens.length < 8) throw new Error(`only ${auditedScreens.length} screens were audited: ${auditedScreens.join(', ')}`);
      if (accessibilityFindings.length > 0) throw new Error(JSON.stringify(accessibilityFindings, null, 2));
      log(`      audited: ${auditedScreens.join(', ')}`);
    });
  } catch (error) {
    log(`e2e order-app could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    harness.skipBecause('the stack and the browser start', error instanceof Error ? error.message : String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    await stack?.stop().catch((error) => log(`stopping the stack failed: ${String(error)}`));
  }
  const { passed, failed } = harness.summary();
  log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exit(await main());
