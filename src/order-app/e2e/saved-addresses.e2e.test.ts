// Saved addresses and the courier's note as a customer and a courier meet them, in Debian's
// Chromium against the whole stack: an address typed at checkout and saved under a label with a
// note, the courier's card showing the note, and the next checkout starting from that address.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { atUrl, fillCart, logIn, payWith, shows, signUp, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';

describe('order app: saved addresses and the note for the courier', () => {
  const h = useHarness();
  const customer = unique('sam');

  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: h.stack.databaseUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };

  it('saves the typed address with a note, shows the note on the courier’s card, and starts the next checkout from it', async () => {
    // Only Dave (who has a login) takes deliveries, so this order reaches him.
    await sql("UPDATE agents SET is_available = (name = 'Dave')");
    const page = await h.newPage();
    await signUp(page, h.appUrl, customer);
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Elote']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    // A new customer has nothing saved: the typed address alone, as before.
    expect(await page.getByRole('group', { name: 'Deliver to' }).count()).toBe(0);
    await page.getByLabel('Delivery address').fill('4 Lantern Lane, Flat 2');
    await page.getByLabel('Save this address for next time').check();
    // A label is needed to save it; nothing is sent without one.
    await page.getByRole('button', { name: 'Place order' }).click();
    await shows(page.getByText('Name the address (1 to 40 characters), e.g. Home.'));
    await page.getByLabel('Name of the address').fill('Home');
    await page.getByLabel('Note for the courier (optional)').fill('Blue door, ring twice');
    expect(await auditAccessibility(page, 'checkout with a new address')).toEqual([]);
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    await shows(page.getByTestId('delivery-address').getByText('4 Lantern Lane, Flat 2'));
    await payWith(page, '4242424242424242');
    await waitForTimelineStep(page, 'agent_assigned');

    const courier = await h.newPage(DESKTOP);
    await logIn(courier, h.appUrl, 'dave');
    const card = courier.locator(`li[data-order-id="${orderId}"]`);
    await shows(card.getByText('4 Lantern Lane, Flat 2'));
    await shows(card.getByText('Blue door, ring twice'));
    await card.getByRole('button', { name: 'Mark picked up' }).click();
    await waitForTimelineStep(page, 'picked_up');
    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await card.getByRole('button', { name: 'Yes, delivered' }).click();
    await waitForTimelineStep(page, 'delivered');

    // The next checkout starts from the saved default; its note stays unless one is written.
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Elote']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    const choice = page.getByRole('group', { name: 'Deliver to' });
    await shows(choice);
    expect(await choice.getByRole('radio', { name: /Home.*4 Lantern Lane, Flat 2/ }).isChecked()).toBe(true);
    await shows(page.getByText('Left empty, the courier reads the saved note: “Blue door, ring twice”.'));
    expect(await page.getByLabel('Delivery address').count()).toBe(0);
    expect(await auditAccessibility(page, 'checkout with a saved address')).toEqual([]);
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    await shows(page.getByTestId('delivery-address').getByText('4 Lantern Lane, Flat 2'));

    // "A new address" brings back the typed field; the existing checkout helper still works.
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Elote']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('radio', { name: 'A new address' }).check();
    await page.getByLabel('Delivery address').fill('77 Other Road');
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    await shows(page.getByTestId('delivery-address').getByText('77 Other Road'));
    await sql('UPDATE agents SET is_available = true');
  });
});
