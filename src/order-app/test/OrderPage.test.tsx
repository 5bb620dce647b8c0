// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { OrderPage } from '../src/orders/OrderPage.js';
import { CANCEL_ORDER } from '../src/orders/use-cancel-order.js';
import { push, renderWithProviders } from './render.js';
import { liveOrder, ORDER_ID } from './fixtures.js';

function renderOrderPage(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  return renderWithProviders(<OrderPage orderId={ORDER_ID} />, { mocks });
}

const live = (data: unknown) => ({ orders_by_pk: data });
const recent = () => new Date().toISOString();

describe('OrderPage', () => {
  it('follows the order live: waiting for validation, then the payment form with the server total', async () => {
    const { subscriptions } = renderOrderPage();
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading your order…');

    act(() => push(subscriptions, live(liveOrder(['placed'], { startedAt: recent() }))));
    expect(await screen.findByTestId('awaiting-validation')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Pay / })).toBeNull();
    expect(screen.getByTestId('order-status').textContent).toBe('Order placed');

    act(() => push(subscriptions, live(liveOrder(['placed', 'validated'], { startedAt: recent() }))));
    expect(await screen.findByRole('button', { name: 'Pay $34.50' })).toBeTruthy();
    expect(screen.getByTestId('payment-amount').textContent).toBe('$34.50');
    expect(screen.getByText('4242 4242 4242 4242')).toBeTruthy();
    expect(screen.queryByTestId('awaiting-validation')).toBeNull();
  });

  it('draws the timeline from the status history, with times and the courier once assigned', async () => {
    const { subscriptions } = renderOrderPage();
    act(() =>
      push(subscriptions, live(liveOrder(['placed', 'validated', 'paid', 'approved', 'agent_assigned'], { payment: { status: 'succeeded' }, agent: 'Maya', startedAt: recent() }))),
    );
    const timeline = await screen.findByRole('list', { name: 'Order status timeline' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((s) => s.getAttribute('data-status'))).toEqual(['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'picked_up', 'delivered']);
    expect(within(steps[4]!).getByText(/Maya is your courier/)).toBeTruthy();
    expect(steps[4]!.querySelector('time')?.getAttribute('datetime')).toBeTruthy();
    expect(steps[5]!.querySelector('time')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('explains a declined card and offers the form again', async () => {
    const { subscriptions } = renderOrderPage();
    act(() =>
      push(subscriptions, live(liveOrder(['placed', 'validated', 'payment_failed'], { payment: { status: 'failed', failure_reason: 'card_declined' }, startedAt: recent() }))),
    );
    const alert = await screen.findByTestId('order-failure');
    expect(alert.textContent).toMatch(/Card declined\. Please try another card\./);
    expect(alert.textContent).toMatch(/ending 0002/);
    expect(screen.getByRole('heading', { name: 'Try another card' })).toBeTruthy();
  });

  it('explains a rejected order with its reason, and a restaurant rejection as refunded', async () => {
    const { subscriptions } = renderOrderPage();
    act(() => push(subscriptions, live(liveOrder(['placed', 'rejected'], { reason: 'Truffle risotto is sold out.' }))));
    expect((await screen.findByTestId('order-failure')).textContent).toMatch(/Truffle risotto is sold out\./);

    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid', 'restaurant_rejected'], { reason: 'Too busy right now', payment: { status: 'refunded' } }))));
    expect((await screen.findByText(/refunded in full/)).textContent).toMatch(/Too busy right now/);
    expect(screen.queryByRole('button', { name: /^Pay / })).toBeNull();
  });

  it('says so when a step takes longer than usual', async () => {
    const { subscriptions } = renderOrderPage();
    act(() =>
      push(
        subscriptions,
        live(liveOrder(['placed', 'validated', 'paid', 'approved'], { payment: { status: 'succeeded' }, startedAt: new Date(Date.now() - 3_600_000).toISOString() })),
      ),
    );
    expect((await screen.findByTestId('stall-notice')).textContent).toMatch(/Finding a courier is taking longer than usual/);
  });

  it('shows "not found" for an order the user cannot see', async () => {
    const { subscriptions } = renderOrderPage();
    act(() => push(subscriptions, live(null)));
    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeTruthy();
  });

  it('cancels while cancellable, with a confirmation step', async () => {
    const user = userEvent.setup();
    const { subscriptions } = renderOrderPage([
      {
        request: { query: CANCEL_ORDER, variables: { id: ORDER_ID } },
        result: { data: { update_orders_by_pk: { __typename: 'orders', id: ORDER_ID, status: 'cancelled', cancelled_at: recent() } } },
      },
    ]);
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated'], { startedAt: recent() }))));
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'cancelled'], { startedAt: recent() }))));
    expect((await screen.findByTestId('order-failure')).textContent).toMatch(/You cancelled this order/);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('tells the customer when the order moved on before the cancel arrived', async () => {
    const user = userEvent.setup();
    const { subscriptions } = renderOrderPage([{ request: { query: CANCEL_ORDER, variables: { id: ORDER_ID } }, result: { data: { update_orders_by_pk: null } } }]);
    act(() => push(subscriptions, live(liveOrder(['placed'], { startedAt: recent() }))));
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect((await screen.findByText(/can no longer be cancelled/)).getAttribute('role')).toBe('alert');
  });

  it('cancels a paid order the restaurant has not answered, saying it is refunded, then shows the refund live', async () => {
    const user = userEvent.setup();
    const { subscriptions } = renderOrderPage([
      {
        request: { query: CANCEL_ORDER, variables: { id: ORDER_ID } },
        result: { data: { update_orders_by_pk: { __typename: 'orders', id: ORDER_ID, status: 'cancelled', cancelled_at: recent() } } },
      },
    ]);
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid'], { payment: { status: 'succeeded' }, startedAt: recent() }))));
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    expect(screen.getByRole('group', { name: 'Confirm cancellation' }).textContent).toMatch(/Your payment of \$34\.50 will be refunded in full\./);
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid', 'cancelled'], { payment: { status: 'succeeded' }, startedAt: recent() }))));
    expect((await screen.findByTestId('order-failure')).textContent).toMatch(/Cancelled — refund on its way/);
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid', 'cancelled'], { payment: { status: 'refunded' }, startedAt: recent() }))));
    expect((await screen.findByText('Cancelled — refunded')).closest('[data-testid="order-failure"]')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it("shows the database's refusal when the restaurant answered first, after the page has moved on", async () => {
    const user = userEvent.setup();
    const refusal = `Check constraint violation. order ${ORDER_ID} can no longer be cancelled: it is already approved`;
    const { subscriptions } = renderOrderPage([
      {
        request: { query: CANCEL_ORDER, variables: { id: ORDER_ID } },
        result: { errors: [{ message: refusal, extensions: { path: '$', code: 'permission-error' } }] },
      },
    ]);
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid'], { payment: { status: 'succeeded' }, startedAt: recent() }))));
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect((await screen.findByText(/can no longer be cancelled: the restaurant has already answered/)).getAttribute('role')).toBe('alert');
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid', 'approved'], { payment: { status: 'succeeded' }, startedAt: recent() }))));
    expect(await screen.findByText('Restaurant accepted', { selector: '[data-testid="order-status"]' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(screen.getByText(/can no longer be cancelled/)).toBeTruthy();
  });

  it('shows the total part by part once validated, and links a paid order to its receipt', async () => {
    const money = { delivery_fee_cents: 299, service_fee_cents: 149, tax_rate_bps: 875, tax_cents: 272, tip_cents: 500, discount_cents: 345, promo_code: 'WELCOME10' };
    const { subscriptions } = renderOrderPage();
    act(() => push(subscriptions, live(liveOrder(['placed', 'validated'], { startedAt: recent(), money }))));
    const breakdown = await screen.findByTestId('price-breakdown');
    expect(within(breakdown).getByTestId('breakdown-items').textContent).toBe('$34.50');
    expect(within(breakdown).getByTestId('breakdown-discount').textContent).toBe('−$3.45');
    expect(within(breakdown).getByText('Promo WELCOME10')).toBeTruthy();
    expect(within(breakdown).getByTestId('breakdown-delivery').textContent).toBe('$2.99');
    expect(within(breakdown).getByTestId('breakdown-service').textContent).toBe('$1.49');
    expect(within(breakdown).getByText('Tax (8.75 %)')).toBeTruthy();
    expect(within(breakdown).getByTestId('breakdown-tax').textContent).toBe('$2.72');
    expect(within(breakdown).getByTestId('breakdown-tip').textContent).toBe('$5.00');
    expect(screen.getByTestId('order-total').textContent).toBe('$43.25');
    expect(screen.queryByRole('link', { name: 'See the receipt' })).toBeNull();

    act(() => push(subscriptions, live(liveOrder(['placed', 'validated', 'paid'], { payment: { status: 'succeeded' }, startedAt: recent(), money }))));
    expect((await screen.findByRole('link', { name: 'See the receipt' })).getAttribute('href')).toBe(`/orders/${ORDER_ID}/receipt`);
  });
});
