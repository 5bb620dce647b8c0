// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { RATINGS_LIMIT, RatingsPanel } from '../../src/ratings/RatingsPanel.js';
import { createLiveLink } from './support/live-link.js';

const row = (restaurant_id: number, name: string, average_stars: number | string | null, ratings_count: number) => ({
  __typename: 'restaurant_ratings',
  restaurant_id,
  average_stars,
  ratings_count,
  restaurant: { __typename: 'restaurants', name },
});

describe('RatingsPanel', () => {
  it('asks for the best rated restaurants, bounded, and ranks them with their average and count; unrated ones show a dash', async () => {
    const live = createLiveLink();
    render(
      <MockedProvider link={live.link}>
        <RatingsPanel />
      </MockedProvider>,
    );
    expect(screen.getByText('Waiting for the first figures…')).toBeTruthy();
    await act(async () =>
      live.push('DashboardRatings', {
        restaurant_ratings: [row(4, 'Curry House', '4.67', 3), row(1, 'Bella Cucina', 4, 12), row(6, 'Night Owl Diner', null, 0)],
      }),
    );
    expect(live.variablesOf('DashboardRatings')).toEqual({ limit: RATINGS_LIMIT });
    const panel = screen.getByRole('region', { name: 'Best rated restaurants' });
    const [, first, second, third] = within(panel).getAllByRole('row');
    expect(within(first!).getByRole('rowheader').textContent).toBe('Curry House');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '★ 4.7', '3']);
    expect(
      within(second!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '★ 4.0', '12']);
    expect(
      within(third!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '—', '0']);
  });
});
