// Order ahead as a customer meets it, in Debian's Chromium against the whole stack: "Schedule for
// later" at checkout offers only the restaurant's open times, the orders page lists the scheduled
// order with Cancel, and one whose time comes is placed by the one-off scheduled event and links
// to its live order page.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { atUrl, fillCart, followLink, gone, logIn, shows, signUp, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { unique, useHarness } from './harness.js';

describe('order app: order ahead', () => {
  const h = useHarness();
  const customer = unique('olga');

  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };

  it('schedules the cart for an open time, lists it with Cancel, and cancels it', async () => {
    const page = await h.newPage();
    await signUp(page, h.appUrl, customer);
    await fillCart(page, h.appUrl, 'Sakura Sushi', ['Miso soup']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByLabel('Delivery address').fill('9 Harbour Walk');
    await page.getByRole('radio', { name: 'Schedule for later' }).check();
    // Sakura Sushi opens 11:00-22:00 UTC (the browser is in UTC): every time offered is inside.
    const day = page.getByLabel('Delivery day');
    const time = page.getByLabel('Delivery time');
    await shows(time);
    const days = await day.locator('option').allTextContents();
    expect(days.length).toBeGreaterThanOrEqual(7);
    await day.selectOption({ index: 1 });
    const times = await time.locator('option').allTextContents();
    expect(times[0]).toBe('11:00');
    expect(times[times.length - 1]).toBe('21:45');
    await time.selectOption({ label: '12:30' });
    expect(await auditAccessibility(page, 'checkout scheduling for later')).toEqual([]);
    await page.getByRole('button', { name: 'Schedule order' }).click();

    await atUrl(page, /\/orders$/);
    const list = page.getByRole('list', { name: 'Scheduled orders' });
    const row = list.getByRole('listitem').filter({ hasText: 'Sakura Sushi' });
    await shows(row.getByText('Scheduled', { exact: true }));
    await shows(row.getByText(/12:30/));
    const [scheduled] = await sql(`SELECT s.place_at, s.lines, s.delivery_address, s.status FROM scheduled_orders s JOIN users u ON u.id = s.customer_id WHERE u.username = $1`, [
      customer,
    ]);
    expect(scheduled).toMatchObject({ delivery_address: '9 Harbour Walk', status: 'scheduled' });
    expect(new Date(scheduled.place_at).getUTCHours()).toBe(12);
    expect(scheduled.lines).toEqual([{ menu_item_id: expect.any(Number), quantity: 1 }]);
    expect(await auditAccessibility(page, 'orders page with a scheduled order')).toEqual([]);

    await row.getByRole('button', { name: 'Cancel' }).click();
    await shows(row.getByText('Cancelled', { exact: true }));
    expect(await row.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
  });

  it('places a scheduled order at its time and links to the live order page', async () => {
    const page = await h.newPage();
    const other = unique('oleg');
    await signUp(page, h.appUrl, other);
    // Open around the clock today, and due in a few seconds (an operator may schedule that soon).
    await sql(
      `INSERT INTO restaurant_opening_hours (restaurant_id, weekday, opens_at, closes_at) SELECT 2, d, '00:00', '24:00' FROM generate_series(1, 7) d ON CONFLICT DO NOTHING`,
    );
    await sql(
      `INSERT INTO scheduled_orders (customer_id, restaurant_id, place_at, lines, delivery_address)
       SELECT u.id, 2, now() + interval '4 seconds', jsonb_build_array(jsonb_build_object('menu_item_id', m.id, 'quantity', 2, 'note', 'extra ginger')), '9 Harbour Walk'
         FROM users u, menu_items m WHERE u.username = $1 AND m.restaurant_id = 2 AND m.is_available ORDER BY m.id LIMIT 1`,
      [other],
    );
    await page.goto(`${h.appUrl}/orders`);
    const row = page.getByRole('list', { name: 'Scheduled orders' }).getByRole('listitem').first();
    await shows(row.getByText('Placed', { exact: true }));
    await followLink(page, row.getByRole('link', { name: 'View order' }), /\/orders\/[0-9a-f-]{36}$/);
    await waitForTimelineStep(page, 'validated');
    await shows(page.getByText('Salmon nigiri (2)').first());
  });

  it('the restaurant’s staff add and remove opening hours, and the checkout offers them', async () => {
    const staff = await h.newPage();
    await logIn(staff, h.appUrl, 'bella');
    const hours = staff.getByRole('list', { name: 'Opening hours' });
    await shows(hours.getByText('Monday 11:00–15:00'));
    await staff.getByLabel('Day', { exact: true }).selectOption({ label: 'Sunday' });
    await staff.getByLabel('Opens', { exact: true }).fill('06:00');
    await staff.getByLabel('Closes', { exact: true }).fill('05:00');
    await staff.getByRole('button', { name: 'Add hours' }).click();
    await shows(staff.getByText(/A period closes after it opens/));
    await staff.getByLabel('Closes', { exact: true }).fill('09:30');
    await staff.getByRole('button', { name: 'Add hours' }).click();
    await shows(hours.getByText('Sunday 06:00–09:30'));
    expect(await auditAccessibility(staff, 'kitchen with opening hours')).toEqual([]);

    // A customer sees the new morning among Bella Cucina's Sunday times.
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('omar'));
    await fillCart(page, h.appUrl, 'Bella Cucina', ['Margherita']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('radio', { name: 'Schedule for later' }).check();
    const day = page.getByLabel('Delivery day');
    // The last Sunday offered is one whose 06:00 is ahead, whatever day the test runs on.
    const sunday = (await day.locator('option').allTextContents()).filter((label) => label.startsWith('Sunday')).pop()!;
    await day.selectOption({ label: sunday });
    expect((await page.getByLabel('Delivery time').locator('option').allTextContents())[0]).toBe('06:00');

    await staff.getByRole('button', { name: 'Remove Sunday 06:00' }).click();
    await gone(hours.getByText('Sunday 06:00–09:30'));
  });
});
