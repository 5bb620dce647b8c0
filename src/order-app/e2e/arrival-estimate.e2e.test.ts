// The arrival estimate as a customer meets it, in Debian's Chromium against the whole stack:
// on the menu and at checkout before ordering, on the order page while the order moves (computed in Postgres), and compared with the
// delivery once the courier has delivered it.
import pg from 'pg';
import { describe, it } from 'vitest';
import { atUrl, fillCart, logIn, payWith, shows, signUp, waitForStatus, waitForTimelineStep } from './actions.js';
import { DESKTOP, unique, useHarness } from './harness.js';

describe('order app: the arrival estimate', () => {
  const h = useHarness();

  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };

  it('says when the order arrives while it moves, and how the delivery compared with it', async () => {
    await sql("UPDATE agents SET is_available = (name = 'Dave')");
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('ada'));
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Horchata']);
    // Before ordering: the menu and the checkout say how long an order placed now takes.
    await shows(page.getByTestId('restaurant-arrival-estimate').getByText(/^Delivery in about \d+ min$/));
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await shows(page.getByTestId('checkout-arrival-estimate').getByText(/^Delivery in about \d+ min$/));
    await page.getByLabel('Delivery address').fill('3 Clock Tower Road');
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    const estimate = page.getByTestId('arrival-estimate');
    await shows(estimate.getByText(/^Arrives around \d/));
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'agent_assigned');
    await shows(estimate.getByText(/^Arrives around \d/));

    const courier = await h.newPage(DESKTOP);
    await logIn(courier, h.appUrl, 'dave');
    const card = courier.locator(`li[data-order-id="${orderId}"]`);
    await card.getByRole('button', { name: 'Mark picked up' }).click();
    await waitForTimelineStep(page, 'picked_up');
    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await waitForStatus(page, 'Delivered');
    // Delivered within minutes of paying, well before the demo's guesses: earlier than estimated.
    await shows(estimate.getByText(/^Delivered at .*, \d+ min earlier than the estimate of .*\.$/));
    await sql('UPDATE agents SET is_available = true');
  });
});
