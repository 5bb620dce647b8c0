// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@3factor/domain';
import { LiveFeed } from '../../src/feed/LiveFeed.js';
import { cursorAfter, FEED_WINDOW, mergeFeed, type FeedEntry } from '../../src/feed/feed-window.js';
import { ConnectionContext } from '../../src/connection/ConnectionContext.js';
import { createConnectionStore } from '../../src/connection/connection-state.js';
import { createLiveLink } from './support/live-link.js';

function entry(id: number, to_status: OrderStatus, from_status: OrderStatus | null = null): FeedEntry & { __typename: string } {
  const order_id = `0000000${id}-0000-4000-8000-000000000000`.slice(-36);
  return {
    __typename: 'order_status_history',
    id,
    order_id,
    from_status,
    to_status,
    changed_at: '2030-01-01T10:00:00Z',
    order: { id: order_id, total_cents: 2350, item_count: 3, restaurant: { id: 4, name: 'Sakura Sushi' } },
  };
}

describe('feed window', () => {
  it('keeps the newest first, each change once, at most the window size', () => {
    const first = mergeFeed([], [entry(1, 'placed'), entry(2, 'validated', 'placed')]);
    const next = mergeFeed(first, [entry(2, 'validated', 'placed'), entry(3, 'paid', 'validated')]);
    expect(next.map((e) => e.id)).toEqual([3, 2, 1]);
    const many = Array.from({ length: 120 }, (_, i) => entry(i + 1, 'placed'));
    const bounded = mergeFeed(next, many);
    expect(bounded).toHaveLength(FEED_WINDOW);
    expect(bounded[0]!.id).toBe(120);
    expect(bounded[FEED_WINDOW - 1]!.id).toBe(71);
  });

  it('starts the stream after the newest row shown, or from the beginning', () => {
    expect(cursorAfter([entry(7, 'placed'), entry(42, 'paid'), entry(9, 'placed')])).toBe(42);
    expect(cursorAfter([])).toBe(0);
  });
});

describe('LiveFeed', () => {
  it('fills the window from a query, then streams every change after it, newest on top', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <LiveFeed />
      </MockedProvider>,
    );
    expect(live.active('DashboardFeedStream')).toBe(0);
    await act(async () => live.push('DashboardFeedSeed', { order_status_history: [entry(11, 'validated', 'placed'), entry(10, 'placed')] }));
    // The stream waits for the seed, then starts right after its newest row.
    expect(live.variablesOf('DashboardFeedStream')).toEqual({ after: 11, batchSize: FEED_WINDOW });
    await act(async () => live.push('DashboardFeedStream', { order_status_history_stream: [entry(12, 'payment_failed', 'validated')] }));
    await act(async () => live.push('DashboardFeedStream', { order_status_history_stream: [entry(13, 'paid', 'payment_failed')] }));

    const items = within(screen.getByRole('list', { name: 'Status changes, newest first' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-to-status'))).toEqual(['paid', 'payment_failed', 'validated', 'placed']);
    expect(items[0]!.textContent).toContain('Payment failed → Payment received');
    expect(items[0]!.textContent).toContain('Sakura Sushi · 3 items · $23.50');
    expect(items[1]!.className).toBe('feed-failure');
  });

  it('resumes the stream after the newest row shown when the socket comes back, instead of replaying', async () => {
    const live = createLiveLink();
    const connection = createConnectionStore();
    render(
      <MockedProvider link={live.link}>
        <ConnectionContext.Provider value={connection}>
          <LiveFeed />
        </ConnectionContext.Provider>
      </MockedProvider>,
    );
    await act(async () => connection.dispatch({ type: 'connected' }));
    await act(async () => live.push('DashboardFeedSeed', { order_status_history: [entry(5, 'placed')] }));
    expect(live.variablesOf('DashboardFeedStream')).toEqual({ after: 5, batchSize: FEED_WINDOW });
    await act(async () => live.push('DashboardFeedStream', { order_status_history_stream: [entry(6, 'validated', 'placed'), entry(7, 'placed')] }));
    await act(async () => {
      connection.dispatch({ type: 'closed', code: 1006 });
      connection.dispatch({ type: 'connected' });
    });
    expect(live.variablesOf('DashboardFeedStream')).toEqual({ after: 7, batchSize: FEED_WINDOW });
    // The old stream is let go (Apollo tears it down on its own schedule).
    await waitFor(() => expect(live.active('DashboardFeedStream')).toBe(1));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('invites to place an order when nothing has happened yet', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <LiveFeed />
      </MockedProvider>,
    );
    await act(async () => live.push('DashboardFeedSeed', { order_status_history: [] }));
    expect(screen.getByText(/No orders yet/)).toBeTruthy();
    expect(live.variablesOf('DashboardFeedStream')).toEqual({ after: 0, batchSize: FEED_WINDOW });
  });
});

describe('feed window identity', () => {
  it('returns the same window when nothing new arrived, so React skips the render', () => {
    const window = mergeFeed([], [entry(2, 'validated', 'placed'), entry(1, 'placed')]);
    expect(mergeFeed(window, [entry(1, 'placed'), entry(2, 'validated', 'placed')])).toBe(window);
    expect(mergeFeed(window, [])).toBe(window);
    expect(mergeFeed(window, [entry(3, 'paid', 'validated')])).not.toBe(window);
  });
});
