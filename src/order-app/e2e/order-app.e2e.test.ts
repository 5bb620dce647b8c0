// End-to-end tests of the order app: Debian's Chromium, driven by playwright-core, against the
// stack it needs (real Postgres, pgBouncer, engine, functions and the Vite dev server). The cases
// run in order and build on each other, as a person using the app would; a failing case leaves
// a screenshot of every open page in the system's temp folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { chromium, type Browser, type Page, type WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { auditAccessibility, type AccessibilityFinding } from './accessibility.js';
import { atUrl, checkout, fillCart, gone, logIn, logInAs, payWith, shows, signUp, STEP_TIMEOUT_MS, waitForStatus, waitForTimelineStep } from './actions.js';
import { startStack, type RunningStack } from './stack.js';

// Like golden files: the README's screenshots are rewritten only when asked (UPDATE_SCREENSHOTS=1),
// so an ordinary test run leaves the work tree clean.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
const failureDir = join(tmpdir(), 'order-app-e2e-failures');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const log = (line: string) => process.stdout.write(`${line}\n`);
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

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

describe('order app against the whole stack', () => {
  let stack: RunningStack;
  let browser: Browser;
  let appUrl: string;
  const pages: Page[] = [];
  const accessibilityFindings: AccessibilityFinding[] = [];
  const auditedScreens: string[] = [];

  const newPage = async (viewport = PHONE): Promise<Page> => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => log(`      [page error] ${error.message}`));
    pages.push(page);
    return page;
  };

  /** Every main screen is photographed and audited for accessibility at the same moment. */
  const shoot = async (page: Page, name: string, fullPage = true) => {
    mkdirSync(screenshotDir, { recursive: true });
    // From the top: a full-page capture of a scrolled page draws the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`), fullPage });
    accessibilityFindings.push(...(await auditAccessibility(page, name)));
    auditedScreens.push(name);
  };

  beforeAll(async () => {
    log('e2e order-app: starting the local stack');
    stack = await startStack(log);
    appUrl = stack.appUrl;
    await onlyDaveDelivers(stack.databaseUrl);
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await stack?.stop();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      mkdirSync(failureDir, { recursive: true });
      const slug = task.name
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .slice(0, 60);
      for (const [index, page] of pages.entries()) {
        if (page.isClosed()) continue;
        const path = join(failureDir, `${slug}-${index}.png`);
        await page.screenshot({ path, fullPage: true }).catch(() => undefined);
        log(`      screenshot: ${path} (${page.url()})`);
      }
    });
  });

  let first: Page;
  let second: Page;
  const customer1 = unique('ann');
  const customer2 = unique('ben');
  let firstOrder: string | undefined;

  it('signs up, orders, pays with 4242…, and watches the timeline reach agent_assigned without a reload', async () => {
    const page = (first = await newPage());
    await page.goto(appUrl);
    await shows(page.getByRole('list', { name: 'Restaurants' }));
    await shows(page.getByTestId('connection-indicator').and(page.locator('[data-state="connected"]')));
    await shoot(page, 'restaurants');
    await page.goto(`${appUrl}/login`);
    await shoot(page, 'login');
    // Sign-up goes through the engine's `signup` Action, not the auth function's REST route.
    const signIns: string[] = [];
    const restCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stack.authUrl)) restCalls.push(request.url());
      if (request.url() === stack.graphqlUrl && request.method() === 'POST') {
        const operation = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
        if (operation === 'Signup' || operation === 'Login') signIns.push(operation);
      }
    });
    await signUp(page, appUrl, customer1);
    expect(signIns).toEqual(['Signup']);
    expect(restCalls).toEqual([]);
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
    await shows(page.getByRole('button', { name: /^Pay \$/ }));
    // The server's total: items 1450 + 2 × 450, then Sakura Sushi's $1.99 delivery, $0.99 service
    // and 8.75 % tax on the items ($2.06).
    expect(await page.getByTestId('breakdown-items').textContent()).toBe('$23.50');
    expect(await page.getByTestId('payment-amount').textContent()).toBe('$28.54');
    await shoot(page, 'payment');
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'paid');
    await waitForTimelineStep(page, 'approved');
    await waitForTimelineStep(page, 'agent_assigned');
    await shows(page.getByText('Dave is your courier'));
    expect(loads, 'page loads since checkout').toBe(0);
    await shoot(page, 'order-live');
  });

  it('lets the agent mark picked up, then delivered, and the customer sees it live', async () => {
    expect(firstOrder, 'needs the first order').toBeDefined();
    const page = await newPage(DESKTOP);
    await logIn(page, appUrl, 'dave');
    await atUrl(page, /\/deliveries$/);
    const card = page.locator(`li[data-order-id="${firstOrder}"]`);
    await shows(card);
    await shoot(page, 'deliveries');
    await card.getByRole('button', { name: 'Mark picked up' }).click();
    await waitForTimelineStep(first, 'picked_up');
    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await waitForStatus(first, 'Delivered');
    await shows(page.getByRole('list', { name: 'Recently delivered' }).getByText(/to 12 Harbour Road/));
  });

  it('takes a declined card, then a good one', async () => {
    const page = (second = await newPage());
    await signUp(page, appUrl, customer2);
    await fillCart(page, appUrl, 'Taqueria Sol', ['Tacos al pastor (3)', 'Horchata']);
    await checkout(page, '7 Elm Street');
    await payWith(page, '4000000000000002');
    await waitForStatus(page, 'Payment failed');
    const failure = page.getByTestId('order-failure');
    await shows(failure.filter({ hasText: /try another card/i }));
    await shoot(page, 'payment-failed');
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'paid');
    await gone(failure);
  });

  it("never shows another customer the first customer's order", async () => {
    expect(firstOrder, 'needs the first order').toBeDefined();
    const page = second;
    await page.goto(`${appUrl}/orders/${firstOrder}`);
    await shows(page.getByRole('heading', { name: 'Order not found' }));
    await page.goto(`${appUrl}/orders`);
    const list = page.getByRole('list', { name: 'Orders' });
    await shows(list);
    const rows = await list.locator('li[data-order-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-order-id')));
    expect(rows).toHaveLength(1);
    expect(rows).not.toContain(firstOrder);
    await shows(page.getByText('1 order, newest first'));
  });

  it('lets the restaurant approve a paid order in its view, and the customer page updates live', async () => {
    const bella = await newPage(DESKTOP);
    await logIn(bella, appUrl, 'bella');
    await atUrl(bella, /\/kitchen$/);
    await shows(bella.getByRole('heading', { name: 'Bella Cucina: incoming orders' }));
    const page = first;
    await fillCart(page, appUrl, 'Bella Cucina', ['Margherita', 'Tiramisù']);
    const orderId = await checkout(page, '12 Harbour Road, Flat 3');
    await payWith(page, '4242424242424242');
    await waitForStatus(page, 'Payment received');
    await shows(page.getByText('Waiting for the restaurant to accept your order…'));
    const card = bella.locator(`li[data-order-id="${orderId}"]`);
    await shows(card);
    await shoot(bella, 'kitchen');
    await card.getByRole('button', { name: 'Accept order' }).click();
    await waitForTimelineStep(page, 'approved');
    // The card leaves the incoming list; only a pause for the view to settle, not an assertion.
    await card.waitFor({ state: 'detached' }).catch(() => undefined);
  });

  it('lists my orders live, newest first, and the order page is right after a reload', async () => {
    const page = first;
    await page.goto(`${appUrl}/orders`);
    const list = page.getByRole('list', { name: 'Orders' });
    await shows(list);
    const names = await list.locator('li strong').allTextContents();
    expect(names.slice(0, 2)).toEqual(['Bella Cucina', 'Sakura Sushi']);
    await shoot(page, 'my-orders');
    await page.goto(`${appUrl}/orders/${firstOrder}`);
    await page.reload();
    await waitForStatus(page, 'Delivered');
    await shows(page.getByText('Dave is your courier'));
    await shows(page.getByTestId('connection-indicator').and(page.locator('[data-state="connected"]')));
  });

  it('says "reconnecting" after a dropped socket, then resumes with the current state', async () => {
    const page = await newPage();
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
    await shows(page.getByRole('button', { name: /^Pay \$/ }));
    down = true;
    for (const socket of sockets.splice(0)) await socket.close({ code: 1001, reason: 'network down (test)' });
    await shows(page.locator('[data-testid="connection-indicator"][data-state="reconnecting"]'));
    // Meanwhile the customer cancels the order from another device.
    await second.goto(`${appUrl}/orders/${orderId}`);
    await second.getByRole('button', { name: 'Cancel order' }).click();
    await second.getByRole('button', { name: 'Yes, cancel it' }).click();
    await waitForStatus(second, 'Cancelled');
    await waitForStatus(page, 'Order confirmed');
    down = false;
    await shows(page.locator('[data-testid="connection-indicator"][data-state="connected"]'));
    await waitForStatus(page, 'Cancelled');
    await gone(page.getByRole('button', { name: /^Pay \$/ }));
  });

  it('has no serious accessibility findings on the main screens (axe-core, WCAG 2.1 AA)', () => {
    expect(auditedScreens.length, `screens audited: ${auditedScreens.join(', ')}`).toBeGreaterThanOrEqual(8);
    expect(accessibilityFindings).toEqual([]);
    log(`      audited: ${auditedScreens.join(', ')}`);
  });
});
