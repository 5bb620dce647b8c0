// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESTAURANTS, RestaurantsPage } from '../src/restaurants/RestaurantsPage.js';
import { renderWithProviders } from './render.js';

const restaurant = (
  id: number,
  name: string,
  cuisine: string,
  is_open: boolean,
  rating: { ratings_count: number; average_stars: number | null } = { ratings_count: 0, average_stars: null },
) => ({
  __typename: 'restaurants',
  id,
  name,
  cuisine,
  description: `${name}!`,
  is_open,
  rating: { __typename: 'restaurant_ratings', restaurant_id: id, ...rating },
});

describe('RestaurantsPage', () => {
  it('shows open and closed restaurants, and filters by cuisine', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RestaurantsPage />, {
      session: null,
      mocks: [
        {
          request: { query: RESTAURANTS, variables: {} },
          result: {
            data: {
              restaurants: [
                restaurant(1, 'Bella Cucina', 'Italian', true, { ratings_count: 12, average_stars: 4.25 }),
                restaurant(2, 'Sakura Sushi', 'Japanese', true),
                restaurant(6, 'Night Owl Diner', 'American', false),
              ],
            },
          },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Restaurants' });
    expect(within(list).getAllByRole('link')).toHaveLength(3);
    expect(within(list).getByRole('link', { name: /Night Owl Diner.*Closed/ })).toBeTruthy();
    // The public average and count; a restaurant nobody has rated yet is new.
    expect(
      within(list)
        .getByRole('link', { name: /Bella Cucina/ })
        .querySelector('.rating-badge')?.textContent,
    ).toBe('★ 4.3 (12 ratings)');
    expect(
      within(list)
        .getByRole('link', { name: /Sakura Sushi/ })
        .querySelector('.rating-badge')?.textContent,
    ).toBe('New');
    expect(
      within(list)
        .getByRole('link', { name: /Bella Cucina.*Open/ })
        .getAttribute('href'),
    ).toBe('/restaurants/1');

    await user.click(screen.getByRole('radio', { name: 'Japanese' }));
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.querySelector('.restaurant-name')?.textContent),
    ).toEqual(['Sakura Sushi']);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(within(list).getAllByRole('link')).toHaveLength(3);
  });

  it('shows the engine error instead of an empty page', async () => {
    renderWithProviders(<RestaurantsPage />, {
      session: null,
      mocks: [
        {
          request: { query: RESTAURANTS, variables: {} },
          result: { errors: [{ message: 'field "restaurants" not found in type: \'query_root\'', extensions: { code: 'validation-failed', path: '$' } }] },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/restaurants/);
  });
});
