// An order that ends early, as the customer and the kitchen see it: the customer cancels a paid
// order the restaurant has not answered and watches the refund arrive; an unpaid order is
// cancelled by its payment timeout while its page is open. Debian's Chromium against the whole
// stack, with the payment timeout set short for this file.
import { describe, it } from 'vitest';
import { checkout, fillCart, gone, logIn, payWith, shows, signUp, waitForStatus } from './actions.js';
import { DESKTOP, unique, useHarness } from './harness.js';

// Long enough to pay by hand in the first case (paying takes a few seconds), short enough to
// watch the timeout in the second.
const PAYMENT_TIMEOUT_SECONDS = 15;

describe('order app: cancellations', () => {
  const h = useHarness({ env: { ORDER_PAYMENT_TIMEOUT_SECONDS: String(PAYMENT_TIMEOUT_SECONDS) } });
  const customer = unique('cleo');

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
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();

    await waitForStatus(page, 'Cancelled');
    await shows(page.getByTestId('order-failure').getByText('Cancelled — refunded'));
    await shows(page.getByTestId('order-failure').getByText(/Your payment has been refunded in full\./));
    await gone(page.getByRole('button', { name: 'Cancel order' }));
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
    const orderId = await checkout(page, '6 Late Lane');
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
