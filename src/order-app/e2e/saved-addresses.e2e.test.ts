// Saved addresses and the courier's note as a customer and a courier meet them, in Debian's
// Chromium against the whole stack: an address typed at checkout and saved under a label with a
// note, the courier's card showing the note, and the next checkout starting from that address.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atUrl, fillCart, gone, logIn, payWith, shows, signUp, waitForTimelineStep } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, PHONE, unique, useHarness, widths } from './harness.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// As the README's other screenshots: rewritten only with UPDATE_SCREENSHOTS=1.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');

/** Where the keyboard's focus is: the focused element's accessible text, as a person hears it. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

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
  it('manages the addresses on their own page by keyboard: add, edit, make default, delete; an order keeps the address of one deleted since', async () => {
    const page = await h.newPage(DESKTOP);
    await signUp(page, h.appUrl, unique('addie'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Addresses' }).click();
    await atUrl(page, /\/addresses$/);
    await shows(page.getByRole('heading', { name: 'Saved addresses', level: 1 }));
    await shows(page.getByText('No saved addresses yet. Add one here, or save the address you type at checkout.'));

    // Add by keyboard alone: the form opens with the focus on its first field; a problem takes the focus back to it.
    await page.getByRole('button', { name: 'Add an address' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'A new address' });
    await shows(form);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await form.getByLabel('Name of the address').getAttribute('id'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('12 Hb');
    await form.getByRole('button', { name: 'Save address' }).focus();
    await page.keyboard.press('Enter');
    await shows(form.getByText('Name the address (1 to 40 characters), e.g. Home.'));
    expect(await form.getByLabel('Name of the address').getAttribute('aria-invalid')).toBe('true');
    expect(await auditAccessibility(page, 'addresses: the new-address form with a problem')).toEqual([]);
    await page.keyboard.type('Home');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12 Harbour Street, Flat 3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Top bell, wait a minute');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const home = page.getByRole('listitem', { name: /^Home/ });
    await shows(home.getByText('12 Harbour Street, Flat 3'));
    await shows(home.getByText('Default', { exact: true }));
    await shows(home.getByText('Note for the courier: Top bell, wait a minute'));
    await gone(form);
    expect(await focused(page)).toBe('Add an address');

    await page.getByRole('button', { name: 'Add an address' }).click();
    await form.getByLabel('Name of the address').fill('Work');
    await form.getByLabel('Address', { exact: true }).fill('3 Quay Offices, 2nd floor');
    await form.getByRole('button', { name: 'Save address' }).click();
    const work = page.getByRole('listitem', { name: /^Work/ });
    await shows(work);

    // Make Work the default by keyboard: Home's mark moves to it in one write, and the page says so.
    await page.getByRole('button', { name: 'Make default for Work' }).focus();
    await page.keyboard.press('Enter');
    await shows(work.getByText('Default', { exact: true }));
    await gone(home.getByText('Default', { exact: true }));
    await shows(page.getByRole('status').filter({ hasText: 'Work is now your default address.' }));

    // Edit Home's note; after saving, the focus is back on its Edit button.
    await page.getByRole('button', { name: 'Edit Home' }).click();
    const edit = page.getByRole('form', { name: 'Edit Home' });
    await edit.getByLabel('Note for the courier (optional)').fill('Side gate, top bell');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await shows(home.getByText('Note for the courier: Side gate, top bell'));
    expect(await focused(page)).toBe('Edit Home');
    expect(await auditAccessibility(page, 'addresses: the list')).toEqual([]);

    // Checkout starts from the new default; choose Home and order with it.
    await fillCart(page, h.appUrl, 'Taqueria Sol', ['Elote']);
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    const choice = page.getByRole('group', { name: 'Deliver to' });
    expect(await choice.getByRole('radio', { name: /Work.*3 Quay Offices/ }).isChecked()).toBe(true);
    await choice.getByRole('radio', { name: /Home.*12 Harbour Street/ }).check();
    await page.getByRole('button', { name: 'Place order' }).click();
    await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = page.url();
    await shows(page.getByTestId('delivery-address').getByText('12 Harbour Street, Flat 3'));

    // Delete Home after a question whose first button has the focus; the order keeps its address.
    await page.goto(`${h.appUrl}/addresses`);
    await page.getByRole('button', { name: 'Delete Home' }).click();
    const question = page.getByRole('group', { name: 'Delete Home?' });
    await shows(question.getByText('Delete Home? Orders placed with it keep their address.'));
    expect(await focused(page)).toBe('Yes, delete');
    expect(await auditAccessibility(page, 'addresses: the delete question')).toEqual([]);
    await page.keyboard.press('Enter');
    await gone(home);
    await shows(page.getByRole('status').filter({ hasText: 'Home is deleted.' }));
    // The button pressed is gone: the focus goes to the page's heading, not to the start of the document.
    expect(await focused(page)).toBe('Saved addresses');
    await page.goto(orderUrl);
    await shows(page.getByTestId('delivery-address').getByText('12 Harbour Street, Flat 3'));

    // On a phone the page and its header fit the screen.
    await page.setViewportSize(PHONE);
    await page.goto(`${h.appUrl}/addresses`);
    await shows(page.getByRole('listitem', { name: /^Work/ }));
    expect(await widths(page)).toEqual({ content: PHONE.width, window: PHONE.width });
  });

  it('shows a customer’s addresses as the README does', async () => {
    const page = await h.newPage();
    await signUp(page, h.appUrl, unique('maya'));
    await page.goto(`${h.appUrl}/addresses`);
    for (const [label, address, note] of [
      ['Home', '18 Rosewood Avenue, Flat 4B', 'Buzz 4B, then take the lift to the 4th floor'],
      ['Work', 'Harbour Works, 2 Quay Street, 3rd floor', 'Leave it at reception'],
      ['Mum’s', '7 Orchard Close', ''],
    ]) {
      await page.getByRole('button', { name: 'Add an address' }).click();
      const form = page.getByRole('form', { name: 'A new address' });
      await form.getByLabel('Name of the address').fill(label!);
      await form.getByLabel('Address', { exact: true }).fill(address!);
      await form.getByLabel('Note for the courier (optional)').fill(note!);
      await form.getByRole('button', { name: 'Save address' }).click();
      await shows(page.getByRole('listitem', { name: new RegExp(`^${label}`) }));
    }
    await page.getByRole('button', { name: 'Edit Mum’s' }).click();
    await shows(page.getByRole('form', { name: 'Edit Mum’s' }));
    mkdirSync(screenshotDir, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'order-app-addresses.png'), fullPage: true });
  });
});
