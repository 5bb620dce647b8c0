// How orders end, as the customer, the kitchen and the courier see it: the customer cancels a
// paid order the restaurant has not answered and watches the refund arrive; an unpaid order is
// cancelled by its payment timeout while its page is open; the courier takes back "delivered"
// within its undo window; a rejected order keeps the prices it was checked at. Debian's
// Chromium against the whole stack, with the payment timeout set short for this file.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { atUrl, checkout, fillCart, gone, logIn, payWith, shows, signUp, waitForStatus } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';

// Long enough to pay by hand in the first case (paying takes a few seconds), short enough to
// watch the timeout in the second.
const PAYMENT_TIMEOUT_SECONDS = 15;

/** As the courier's page has it (src/order-app/src/deliveries/use-undo-window.ts). */
const UNDO_WINDOW_MS = 5_000;

describe('order app: how orders end', () => {
  const h = useHarness({ env: { ORDER_PAYMENT_TIMEOUT_SECONDS: String(PAYMENT_TIMEOUT_SECONDS) } });
  const customer = unique('cleo');
  /** Accepted by the kitchen in the second case; Dave (the first free courier) gets it. */
  let acceptedOrder: string | undefined;

  async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  it('cancels a paid order the kitchen has not answered: confirmation, then "Cancelled — refunded" live; the kitchen sees it leave', async () => {
    const kitchen = await h.newPage(DESKTOP);
    await logIn(kitchen, h.appUrl, 'bella');
    await shows(kitchen.getByRole('heading', { name: 'Bella Cucina: incoming orders' }));

    const page = await h.newPage();
    await signUp(page, h.appUrl, customer);
    await fillCart(page, h.appUrl, 'Bella Cucina', ['Margherita']);
    const orderId = await checkout(page, '5 Refund Row');
    await payWith(page, '4242424242424242');
    await waitForStatus(page, 'Payment received');
    const waiting = kitchen.getByRole('list', { name: 'Orders waiting for a decision' }).locator(`li[data-order-id="${orderId}"]`);
    await shows(waiting);

    await page.getByRole('button', { name: 'Cancel order' }).click();
    const confirmation = page.getByRole('group', { name: 'Confirm cancellation' });
    await shows(confirmation.getByText(/^Cancel this order\? Your payment of \$\d+\.\d\d will be refunded in full\.$/));
    expect(await auditAccessibility(page, 'order page, confirming a cancellation')).toEqual([]);
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();

    await waitForStatus(page, 'Cancelled');
    await shows(page.getByTestId('order-failure').getByText('Cancelled — refunded'));
    await shows(page.getByTestId('order-failure').getByText(/Your payment has been refunded in full\./));
    await gone(page.getByRole('button', { name: 'Cancel order' }));
    expect(await auditAccessibility(page, 'order page, cancelled and refunded')).toEqual([]);
    // The kitchen's list loses it by itself, and its history says what happened.
    await gone(waiting);
    await shows(
      kitchen
        .getByRole('list', { name: 'Cancelled by the customer' })
        .locator(`li[data-order-id="${orderId}"]`)
        .filter({ hasText: /refunded$/ }),
    );
  });

  it('tells the customer, with the reason, when the kitchen answered before the cancellation arrived', async () => {
    const page = await h.newPage();
    // The page's live updates can be held back, so the customer's screen still offers the
    // cancellation after the kitchen has answered: the race as a slow network makes it.
    let holding = false;
    const held: Array<() => void> = [];
    await page.routeWebSocket(/\/v1\/graphql$/, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((message) => (holding ? held.push(() => ws.send(message)) : ws.send(message)));
    });
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Bella Cucina', ['Margherita']);
    const orderId = (acceptedOrder = await checkout(page, '6 Late Lane'));
    await payWith(page, '4242424242424242');
    await waitForStatus(page, 'Payment received');
    await page.getByRole('button', { name: 'Cancel order' }).click();

    holding = true;
    const kitchen = await h.newPage(DESKTOP);
    await logIn(kitchen, h.appUrl, 'bella');
    const card = kitchen.getByRole('list', { name: 'Orders waiting for a decision' }).locator(`li[data-order-id="${orderId}"]`);
    await card.getByRole('button', { name: 'Accept order' }).click();
    await gone(card);
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await shows(page.getByRole('alert').getByText('This order can no longer be cancelled: the restaurant has already answered, or the order has moved on.'));

    holding = false;
    for (const send of held.splice(0)) send();
    await shows(page.getByTestId('order-status').getByText(/^(Restaurant accepted|Courier assigned|Picked up)$/));
    await gone(page.getByRole('button', { name: 'Cancel order' }));
    await gone(page.getByTestId('order-failure'));
  });

  it('lets the courier take back "delivered" within a few seconds, writing nothing; the next time it is written', async () => {
    expect(acceptedOrder, 'needs the order accepted above').toBeDefined();
    const customerPage = await h.newPage();
    await logIn(customerPage, h.appUrl, customer, 'e2e-password-123');
    await customerPage.goto(`${h.appUrl}/orders/${acceptedOrder}`);
    const page = await h.newPage(DESKTOP);
    await logIn(page, h.appUrl, 'dave');
    await atUrl(page, /\/deliveries$/);
    const card = page.locator(`li[data-order-id="${acceptedOrder}"]`);
    await card.getByRole('button', { name: 'Mark picked up' }).click();
    await waitForStatus(customerPage, 'Picked up');

    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await shows(card.getByTestId('delivery-undo').getByText(/^Marked delivered: saving in \d s\.$/));
    await card.getByRole('button', { name: 'Undo' }).click();
    await shows(card.getByRole('button', { name: 'Mark delivered' }));
    // Nothing may be written once the window has passed: an absence, so it takes the window's time.
    await page.waitForTimeout(UNDO_WINDOW_MS + 1_000);
    expect(await sql(`SELECT status FROM orders WHERE id = $1`, [acceptedOrder])).toEqual([{ status: 'picked_up' }]);
    await waitForStatus(customerPage, 'Picked up');

    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await waitForStatus(customerPage, 'Delivered');
    expect(await sql(`SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND to_status = 'delivered'`, [acceptedOrder])).toEqual([{ n: 1 }]);
  });

  it("shows a rejected order's lines at the price stored when it was checked, not the menu's price now", async () => {
    // Night Owl Diner is closed, so validate-order rejects the order; the app's menu offers no
    // way to order there, so the order is written as the customer's GraphQL insert would.
    const [user] = await sql<{ id: string }>(`SELECT id FROM users WHERE username = $1`, [customer]);
    const [dish] = await sql<{ id: number; price_cents: number }>(`SELECT id, price_cents FROM menu_items WHERE restaurant_id = 6 ORDER BY id LIMIT 1`);
    const [order] = await sql<{ id: string }>(
      `WITH o AS (INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 6, '8 Closed Court') RETURNING id),
            i AS (INSERT INTO order_items (order_id, menu_item_id, quantity) SELECT id, $2, 2 FROM o)
       SELECT id FROM o`,
      [user!.id, dish!.id],
    );
    const page = await h.newPage();
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await page.goto(`${h.appUrl}/orders/${order!.id}`);
    await waitForStatus(page, 'Order rejected');
    await sql(`UPDATE menu_items SET price_cents = price_cents + 500 WHERE id = $1`, [dish!.id]);
    try {
      await page.reload();
      await waitForStatus(page, 'Order rejected');
      const linePrice = `$${((dish!.price_cents * 2) / 100).toFixed(2)}`;
      await shows(page.getByTestId('line-price').getByText(linePrice, { exact: true }));
      await shows(page.getByTestId('order-total').getByText('not charged'));
    } finally {
      await sql(`UPDATE menu_items SET price_cents = price_cents - 500 WHERE id = $1`, [dish!.id]);
    }
  });

  it('shows live that an unpaid order was cancelled by its payment timeout, with the reason', async () => {
    const page = await h.newPage();
    await logIn(page, h.appUrl, customer, 'e2e-password-123');
    await fillCart(page, h.appUrl, 'Green Bowl', ['Poke bowl']);
    await checkout(page, '7 Slow Street');
    await shows(page.getByRole('button', { name: /^Pay \$/ }));
    await waitForStatus(page, 'Order confirmed');
    // Nobody pays: the one-off event created at validation fires after the timeout.
    await shows(page.getByTestId('order-failure').getByText('This order was cancelled'), (PAYMENT_TIMEOUT_SECONDS + 30) * 1000);
    await shows(page.getByTestId('order-failure').getByText('The order was not paid in time. Nothing was charged for it.'));
    await waitForStatus(page, 'Cancelled');
    await gone(page.getByRole('button', { name: /^Pay \$/ }));
  });
});
