import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { auditAccessibility } from './accessibility.js';
import { Customer, graphql, logIn, signUp } from './api.js';
import { ANALYTICS_VIEWS, viewProbe } from './driver-documents.js';
import { startStack, type RunningStack } from './stack.js';

const SCREENSHOT = join(repoRoot, 'docs', 'screenshots', 'analytics-dashboard.png');
const PHONE_SCREENSHOT = join(repoRoot, 'docs', 'screenshots', 'analytics-dashboard-phone.png');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 1000 };
const DEAD_EVENTS_SCREENSHOT = join(repoRoot, 'docs', 'screenshots', 'analytics-dead-events.png');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LIVE_TIMEOUT = 30_000;

describe('analytics dashboard against the whole stack', () => {
  let stack: RunningStack;
  let browser: Browser;
  let page: Page;
  let db: pg.Client;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // A context of its own, so that a second tab shares the first one's storage.
    page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.stop();
  });

  // A failing case leaves a screenshot of the dashboard in the system's temp folder.
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const path = join(tmpdir(), 'analytics-e2e-failures', `${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      mkdirSync(dirname(path), { recursive: true });
      await page?.screenshot({ path, fullPage: true }).catch(() => undefined);
      process.stdout.write(`      screenshot: ${path}\n`);
    });
  });

  const kpi = (label: string) => page.locator(`[data-kpi="${label}"]`);
  const text = async (selector: string) => (await page.locator(selector).textContent())?.trim();

  it('signs the analyst in and shows live, empty figures', async () => {
    await page.goto(stack.analyticsUrl);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.connection').getAttribute('data-status'), { timeout: LIVE_TIMEOUT }).toBe('connected');
    await expect.poll(() => kpi('Orders today').textContent(), { timeout: LIVE_TIMEOUT }).toBe('0');
    await expect.poll(() => text('[data-testid="funnel-placed"]'), { timeout: LIVE_TIMEOUT }).toBe('0');
    await expect.poll(() => page.getByText('No orders yet').count(), { timeout: LIVE_TIMEOUT }).toBe(1);
    // Each figure says which period it covers: what happened since midnight, or the orders placed since.
    expect(await text('[data-testid="kpis-period"]')).toBe('Since midnight (server time): what happened today, whatever day the order was placed.');
    expect(await page.getByText('rejected or cancelled since midnight, whenever placed · 0 declined payments').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Funnel: orders placed today' }).count()).toBe(1);
    expect(await text('[data-testid="funnel-period"]')).toBe('The orders placed since midnight (server time), each counted at the furthest stage it reached.');
  });

  it('follows orders placed through GraphQL without a reload: KPIs, funnel and feed', async () => {
    // A marker that a reload would wipe.
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const customer = new Customer(stack.graphqlUrl, await signUp(stack.functionsUrl, 'e2e-analytics-customer', 'correct-horse-battery'));
    // Sakura Sushi auto-approves: Salmon nigiri (2) x2 + Miso soup.
    const ids = [
      await customer.placeOrder(2, [
        { menu_item_id: 7, quantity: 2 },
        { menu_item_id: 11, quantity: 1 },
      ]),
      await customer.placeOrder(2, [{ menu_item_id: 8, quantity: 1 }]),
      await customer.placeOrder(2, [{ menu_item_id: 9, quantity: 3 }]),
    ];
    await expect.poll(() => kpi('Orders today').textContent(), { timeout: LIVE_TIMEOUT }).toBe('3');
    await expect.poll(() => text('[data-testid="funnel-placed"]'), { timeout: LIVE_TIMEOUT }).toBe('3');

    for (const id of ids) await expect.poll(() => customer.status(id), { timeout: LIVE_TIMEOUT }).toBe('validated');
    await expect.poll(() => text('[data-testid="funnel-validated"]'), { timeout: LIVE_TIMEOUT }).toBe('3');
    await customer.pay(ids[0]!, 'tok_visa');
    await customer.pay(ids[1]!, 'tok_visa');
    await customer.pay(ids[2]!, 'tok_chargeDeclined');
    await expect.poll(() => customer.status(ids[2]!), { timeout: LIVE_TIMEOUT }).toBe('payment_failed');
    await expect.poll(() => text('[data-testid="funnel-paid"]'), { timeout: LIVE_TIMEOUT }).toBe('2');
    await expect.poll(() => kpi('Revenue today').textContent(), { timeout: LIVE_TIMEOUT }).not.toBe('$0.00');

    // Every status change streams into the feed, newest first.
    for (const id of ids) {
      await expect.poll(() => page.locator('.feed li', { hasText: `#${id.slice(0, 8).toUpperCase()}` }).count(), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(3);
    }
    await expect.poll(() => page.locator('.feed li[data-to-status="payment_failed"]').count(), { timeout: LIVE_TIMEOUT }).toBe(1);

    // The figures on screen are the database's.
    const { rows } = await db.query('SELECT * FROM analytics_kpis');
    const expected = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(rows[0].revenue_today_cents) / 100);
    await expect.poll(() => kpi('Revenue today').textContent(), { timeout: LIVE_TIMEOUT }).toBe(expected);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // One row per event trigger that has had events, as the database counts them: the pipeline's
    // five and the conversation notifications' (status changes notify the order's members).
    const triggers = async () => Number((await db.query('SELECT count(*) AS n FROM analytics_event_delivery_health')).rows[0].n);
    await expect.poll(triggers, { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(5);
    await expect.poll(async () => (await page.locator('table.event-health:not(.dead-event-list) tbody tr').count()) === (await triggers()), { timeout: LIVE_TIMEOUT }).toBe(true);
  });

  it('shows tips and promo codes, the best rated restaurants and the arrival estimate error, each with its figures or its empty state', async () => {
    const panel = (title: string) => page.locator('section.panel', { has: page.getByRole('heading', { name: title, exact: true }) });
    for (const title of ['Tips and promo codes', 'Best rated restaurants', 'Arrival estimate error']) {
      await expect.poll(() => panel(title).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      await expect.poll(() => panel(title).locator('.panel-loading').count(), { timeout: LIVE_TIMEOUT }).toBe(0);
      expect(await panel(title).locator('.panel-error').count(), title).toBe(0);
    }

    // Tips and promo codes: the orders paid in the last 7 days, their average tip and the codes used.
    await expect.poll(() => text('[data-testid="money-period"]'), { timeout: LIVE_TIMEOUT }).toMatch(/^Orders paid from .+ to .+ \(the last 7 days\): \d+ orders?\.$/);
    await expect.poll(() => kpi('Average tip').textContent(), { timeout: LIVE_TIMEOUT }).toMatch(/^\$\d+\.\d{2}$/);
    await expect.poll(() => kpi('Promo codes used').textContent(), { timeout: LIVE_TIMEOUT }).toMatch(/^\d+$/);

    // The arrival estimate error: no order delivered yet, so no figure ("–"), with its period.
    await expect.poll(() => text('[data-testid="estimates-period"]'), { timeout: LIVE_TIMEOUT }).toMatch(/^Orders delivered from .+ to .+ \(the last 7 days\): \d+\.$/);
    for (const label of ['Estimate error p50', 'Estimate error p90']) {
      await expect.poll(() => kpi(label).textContent(), { timeout: LIVE_TIMEOUT }).toMatch(/^(–|\d.*)$/);
    }

    // Every restaurant is listed, none rated yet; a rating (of an order delivered yesterday, written
    // past the pipeline) puts Green Bowl first, live.
    const greenBowl = page.locator('table.ratings tr[data-restaurant="5"]');
    await expect.poll(() => page.locator('table.ratings tbody tr').count(), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(6);
    await expect.poll(() => greenBowl.locator('td[data-label="Ratings"]').textContent(), { timeout: LIVE_TIMEOUT }).toBe('0');
    expect(await greenBowl.locator('td[data-label="Average"]').textContent()).toBe('—');
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'alice'`);
    await db.query('BEGIN');
    await db.query('SET LOCAL session_replication_role = replica');
    const order = await db.query<{ id: string }>(
      `INSERT INTO orders (customer_id, restaurant_id, delivery_address, status, total_cents, created_at, paid_at, delivered_at)
       VALUES ($1, 5, '7 Rating Row', 'delivered', 1000, now() - interval '1 day', now() - interval '1 day', now() - interval '23 hours') RETURNING id`,
      [rows[0]!.id],
    );
    await db.query('COMMIT');
    await db.query('INSERT INTO ratings (order_id, customer_id, restaurant_stars) VALUES ($1, $2, 4)', [order.rows[0]!.id, rows[0]!.id]);
    await expect.poll(() => greenBowl.locator('td[data-label="Ratings"]').textContent(), { timeout: LIVE_TIMEOUT }).toBe('1');
    expect(await greenBowl.locator('td[data-label="Average"]').textContent()).toMatch(/^★ 4/);
    expect(await page.locator('table.ratings tbody tr').first().getAttribute('data-restaurant')).toBe('5');
  });

  it('refuses every analytics view to a customer token, and serves it to the analyst', async () => {
    const customerToken = await logIn(stack.functionsUrl, 'e2e-analytics-customer', 'correct-horse-battery');
    const analystToken = await logIn(stack.functionsUrl, 'admin', 'password123');
    for (const view of ANALYTICS_VIEWS) {
      const query = viewProbe(view);
      const refused = await graphql(stack.graphqlUrl, query, {}, { authorization: `Bearer ${customerToken}` });
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.extensions?.code).toBe('validation-failed');
      expect(refused.errors?.[0]?.message).toContain(`field '${view}' not found`);
      const served = await graphql<Record<string, unknown[]>>(stack.graphqlUrl, query, {}, { authorization: `Bearer ${analystToken}` });
      expect(served.errors).toBeUndefined();
      expect(Array.isArray(served.data?.[view])).toBe(true);
    }
  });

  it('lists an event whose retries ran out and delivers it again with the admin secret: the order moves on', async () => {
    // An order whose validate-order event died (what 100 failed tries leave behind): the
    // order is written with triggers off, and its event is in the catalog as an error.
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'alice'`);
    await db.query('BEGIN');
    await db.query('SET LOCAL session_replication_role = replica');
    const order = await db.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '5 Dead Letter Lane') RETURNING id`, [
      rows[0]!.id,
    ]);
    await db.query(`INSERT INTO order_items (order_id, menu_item_id, quantity) SELECT $1, id, 1 FROM menu_items WHERE restaurant_id = 2 AND is_available ORDER BY id LIMIT 1`, [
      order.rows[0]!.id,
    ]);
    await db.query('COMMIT');
    const orderId = order.rows[0]!.id;
    const event = await db.query<{ id: string }>(
      `INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, delivered, error, tries, created_at)
       SELECT 'public', 'orders', 'validate-order',
              jsonb_set(e.payload, '{data}', jsonb_build_object('old', NULL, 'new', (SELECT row_to_json(o)::jsonb FROM orders o WHERE o.id = $1))),
              false, true, 101, now() - interval '17 minutes'
         FROM hdb_catalog.event_log e WHERE e.trigger_name = 'validate-order' LIMIT 1
       RETURNING id`,
      [orderId],
    );
    const eventId = event.rows[0]!.id;
    await db.query(
      `INSERT INTO hdb_catalog.event_invocation_logs (trigger_name, event_id, status, request, response)
       VALUES ('validate-order', $1, NULL, '{}', '{"type":"client_error","data":{"message":"connect ECONNREFUSED 127.0.0.1:8081"},"version":"2"}')`,
      [eventId],
    );

    const row = page.locator(`[data-event="${eventId}"]`);
    await expect.poll(() => row.count(), { timeout: LIVE_TIMEOUT }).toBe(1);
    expect(await row.textContent()).toContain(orderId.slice(0, 8).toUpperCase());
    expect(await row.textContent()).toContain('ECONNREFUSED');
    await page.getByLabel('Admin secret').fill(stack.adminSecret);
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      await page.locator('.panel-events').screenshot({ path: DEAD_EVENTS_SCREENSHOT });
    }
    await row.getByRole('button', { name: 'Redeliver' }).click();
    // The engine delivers it to validate-order again; the order is validated and the row goes.
    await expect.poll(async () => (await db.query('SELECT status FROM orders WHERE id = $1', [orderId])).rows[0].status, { timeout: LIVE_TIMEOUT }).toBe('validated');
    await expect.poll(() => row.count(), { timeout: LIVE_TIMEOUT }).toBe(0);
  });

  it('runs the load generator from the dashboard, and the figures keep moving', async () => {
    const before = Number(await kpi('Orders today').textContent());
    const rate = page.getByRole('spinbutton', { name: 'Orders per minute' });
    await rate.fill('240');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Stop' }).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
    await expect.poll(async () => Number(await kpi('Orders today').textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(before + 10);
    await expect.poll(async () => Number(await kpi('Delivered today').textContent()), { timeout: 90_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => Number(await page.getByTestId('placed-last-hour').textContent()), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(before + 10);

    // Under load the socket stays up: the figures are live, not catching up after reconnects.
    expect(await page.locator('.connection').getAttribute('data-status')).toBe('connected');
    // The README's screenshot; rewritten only on request, so a test run leaves the tree clean.
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Start' }).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
  const status = (p: Page) => p.locator('.connection').getAttribute('data-status');
  const widths = (p: Page) => p.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  /** The innermost elements reaching past the window's right edge, to name in a failure. */
  const overflowing = (p: Page) =>
    p.evaluate(() => {
      const edge = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5);
      return wide
        .filter((e) => !wide.some((inner) => inner !== e && e.contains(inner)))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ').join('.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`);
    });

  it('keeps the analyst signed in in a new tab, and signing out in one tab signs out both', async () => {
    const tab = await page.context().newPage();
    await tab.goto(stack.analyticsUrl);
    await expect.poll(() => status(tab), { timeout: LIVE_TIMEOUT }).toBe('connected');
    await tab.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
    await tab.close();
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => status(page), { timeout: LIVE_TIMEOUT }).toBe('connected');
  });

  it('says "Reconnecting…" when the network goes away, and catches up on its own when it returns', async () => {
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
    await expect.poll(() => kpi('Orders today').textContent(), { timeout: LIVE_TIMEOUT }).toMatch(/^\d+$/);
    const before = Number(await kpi('Orders today').textContent());
    await page.context().setOffline(true);
    await expect.poll(() => status(page), { timeout: LIVE_TIMEOUT }).toBe('reconnecting');
    expect(await page.locator('.connection').textContent()).toBe('Reconnecting…');
    // An order placed meanwhile (by someone else, over a working network).
    const customer = new Customer(stack.graphqlUrl, await logIn(stack.functionsUrl, 'e2e-analytics-customer', 'correct-horse-battery'));
    await customer.placeOrder(2, [{ menu_item_id: 8, quantity: 1 }]);
    await page.context().setOffline(false);
    await expect.poll(() => status(page), { timeout: LIVE_TIMEOUT }).toBe('connected');
    await expect.poll(async () => Number(await kpi('Orders today').textContent()), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(before + 1);
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  });

  it('fits a phone and a wide screen: no sideways scrolling, every column readable, a very long name wraps, no serious axe finding', async () => {
    const { rows } = await db.query<{ name: string }>('SELECT name FROM restaurants WHERE id = 2');
    const longName = 'Z'.repeat(100);
    await db.query('UPDATE restaurants SET name = $1 WHERE id = 2', [longName]);
    try {
      await expect.poll(() => page.locator('table.restaurants').getByText(longName).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      for (const viewport of [DESKTOP, PHONE]) {
        await page.setViewportSize(viewport);
        expect(await widths(page), `dashboard at ${viewport.width} px; past the edge: ${(await overflowing(page)).join(', ')}`).toEqual({
          content: viewport.width,
          window: viewport.width,
        });
        expect(await auditAccessibility(page, `dashboard at ${viewport.width} px`)).toEqual([]);
      }
      // On the phone every column of every row is on screen, with its label.
      for (const label of ['Avg approval', 'p95', 'Last error']) {
        const cell = page.locator(`td[data-label="${label}"]`).first();
        await cell.scrollIntoViewIfNeeded();
        const box = await cell.boundingBox();
        expect(box, `a "${label}" cell`).not.toBeNull();
        expect(box!.x + box!.width, `the right edge of "${label}"`).toBeLessThanOrEqual(PHONE.width);
      }
      if (process.env['UPDATE_SCREENSHOTS'] === '1') {
        await db.query('UPDATE restaurants SET name = $1 WHERE id = 2', [rows[0]!.name]);
        await expect.poll(() => page.locator('table.restaurants').getByText(longName).count(), { timeout: LIVE_TIMEOUT }).toBe(0);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: PHONE_SCREENSHOT, fullPage: false });
      }
    } finally {
      await db.query('UPDATE restaurants SET name = $1 WHERE id = 2', [rows[0]!.name]);
      await page.setViewportSize(DESKTOP);
    }
  });

  it('lets a keyboard reach and scroll the live feed, and asks for no missing favicon', async () => {
    const feed = page.getByRole('list', { name: 'Status changes, newest first' });
    await feed.focus();
    expect(await feed.evaluate((el) => el === document.activeElement)).toBe(true);
    const icon = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? null);
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
  });
});
