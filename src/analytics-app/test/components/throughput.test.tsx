// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { ThroughputPanel } from '../../src/throughput/ThroughputPanel.js';
import { summarize, toSeries, type ThroughputBucket } from '../../src/throughput/throughput-series.js';
import { createLiveLink } from './support/live-link.js';

function hour(counts: Partial<Record<number, Partial<ThroughputBucket>>>): ThroughputBucket[] {
  const start = Date.parse('2030-01-01T10:00:00Z');
  return Array.from({ length: 60 }, (_, i) => ({
    bucket_start: new Date(start + i * 60_000).toISOString(),
    placed: 0,
    delivered: 0,
    failed: 0,
    ...counts[i],
  }));
}

describe('throughput series', () => {
  it('turns the 60 buckets into uPlot columns, time in Unix seconds', () => {
    const series = toSeries(hour({ 0: { placed: 2 }, 59: { delivered: 1 } }));
    expect(series[0]).toHaveLength(60);
    expect(series[0][0]).toBe(Date.parse('2030-01-01T10:00:00Z') / 1000);
    expect(series[0][59]! - series[0][58]!).toBe(60);
    expect(series[1][0]).toBe(2);
    expect(series[2][59]).toBe(1);
  });

  it('sums the hour, finds the peak minute and reads the last complete minute', () => {
    expect(summarize(hour({ 3: { placed: 4, failed: 1 }, 57: { placed: 1 }, 58: { placed: 2, delivered: 3 }, 59: { placed: 9 } }))).toEqual({
      placedLastHour: 16,
      deliveredLastHour: 3,
      failedLastHour: 1,
      peakPlacedPerMinute: 9,
      placedLastMinute: 2,
    });
  });
});

describe('ThroughputPanel', () => {
  it('draws the chart and a summary, and follows new results', async () => {
    const live = createLiveLink();
    const { container } = render(
      <MockedProvider link={live.link}>
        <ThroughputPanel />
      </MockedProvider>,
    );
    await act(async () => live.push('DashboardThroughput', { analytics_throughput: hour({ 10: { placed: 3 } }) }));
    expect(screen.getByTestId('placed-last-hour').textContent).toBe('3');
    expect(container.querySelector('.throughput-chart canvas')).not.toBeNull();
    expect(screen.getByRole('img', { name: 'Orders per minute over the last hour' })).toBeTruthy();
    await act(async () => live.push('DashboardThroughput', { analytics_throughput: hour({ 10: { placed: 3 }, 59: { placed: 2 } }) }));
    expect(screen.getByTestId('placed-last-hour').textContent).toBe('5');
    // One chart, updated in place.
    expect(container.querySelectorAll('.uplot')).toHaveLength(1);
  });
});
