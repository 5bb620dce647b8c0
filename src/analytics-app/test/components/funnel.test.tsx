// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { FunnelPanel, type FunnelBranch, type FunnelStage } from '../../src/funnel/FunnelPanel.js';
import { createLiveLink } from './support/live-link.js';

function stage(position: number, name: string, reached: number, extra: Partial<FunnelStage> = {}) {
  return { __typename: 'analytics_funnel', position, stage: name, reached, waiting: 0, dropped: 0, conversion_from_previous: null, conversion_from_placed: null, ...extra };
}
const branch = (position: number, from_stage: string, outcome: string, orders: number): FunnelBranch & { __typename: string } => ({
  __typename: 'analytics_funnel_branches',
  position,
  from_stage,
  outcome,
  orders,
});

const today = [
  stage(1, 'placed', 6, { dropped: 2, conversion_from_placed: '1.0000' }),
  stage(2, 'validated', 4, { conversion_from_previous: '0.6667' }),
  stage(3, 'paid', 4, { waiting: 1, dropped: 1, conversion_from_previous: '1.0000' }),
  stage(4, 'approved', 2, { waiting: 1, conversion_from_previous: '0.5000' }),
  stage(5, 'agent_assigned', 1, { conversion_from_previous: '0.5000' }),
  stage(6, 'delivered', 1, { conversion_from_previous: '1.0000' }),
];
const branches = [
  branch(1, 'placed', 'rejected', 1),
  branch(2, 'placed', 'cancelled', 1),
  branch(3, 'validated', 'payment_failed', 0),
  branch(4, 'validated', 'cancelled', 0),
  branch(5, 'paid', 'restaurant_rejected', 1),
];

function renderLive() {
  const live = createLiveLink();
  render(
    <MockedProvider link={live.link}>
      <FunnelPanel />
    </MockedProvider>,
  );
  return live;
}

describe('FunnelPanel', () => {
  it('shows every stage, including Assigned, with conversion, waiting orders and failure branches', async () => {
    const live = renderLive();
    await act(async () => {
      live.push('DashboardFunnel', { analytics_funnel: today });
      live.push('DashboardFunnelBranches', { analytics_funnel_branches: branches });
    });
    const stages = screen.getAllByRole('listitem');
    expect(stages.map((li) => li.getAttribute('data-stage'))).toEqual(['placed', 'validated', 'paid', 'approved', 'agent_assigned', 'delivered']);
    // The original dashboard's "Assigned" series was always zero; here it is a stage like the others.
    expect(within(stages[4]!).getByText('Assigned')).toBeTruthy();
    expect(screen.getByTestId('funnel-agent_assigned').textContent).toBe('1');
    expect(within(stages[1]!).getByText('66.7% of previous')).toBeTruthy();
    expect(within(stages[2]!).getByText('1 waiting here')).toBeTruthy();
    expect(within(stages[0]!).getByText('↳ 1 order rejected')).toBeTruthy();
    expect(within(stages[0]!).getByText('↳ 1 cancelled')).toBeTruthy();
    expect(within(stages[2]!).getByText('↳ 1 restaurant declined')).toBeTruthy();
    // Empty branches are not listed.
    expect(screen.queryByText(/payment failed/)).toBeNull();
    const bars = screen.getAllByRole('meter');
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).toEqual(['100', '67', '67', '33', '17', '17']);
    // It says which orders it counts: those placed today, not what happened today.
    expect(screen.getByRole('heading', { name: 'Funnel: orders placed today' })).toBeTruthy();
    expect(screen.getByTestId('funnel-period').textContent).toBe('The orders placed since midnight (server time), each counted at the furthest stage it reached.');
  });

  it('moves when a new result arrives', async () => {
    const live = renderLive();
    await act(async () => {
      live.push('DashboardFunnel', { analytics_funnel: today });
      live.push('DashboardFunnelBranches', { analytics_funnel_branches: branches });
    });
    await act(async () => live.push('DashboardFunnel', { analytics_funnel: today.map((s) => (s.stage === 'placed' ? { ...s, reached: 7 } : s)) }));
    expect(screen.getByTestId('funnel-placed').textContent).toBe('7');
  });
});
