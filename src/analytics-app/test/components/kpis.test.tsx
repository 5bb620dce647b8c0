// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { KpiPanel, KPIS_SUBSCRIPTION, type Kpis } from '../../src/kpis/KpiPanel.js';
import { createLiveLink } from './support/live-link.js';

const kpis = (overrides: Partial<Kpis> = {}) => ({
  __typename: 'analytics_kpis',
  orders_today: 6,
  in_flight: 2,
  delivered_today: 2,
  failed_today: 3,
  payment_failures_today: 1,
  paid_orders_today: 3,
  revenue_today_cents: 5500,
  average_basket_cents: 1833,
  ...overrides,
});

const value = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent;

describe('KpiPanel', () => {
  it('shows each figure of analytics_kpis, money in dollars', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: KPIS_SUBSCRIPTION }, result: { data: { analytics_kpis: [kpis()] } } }]}>
        <KpiPanel />
      </MockedProvider>,
    );
    expect(await screen.findByText('$55.00')).toBeTruthy();
    expect(value('Orders today')).toBe('6');
    expect(value('In flight')).toBe('2');
    expect(value('Delivered today')).toBe('2');
    expect(value('Ended undelivered today')).toBe('3');
    expect(value('Average basket')).toBe('$18.33');
    expect(screen.getByText('3 paid orders, less refunds of declined or cancelled orders')).toBeTruthy();
    expect(screen.getByText('rejected or cancelled since midnight, whenever placed · 1 declined payment')).toBeTruthy();
    // The period is said, apart from the funnel's (orders placed today).
    expect(screen.getByTestId('kpis-period').textContent).toBe('Since midnight (server time): what happened today, whatever day the order was placed.');
  });

  it('waits for the first result, then follows every pushed result without a reload', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <KpiPanel />
      </MockedProvider>,
    );
    expect(screen.getByText('Waiting for the first figures…')).toBeTruthy();
    await act(async () => live.push('DashboardKpis', { analytics_kpis: [kpis()] }));
    expect(value('Orders today')).toBe('6');
    // Revenue arrives as a string when the engine stringifies bigint; the panel reads both.
    await act(async () => live.push('DashboardKpis', { analytics_kpis: [kpis({ orders_today: 7, revenue_today_cents: '123456', average_basket_cents: null })] }));
    expect(value('Orders today')).toBe('7');
    expect(value('Revenue today')).toBe('$1,234.56');
    expect(value('Average basket')).toBe('—');
  });

  it('says so when the subscription is refused', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <KpiPanel />
      </MockedProvider>,
    );
    await act(async () => live.fail('DashboardKpis', "field 'analytics_kpis' not found in type: 'subscription_root'"));
    expect((await screen.findByRole('alert')).textContent).toContain("field 'analytics_kpis' not found");
  });
});
