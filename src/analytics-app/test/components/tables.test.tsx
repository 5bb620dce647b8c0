// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { EventHealthPanel, triggerState, waitingFor, type TriggerHealth } from '../../src/event-health/EventHealthPanel.js';
import type { DeadEvent } from '../../src/event-health/DeadEvents.js';
import { fireEvent } from '@testing-library/react';
import { LatencyTable } from '../../src/latency/LatencyTable.js';
import { RESTAURANTS_LIMIT, RestaurantTable } from '../../src/restaurants/RestaurantTable.js';
import { createLiveLink } from './support/live-link.js';

function renderLive(ui: ReactNode) {
  const live = createLiveLink();
  render(<MockedProvider link={live.link}>{ui}</MockedProvider>);
  return live;
}
const METADATA_URL = 'http://engine.test/v1/metadata';
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

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
    const live = renderLive(<EventHealthPanel metadataUrl={METADATA_URL} />);
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
    const live = renderLive(<EventHealthPanel metadataUrl={METADATA_URL} />);
    await act(async () => live.push('DashboardEventHealth', { analytics_event_delivery_health: [] }));
    expect(screen.getByText(/No event triggers yet/)).toBeTruthy();
  });

  it('shows how long the oldest undelivered event of each trigger has waited', () => {
    const now = Date.parse('2030-01-01T10:05:00Z');
    expect(waitingFor(null, now)).toBe('—');
    expect(waitingFor('2030-01-01T10:04:58Z', now)).toBe('2 s');
    expect(waitingFor('2030-01-01T10:01:55Z', now)).toBe('3 min 5 s');
    expect(waitingFor('2030-01-01T07:05:00Z', now)).toBe('3 h');
  });

  it('puts the age of a waiting courier assignment in its row', async () => {
    const live = renderLive(<EventHealthPanel metadataUrl={METADATA_URL} />);
    const oldest = new Date(Date.now() - 10 * 60_000).toISOString();
    await act(async () =>
      live.push('DashboardEventHealth', { analytics_event_delivery_health: [health({ trigger_name: 'agent-assignment', retrying: 1, oldest_pending_at: oldest })] }),
    );
    const [, agents] = screen.getAllByRole('row');
    expect(cells(agents!)[4]).toMatch(/^10 min/);
  });
});

describe('DeadEvents', () => {
  const dead = (over: Partial<DeadEvent>): DeadEvent & { __typename: string } => ({
    __typename: 'analytics_dead_events',
    event_id: 'ev-1',
    trigger_name: 'validate-order',
    table_name: 'orders',
    order_id: '11111111-2222-4333-8444-555555555555',
    created_at: '2030-01-01T10:00:00Z',
    tries: 101,
    last_error: 'connection refused',
    last_error_status: null,
    last_attempt_at: '2030-01-01T10:16:40Z',
    ...over,
  });

  function fakeEngine(answer: { status: number; body: unknown }) {
    const calls: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];
    const fetchImpl = async (url: string, init?: RequestInit) => {
      calls.push({ url, headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    };
    return { calls, fetchImpl };
  }

  async function renderWithDeadEvent(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>) {
    const live = renderLive(<EventHealthPanel metadataUrl={METADATA_URL} fetchImpl={fetchImpl} />);
    const failing = {
      __typename: 'analytics_event_delivery_health',
      trigger_name: 'validate-order',
      pending: 0,
      retrying: 0,
      failed: 1,
      oldest_pending_at: null,
      last_error: null,
      last_error_status: null,
      last_error_at: null,
    };
    await act(async () => live.push('DashboardEventHealth', { analytics_event_delivery_health: [failing] }));
    await act(async () => live.push('DashboardDeadEvents', { analytics_dead_events: [dead({})] }));
  }

  it('lists a dead event with its order and last error, and redelivers it with the admin secret through pg_redeliver_event', async () => {
    sessionStorage.clear();
    const engine = fakeEngine({ status: 200, body: { message: 'success' } });
    await renderWithDeadEvent(engine.fetchImpl);
    const row = screen.getByText('11111111').closest('tr')!;
    expect(within(row).getByText(/connection refused/)).toBeTruthy();
    expect(within(row).getByText('101')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Admin secret/), { target: { value: 's3cret' } });
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: 'Redeliver' })));
    expect(engine.calls).toEqual([
      {
        url: METADATA_URL,
        headers: expect.objectContaining({ 'x-hasura-admin-secret': 's3cret' }),
        body: { type: 'pg_redeliver_event', args: { event_id: 'ev-1', source: 'default' } },
      },
    ]);
    expect(within(row).getByRole('button', { name: 'Redelivered' })).toHaveProperty('disabled', true);
  });

  it('says so when the admin secret is missing or refused, and sends nothing without one', async () => {
    sessionStorage.clear();
    const engine = fakeEngine({ status: 401, body: { path: '$', error: 'invalid x-hasura-admin-secret/x-hasura-access-key', code: 'access-denied' } });
    await renderWithDeadEvent(engine.fetchImpl);
    const row = screen.getByText('11111111').closest('tr')!;
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: 'Redeliver' })));
    expect(within(row).getByRole('alert').textContent).toMatch(/Enter the admin secret/);
    expect(engine.calls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText(/Admin secret/), { target: { value: 'wrong' } });
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: 'Redeliver' })));
    expect(within(row).getByRole('alert').textContent).toMatch(/admin secret was not accepted/);
  });

  it('shows nothing while no event is dead', async () => {
    const live = renderLive(<EventHealthPanel metadataUrl={METADATA_URL} />);
    await act(async () => live.push('DashboardDeadEvents', { analytics_dead_events: [] }));
    expect(screen.queryByText(/Dead events/)).toBeNull();
  });
});
