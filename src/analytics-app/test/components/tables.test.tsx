// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { EventHealthPanel, triggerState, type TriggerHealth } from '../../src/event-health/EventHealthPanel.js';
import { LatencyTable } from '../../src/latency/LatencyTable.js';
import { RESTAURANTS_LIMIT, RestaurantTable } from '../../src/restaurants/RestaurantTable.js';
import { createLiveLink } from './support/live-link.js';

function renderLive(ui: ReactNode) {
  const live = createLiveLink();
  render(<MockedProvider link={live.link}>{ui}</MockedProvider>);
  return live;
}
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('LatencyTable', () => {
  it('shows p50, p95 and the mean per stage in readable units, and a dash where there are no samples', async () => {
    const live = renderLive(<LatencyTable />);
    await act(async () =>
      live.push('DashboardStageLatency', {
        analytics_stage_latency: [
          { __typename: 'analytics_stage_latency', position: 1, stage: 'placed', samples: 5, p50_seconds: '0.250', p95_seconds: '8.800', avg_seconds: '4.000' },
          { __typename: 'analytics_stage_latency', position: 4, stage: 'paid', samples: 2, p50_seconds: 95, p95_seconds: 3725, avg_seconds: 120.4 },
          { __typename: 'analytics_stage_latency', position: 7, stage: 'picked_up', samples: 0, p50_seconds: null, p95_seconds: null, avg_seconds: null },
        ],
      }),
    );
    const [, placed, paid, pickedUp] = screen.getAllByRole('row');
    expect(within(placed!).getByRole('rowheader').textContent).toBe('Placed → validated or rejected');
    expect(cells(placed!)).toEqual(['250 ms', '8.8 s', '4 s', '5']);
    expect(cells(paid!)).toEqual(['1 min 35 s', '1 h 2 min', '2 min', '2']);
    expect(cells(pickedUp!)).toEqual(['—', '—', '—', '0']);
  });
});

describe('RestaurantTable', () => {
  it('asks for the busiest restaurants, bounded, and shows orders, revenue, rejection rate and approval time', async () => {
    const live = renderLive(<RestaurantTable />);
    await act(async () =>
      live.push('DashboardRestaurants', {
        analytics_restaurants: [
          {
            __typename: 'analytics_restaurants',
            restaurant_id: 1,
            name: 'Bella Cucina',
            is_open: true,
            auto_approve: false,
            orders_today: 12,
            in_flight: 3,
            revenue_today_cents: '15320',
            approved_today: 9,
            rejected_today: 1,
            rejection_rate: '0.1000',
            avg_approval_seconds: '42.500',
          },
          {
            __typename: 'analytics_restaurants',
            restaurant_id: 6,
            name: 'Night Owl Diner',
            is_open: false,
            auto_approve: true,
            orders_today: 0,
            in_flight: 0,
            revenue_today_cents: 0,
            approved_today: 0,
            rejected_today: 0,
            rejection_rate: null,
            avg_approval_seconds: null,
          },
        ],
      }),
    );
    expect(live.variablesOf('DashboardRestaurants')).toEqual({ limit: RESTAURANTS_LIMIT });
    const [, bella, owl] = screen.getAllByRole('row');
    expect(within(bella!).getByRole('rowheader').textContent).toBe('Bella Cucinamanual approval');
    expect(cells(bella!)).toEqual(['12', '3', '$153.20', '10%', '42.5 s']);
    expect(within(owl!).getByText('closed')).toBeTruthy();
    expect(cells(owl!)).toEqual(['0', '0', '$0.00', '—', '—']);
  });
});

describe('EventHealthPanel', () => {
  const health = (over: Partial<TriggerHealth>): TriggerHealth & { __typename: string } => ({
    __typename: 'analytics_event_delivery_health',
    trigger_name: 'payment',
    pending: 0,
    retrying: 0,
    failed: 0,
    oldest_pending_at: null,
    last_error: null,
    last_error_status: null,
    last_error_at: null,
    ...over,
  });

  it('classifies a trigger by its worst events', () => {
    expect(triggerState(health({}))).toBe('healthy');
    expect(triggerState(health({ pending: 2 }))).toBe('busy');
    expect(triggerState(health({ pending: 2, retrying: 1 }))).toBe('retrying');
    expect(triggerState(health({ retrying: 1, failed: 1 }))).toBe('failing');
  });

  it('lists each trigger with its counts and the last error of a failing one', async () => {
    const live = renderLive(<EventHealthPanel />);
    await act(async () =>
      live.push('DashboardEventHealth', {
        analytics_event_delivery_health: [
          health({ trigger_name: 'agent-assignment', retrying: 4, last_error: '{"error":"no agent is free"}', last_error_status: 503, last_error_at: '2030-01-01T10:00:11Z' }),
          health({ trigger_name: 'validate-order', pending: 1 }),
        ],
      }),
    );
    const [, agents, validate] = screen.getAllByRole('row');
    expect(cells(agents!).slice(0, 4)).toEqual(['Retrying', '0', '4', '0']);
    expect(within(agents!).getByText('503')).toBeTruthy();
    expect(within(agents!).getByText(/no agent is free/)).toBeTruthy();
    expect(cells(validate!).slice(0, 4)).toEqual(['Delivering', '1', '0', '0']);
  });

  it('explains an empty list', async () => {
    const live = renderLive(<EventHealthPanel />);
    await act(async () => live.push('DashboardEventHealth', { analytics_event_delivery_health: [] }));
    expect(screen.getByText(/No event triggers yet/)).toBeTruthy();
  });
});
