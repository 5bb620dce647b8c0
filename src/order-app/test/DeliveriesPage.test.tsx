// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeliveriesPage, ME_AS_AGENT } from '../src/deliveries/DeliveriesPage.js';
import { MARK_PICKED_UP } from '../src/deliveries/use-mark-picked-up.js';
import { MARK_DELIVERED } from '../src/deliveries/use-mark-delivered.js';
import { UNDO_WINDOW_MS } from '../src/deliveries/use-undo-window.js';
import { agentSession, push, renderWithProviders } from './render.js';
import { ORDER_ID } from './fixtures.js';

const delivery = (status: string) => ({
  __typename: 'orders',
  id: ORDER_ID,
  status,
  delivery_address: '1 Main Street, Springfield',
  agent_assigned_at: '2025-03-01T12:01:00Z',
  picked_up_at: status === 'picked_up' ? '2025-03-01T12:10:00Z' : null,
  delivered_at: null,
  restaurant: { __typename: 'restaurants', id: 1, name: 'Bella Cucina' },
  items: [{ __typename: 'order_items', id: 1, quantity: 3, menu_item: { __typename: 'menu_items', id: 1, name: 'Margherita' } }],
});

const step = (steps: string[], query: typeof MARK_PICKED_UP | typeof MARK_DELIVERED, status: string) => ({
  request: { query, variables: (v: { id: string }) => (steps.push(`${status}:${v.id}`), true) },
  result: { data: { update_orders_by_pk: { __typename: 'orders', id: ORDER_ID, status, picked_up_at: null, delivered_at: null } } },
});

describe('DeliveriesPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the assignment, then marks it picked up and delivered, one step at a time', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const steps: string[] = [];
    const { subscriptions } = renderWithProviders(<DeliveriesPage />, {
      session: agentSession,
      mocks: [
        { request: { query: ME_AS_AGENT, variables: {} }, result: { data: { agents: [{ __typename: 'agents', id: 1, name: 'Dave', is_available: false }] } } },
        step(steps, MARK_PICKED_UP, 'picked_up'),
        step(steps, MARK_DELIVERED, 'delivered'),
      ],
    });
    expect(await screen.findByRole('heading', { name: "Dave's deliveries" })).toBeTruthy();
    act(() => push(subscriptions, { orders: [delivery('agent_assigned')] }));
    const list = await screen.findByRole('list', { name: 'Current assignments' });
    expect(within(list).getByText('Bella Cucina')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: 'Mark delivered' })).toBeNull();
    await user.click(within(list).getByRole('button', { name: 'Mark picked up' }));
    await waitFor(() => expect(steps).toEqual([`picked_up:${ORDER_ID}`]));

    act(() => push(subscriptions, { orders: [delivery('picked_up')] }));
    await user.click(await screen.findByRole('button', { name: 'Mark delivered' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delivered' }));
    // Written once the undo window has passed, not before.
    expect((await screen.findByTestId('delivery-undo')).textContent).toMatch(/Marked delivered: saving in 5 s\./);
    expect(steps).toEqual([`picked_up:${ORDER_ID}`]);
    act(() => vi.advanceTimersByTime(UNDO_WINDOW_MS + 100));
    await waitFor(() => expect(steps).toEqual([`picked_up:${ORDER_ID}`, `delivered:${ORDER_ID}`]));
  });

  it('takes a delivery back within the undo window: nothing is written', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const steps: string[] = [];
    const { subscriptions } = renderWithProviders(<DeliveriesPage />, {
      session: agentSession,
      mocks: [
        { request: { query: ME_AS_AGENT, variables: {} }, result: { data: { agents: [{ __typename: 'agents', id: 1, name: 'Dave', is_available: false }] } } },
        step(steps, MARK_DELIVERED, 'delivered'),
      ],
    });
    act(() => push(subscriptions, { orders: [delivery('picked_up')] }));
    await user.click(await screen.findByRole('button', { name: 'Mark delivered' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delivered' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    act(() => vi.advanceTimersByTime(UNDO_WINDOW_MS * 2));
    expect(await screen.findByRole('button', { name: 'Mark delivered' })).toBeTruthy();
    expect(screen.queryByTestId('delivery-undo')).toBeNull();
    expect(steps).toEqual([]);
  });
});
