// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ORDER_RATING, RateOrder } from '../src/ratings/RateOrder.js';
import { RATE_ORDER } from '../src/ratings/use-rate-order.js';
import { UPDATE_RATING } from '../src/ratings/use-update-rating.js';
import { renderWithProviders } from './render.js';

const ORDER_ID = '6f1c2d9e-0000-4000-8000-000000000001';
const order = (agent_assigned_at: string | null) => ({ __typename: 'orders', id: ORDER_ID, agent_assigned_at });
const rating = (restaurant_stars: number, courier_stars: number | null, comment: string | null, created_at = new Date().toISOString()) => ({
  __typename: 'ratings',
  order_id: ORDER_ID,
  restaurant_stars,
  courier_stars,
  comment,
  created_at,
  updated_at: created_at,
});
const ratingQuery = (ratings_by_pk: ReturnType<typeof rating> | null, agentAssignedAt: string | null = '2026-12-06T10:00:00Z') => ({
  request: { query: ORDER_RATING, variables: { orderId: ORDER_ID } },
  result: { data: { ratings_by_pk, orders_by_pk: order(agentAssignedAt) } },
});

describe('RateOrder', () => {
  it('sends the stars and comment, then shows the rating given, changeable that day', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RateOrder orderId={ORDER_ID} />, {
      mocks: [
        ratingQuery(null),
        {
          request: { query: RATE_ORDER, variables: { object: { order_id: ORDER_ID, restaurant_stars: 4, courier_stars: 5, comment: 'Hot' } } },
          result: { data: { insert_ratings_one: rating(4, 5, 'Hot') } },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Rate this order' });
    await user.click(within(form).getByRole('button', { name: 'Send rating' }));
    expect(within(form).getByRole('alert').textContent).toBe('Choose 1 to 5 stars for the restaurant.');
    await user.click(within(within(form).getByRole('group', { name: 'The restaurant' })).getByRole('radio', { name: '4 stars' }));
    await user.click(within(within(form).getByRole('group', { name: 'The courier (optional)' })).getByRole('radio', { name: '5 stars' }));
    await user.type(within(form).getByLabelText('Comment (optional)'), ' Hot ');
    await user.click(within(form).getByRole('button', { name: 'Send rating' }));
    const summary = await screen.findByTestId('rating-summary');
    expect(within(summary).getByLabelText('4 stars')).toBeTruthy();
    expect(within(summary).getByLabelText('5 stars')).toBeTruthy();
    expect(summary.textContent).toMatch(/Hot/);
    expect(screen.getByRole('button', { name: 'Change rating' })).toBeTruthy();
  });

  it('offers no courier stars when the order had no courier', async () => {
    renderWithProviders(<RateOrder orderId={ORDER_ID} />, { mocks: [ratingQuery(null, null)] });
    const form = await screen.findByRole('form', { name: 'Rate this order' });
    expect(within(form).queryByRole('group', { name: 'The courier (optional)' })).toBeNull();
  });

  it('says the database’s reason when it refuses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RateOrder orderId={ORDER_ID} />, {
      mocks: [
        ratingQuery(null),
        {
          request: { query: RATE_ORDER, variables: () => true },
          result: {
            errors: [{ message: 'Uniqueness violation. duplicate key value violates unique constraint "ratings_pkey"', extensions: { code: 'constraint-violation', path: '$' } }],
          },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Rate this order' });
    await user.click(within(within(form).getByRole('group', { name: 'The restaurant' })).getByRole('radio', { name: '3 stars' }));
    await user.click(within(form).getByRole('button', { name: 'Send rating' }));
    expect((await screen.findByText('This order has already been rated.')).getAttribute('role')).toBe('alert');
  });

  it('changes a rating within its day, from the values given; after the day it only thanks', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<RateOrder orderId={ORDER_ID} />, {
      mocks: [
        ratingQuery(rating(2, null, 'Cold')),
        {
          request: { query: UPDATE_RATING, variables: { orderId: ORDER_ID, set: { restaurant_stars: 5, courier_stars: null, comment: 'Cold' } } },
          result: { data: { update_ratings_by_pk: rating(5, null, 'Cold') } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Change rating' }));
    const form = screen.getByRole('form', { name: 'Rate this order' });
    expect((within(form).getByLabelText('Comment (optional)') as HTMLTextAreaElement).value).toBe('Cold');
    await user.click(within(within(form).getByRole('group', { name: 'The restaurant' })).getByRole('radio', { name: '5 stars' }));
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));
    expect(within(await screen.findByTestId('rating-summary')).getByLabelText('5 stars')).toBeTruthy();
    unmount();

    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
    renderWithProviders(<RateOrder orderId={ORDER_ID} />, { mocks: [ratingQuery(rating(3, null, null, twoDaysAgo))] });
    expect(await screen.findByText('Thank you for rating this order.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change rating' })).toBeNull();
  });
});
