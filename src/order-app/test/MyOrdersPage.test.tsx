// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { MyOrdersPage } from '../src/orders/MyOrdersPage.js';
import { push, renderWithProviders } from './render.js';

const row = (n: number, status: string) => ({
  __typename: 'orders',
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  status,
  total_cents: status === 'placed' ? null : 1000 + n,
  created_at: new Date(Date.UTC(2025, 2, 1, 12, n)).toISOString(),
  restaurant: { __typename: 'restaurants', id: 1, name: 'Bella Cucina' },
});

describe('MyOrdersPage', () => {
  it('lists orders live as the engine sends them, with links to each, and pages through them', async () => {
    const { subscriptions } = renderWithProviders(<MyOrdersPage page={2} />);
    // Both subscriptions share the mock link; each result carries the root field its query reads.
    act(() =>
      push(subscriptions, {
        orders: [row(12, 'delivered'), row(11, 'payment_failed')],
        orders_aggregate: { __typename: 'orders_aggregate', aggregate: { __typename: 'orders_aggregate_fields', count: 25 } },
      }),
    );
    const list = await screen.findByRole('list', { name: 'Orders' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('href')).toBe('/orders/00000000-0000-4000-8000-000000000012');
    expect(within(links[1]!).getByText('Payment failed')).toBeTruthy();
    expect(screen.getByText('25 orders, newest first')).toBeTruthy();
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Newer' }).getAttribute('href')).toBe('/orders');
    expect(screen.getByRole('link', { name: 'Older →' }).getAttribute('href')).toBe('/orders?page=3');

    act(() =>
      push(subscriptions, {
        orders: [row(12, 'delivered'), row(11, 'paid')],
        orders_aggregate: { __typename: 'orders_aggregate', aggregate: { __typename: 'orders_aggregate_fields', count: 25 } },
      }),
    );
    expect(await within(list).findByText('Payment received')).toBeTruthy();
  });

  it('invites a first order when there is none', async () => {
    const { subscriptions } = renderWithProviders(<MyOrdersPage page={1} />);
    act(() => push(subscriptions, { orders: [], orders_aggregate: { __typename: 'orders_aggregate', aggregate: { __typename: 'orders_aggregate_fields', count: 0 } } }));
    expect(await screen.findByText('You have not ordered anything yet.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages of orders' })).toBeNull();
  });

  it('still offers older orders when the count is not available', async () => {
    const { subscriptions } = renderWithProviders(<MyOrdersPage page={1} />);
    act(() => subscriptions.simulateResult({ result: { data: { orders: Array.from({ length: 10 }, (_, i) => row(20 - i, 'delivered')) } } }));
    await screen.findByRole('list', { name: 'Orders' });
    expect(screen.getByRole('link', { name: 'Older →' }).getAttribute('href')).toBe('/orders?page=2');
  });
});
