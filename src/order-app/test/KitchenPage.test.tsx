// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KitchenPage, MY_RESTAURANT } from '../src/kitchen/KitchenPage.js';
import { APPROVE_ORDER } from '../src/kitchen/use-approve-order.js';
import { REJECT_ORDER } from '../src/kitchen/use-reject-order.js';
import { push, renderWithProviders, restaurantSession } from './render.js';
import { ORDER_ID } from './fixtures.js';

const kitchenOrder = (status: string) => ({
  __typename: 'orders',
  id: ORDER_ID,
  status,
  total_cents: 3450,
  delivery_address: '1 Main Street, Springfield',
  paid_at: '2025-03-01T12:00:05Z',
  items: [{ __typename: 'order_items', id: 1, quantity: 3, note: 'No basil, please', menu_item: { __typename: 'menu_items', id: 1, name: 'Margherita' } }],
});

const myRestaurant = (auto_approve: boolean) => ({
  request: { query: MY_RESTAURANT, variables: { userId: restaurantSession.userId } },
  result: {
    data: {
      users_by_pk: { __typename: 'users', id: restaurantSession.userId, restaurant: { __typename: 'restaurants', id: 1, name: 'Bella Cucina', auto_approve, is_open: true } },
    },
  },
});

describe('KitchenPage', () => {
  it('shows incoming paid orders live and accepts one', async () => {
    const user = userEvent.setup();
    const approved: string[] = [];
    const { subscriptions } = renderWithProviders(<KitchenPage />, {
      session: restaurantSession,
      mocks: [
        myRestaurant(false),
        {
          request: { query: APPROVE_ORDER, variables: (v: { id: string }) => (approved.push(v.id), true) },
          result: { data: { update_orders_by_pk: { __typename: 'orders', id: ORDER_ID, status: 'approved' } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Bella Cucina: incoming orders' })).toBeTruthy();
    act(() => push(subscriptions, { orders: [kitchenOrder('paid')] }));
    const waiting = await screen.findByRole('list', { name: 'Orders waiting for a decision' });
    expect(within(waiting).getByText('3 × Margherita')).toBeTruthy();
    expect(within(waiting).getByText('“No basil, please”')).toBeTruthy();
    await user.click(within(waiting).getByRole('button', { name: 'Accept order' }));
    await waitFor(() => expect(approved).toEqual([ORDER_ID]));
  });

  it('declines with a reason for the customer', async () => {
    const user = userEvent.setup();
    const rejected: Array<{ id: string; reason: string }> = [];
    const { subscriptions } = renderWithProviders(<KitchenPage />, {
      session: restaurantSession,
      mocks: [
        myRestaurant(false),
        {
          request: { query: REJECT_ORDER, variables: (v: { id: string; reason: string }) => (rejected.push(v), true) },
          result: { data: { update_orders_by_pk: { __typename: 'orders', id: ORDER_ID, status: 'restaurant_rejected', rejection_reason: 'Out of dough' } } },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Bella Cucina: incoming orders' });
    act(() => push(subscriptions, { orders: [kitchenOrder('paid')] }));
    await user.click(await screen.findByRole('button', { name: 'Decline…' }));
    const reason = screen.getByLabelText('Reason for the customer');
    await user.clear(reason);
    await user.type(reason, 'Out of dough');
    await user.click(screen.getByRole('button', { name: 'Decline and refund' }));
    await waitFor(() => expect(rejected).toEqual([{ id: ORDER_ID, reason: 'Out of dough' }]));
  });

  it('offers no decision to a restaurant that approves automatically', async () => {
    const { subscriptions } = renderWithProviders(<KitchenPage />, { session: restaurantSession, mocks: [myRestaurant(true)] });
    expect(await screen.findByText(/accepts paid orders automatically/)).toBeTruthy();
    act(() => push(subscriptions, { orders: [kitchenOrder('paid')] }));
    await screen.findAllByText('3 × Margherita');
    expect(screen.queryByRole('button', { name: 'Accept order' })).toBeNull();
  });
});
