// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { TipsAndPromosPanel } from '../../src/money/TipsAndPromosPanel.js';
import { createLiveLink } from './support/live-link.js';

describe('TipsAndPromosPanel', () => {
  it('shows the average tip and promo use with the period they cover', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <TipsAndPromosPanel />
      </MockedProvider>,
    );
    expect(screen.getByText('Waiting for the first figures…')).toBeTruthy();
    await act(async () =>
      live.push('DashboardTipsAndPromos', {
        analytics_tips_and_promos: [
          {
            __typename: 'analytics_tips_and_promos',
            period_start: '2026-11-30T12:00:00Z',
            period_end: '2026-12-07T12:00:00Z',
            paid_orders: '120',
            tipped_orders: '80',
            tipped_after_delivery_orders: '12',
            average_tip_cents: 267,
            average_tip_when_tipped_cents: 400,
            promo_orders: '15',
            promo_discount_cents: '4520',
          },
        ],
      }),
    );
    const panel = screen.getByRole('region', { name: 'Tips and promo codes' });
    expect(within(panel).getByTestId('money-period').textContent).toMatch(/^Orders paid from .+ to .+ \(the last 7 days\): 120 orders\.$/);
    expect(panel.querySelector('[data-kpi="Average tip"]')!.textContent).toBe('$2.67');
    expect(within(panel).getByText('80 tipped, $4.00 on average when tipped')).toBeTruthy();
    expect(within(panel).getByTestId('tipped-after-delivery').textContent).toBe('12 tipped after delivery (counted in the average with the checkout tip)');
    expect(panel.querySelector('[data-kpi="Promo codes used"]')!.textContent).toBe('15');
    expect(within(panel).getByText('$45.20 taken off')).toBeTruthy();
  });
});
