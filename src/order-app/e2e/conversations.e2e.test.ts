// An order's conversation, as its customer and its courier have it, in Debian's Chromium against
// the whole stack: two browser profiles chatting both ways live (insert over HTTP, delivery over
// the socket's order_messages_stream), the courier's unread badge and "seen" on the customer's
// side, the typing indicator coming and going, a message edited and deleted live, and a third
// customer who cannot open the conversation.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '@3factor/dev/paths.js';
import { describe, expect, it } from 'vitest';
import { atUrl, checkout, fillCart, gone, logIn, payWith, shows, signUp, STEP_TIMEOUT_MS } from './actions.js';
import { auditAccessibility } from './accessibility.js';
import { DESKTOP, unique, useHarness } from './harness.js';
import { STRANGER_READS_MESSAGES } from './driver-documents.js';

// As the README's other screenshots: rewritten only with UPDATE_SCREENSHOTS=1.
const screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs', 'screenshots') : join(tmpdir(), 'order-app-e2e-screenshots');
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `order-app-${name}.png`), fullPage: true });
}

const texts = async (list: Locator) => (await list.locator('.message-body').allTextContents()).map((t) => t.trim());

describe('order app: an order’s conversation', () => {
  const h = useHarness();
  const customer = unique('nora');
  const stranger = unique('otto');
  let orderId = '';
  let customerPage: Page;
  let courierPage: Page;

  it('puts the customer and the courier of one order in touch, live both ways, with unread, seen and typing', async () => {
    const db = new pg.Client({ connectionString: h.stack.databaseUrl });
    await db.connect();
    try {
      // Only Dave (who has a login) takes deliveries, so this order is his.
      await db.query("UPDATE agents SET is_available = (name = 'Dave')");
    } finally {
      await db.end();
    }

    customerPage = await h.newPage();
    await signUp(customerPage, h.appUrl, customer);
    await fillCart(customerPage, h.appUrl, 'Sakura Sushi', ['Edamame']);
    orderId = await checkout(customerPage, '3 Blue Door Lane');
    await payWith(customerPage, '4242424242424242');
    await shows(customerPage.getByText('Dave is your courier'));
    const customerChat = customerPage.getByTestId('conversation');
    await shows(customerChat.getByText('No messages yet.'));

    courierPage = await h.newPage(DESKTOP);
    await logIn(courierPage, h.appUrl, 'dave');
    await atUrl(courierPage, /\/deliveries$/);
    const card = courierPage.locator(`li[data-order-id="${orderId}"]`);
    await shows(card);
    const courierChat = card.getByTestId('conversation');
    const toggle = courierChat.getByRole('button', { name: /^Messages/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // The customer writes while the courier's panel is closed: the card counts it as unread.
    const box = customerChat.getByRole('textbox', { name: 'Message' });
    await box.pressSequentially('Ring the bell, it’s the blue door   ');
    await customerChat.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => texts(customerChat.getByRole('list', { name: 'Messages' })), { timeout: STEP_TIMEOUT_MS }).toEqual(['Ring the bell, it’s the blue door']);
    await shows(courierChat.getByTestId('unread-badge').getByText('1'));
    await box.fill('And please be quick');
    await customerChat.getByRole('button', { name: 'Send' }).click();
    await shows(courierChat.getByTestId('unread-badge').getByText('2'));

    // Opening it reads them: the badge goes, and the customer sees "seen" under the last one.
    await toggle.click();
    const courierList = courierChat.getByRole('list', { name: 'Messages' });
    await expect.poll(() => texts(courierList), { timeout: STEP_TIMEOUT_MS }).toEqual(['Ring the bell, it’s the blue door', 'And please be quick']);
    await gone(courierChat.getByTestId('unread-badge'));
    await shows(customerChat.locator('li.message').last().getByTestId('message-seen').getByText('Seen by dave (courier)'));

    // The courier types: the customer sees it, and it goes once the message is sent.
    const courierBox = courierChat.getByRole('textbox', { name: 'Message' });
    await courierBox.pressSequentially('I’m outside');
    await shows(customerChat.getByTestId('typing-indicator').getByText('dave (courier) is typing…'));
    await shoot(customerPage, 'conversation-typing');
    await courierBox.press('Enter');
    await expect
      .poll(() => texts(customerChat.getByRole('list', { name: 'Messages' })), { timeout: STEP_TIMEOUT_MS })
      .toEqual(['Ring the bell, it’s the blue door', 'And please be quick', 'I’m outside']);
    await expect.poll(async () => (await customerChat.getByTestId('typing-indicator').textContent())?.trim(), { timeout: STEP_TIMEOUT_MS }).toBe('');
    // Both see both sides: the customer's view names the courier, the courier's the customer.
    await shows(customerChat.locator('li.message').last().getByText('dave (courier)'));
    await shows(courierChat.locator('li.message').first().getByText(`${customer} (customer)`));
    // The online dots come from the heartbeats, each side sees the other.
    await shows(customerChat.getByRole('list', { name: 'People in this conversation' }).getByText('dave (courier), online'));
    await shows(courierChat.getByRole('list', { name: 'People in this conversation' }).getByText(`${customer} (customer), online`));
    await shoot(customerPage, 'conversation');
    await shoot(courierPage, 'conversation-courier');
    expect(await auditAccessibility(customerPage, 'conversation')).toEqual([]);
  });

  it('shows an edit and a delete to the other side live; the text of a deleted message is gone', async () => {
    expect(orderId, 'needs the first case').not.toBe('');
    const customerChat = customerPage.getByTestId('conversation');
    const courierChat = courierPage.locator(`li[data-order-id="${orderId}"]`).getByTestId('conversation');
    const courierList = courierChat.getByRole('list', { name: 'Messages' });
    const second = customerChat.locator('li.message').nth(1);
    await second.getByRole('button', { name: 'Edit my message' }).click();
    await second.getByRole('textbox', { name: 'Edit message' }).fill('  No hurry, actually ');
    await second.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => texts(courierList), { timeout: STEP_TIMEOUT_MS }).toEqual(['Ring the bell, it’s the blue door', 'No hurry, actually', 'I’m outside']);
    await shows(courierList.locator('li.message').nth(1).getByText('edited'));
    await customerChat.locator('li.message').first().getByRole('button', { name: 'Delete my message' }).click();
    await shows(courierList.locator('li.message').first().getByText('Message deleted'));
    expect(await texts(courierList)).toEqual(['Message deleted', 'No hurry, actually', 'I’m outside']);
    expect(await courierPage.getByText('Ring the bell').count()).toBe(0);
    // The courier cannot change the customer's messages: no buttons on them.
    expect(await courierList.locator('li.message').nth(1).getByRole('button', { name: 'Edit my message' }).count()).toBe(0);
  });

  it('gives a courier back from offline exactly what was said meanwhile, asking from the last revision it had', async () => {
    expect(orderId, 'needs the first case').not.toBe('');
    const customerChat = customerPage.getByTestId('conversation');
    const courierList = courierPage.locator(`li[data-order-id="${orderId}"]`).getByTestId('conversation').getByRole('list', { name: 'Messages' });
    const cursors: number[] = [];
    courierPage.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { type?: string; payload?: { operationName?: string; variables?: { after?: number } } };
        if (message.type === 'subscribe' && message.payload?.operationName === 'MessageStream') cursors.push(Number(message.payload.variables?.after));
      }),
    );
    await courierPage.context().setOffline(true);
    await shows(courierPage.getByTestId('connection-indicator').and(courierPage.locator('[data-state="reconnecting"]')));
    for (const text of ['Gate code 4711', 'Second floor']) {
      await customerChat.getByRole('textbox', { name: 'Message' }).fill(text);
      await customerChat.getByRole('button', { name: 'Send' }).click();
      await shows(customerChat.getByText(text));
      await expect.poll(() => customerChat.getByRole('textbox', { name: 'Message' }).inputValue(), { timeout: STEP_TIMEOUT_MS }).toBe('');
    }
    await courierPage.context().setOffline(false);
    await expect.poll(() => texts(courierList), { timeout: STEP_TIMEOUT_MS }).toEqual(['Message deleted', 'No hurry, actually', 'I’m outside', 'Gate code 4711', 'Second floor']);
    expect(cursors.length, 'the stream is asked for again after the reconnect').toBeGreaterThan(0);
    expect(Math.min(...cursors), 'from the last revision held, not from the start').toBeGreaterThan(0);
  });

  it('does not open the conversation for another customer', async () => {
    expect(orderId, 'needs the first case').not.toBe('');
    const page = await h.newPage();
    await signUp(page, h.appUrl, stranger);
    await page.goto(`${h.appUrl}/orders/${orderId}`);
    await shows(page.getByRole('heading', { name: 'Order not found' }));
    expect(await page.getByTestId('conversation').count()).toBe(0);
    // Nor by asking the engine directly with the stranger's own token: no row, no aggregate.
    const answer = await page.evaluate(
      async ({ url, orderId, query }) => {
        const raw = sessionStorage.getItem('3factor.session') ?? localStorage.getItem('3factor.session') ?? '{}';
        const token = (JSON.parse(raw) as { token?: string }).token;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query,
            variables: { o: orderId },
          }),
        });
        return response.json();
      },
      { url: h.stack.graphqlUrl, orderId, query: STRANGER_READS_MESSAGES },
    );
    expect(answer).toEqual({ data: { order_messages: [], order_messages_aggregate: { aggregate: { count: 0 } } } });
  });
});
