import { describe, expect, it } from 'vitest';
import { isRatingEditable, ratingEditableUntil, ratingInput, ratingProblems, RATING_EDIT_WINDOW_MS, MAX_COMMENT_LENGTH } from '../src/ratings/rating-rules.js';
import { ratingRefusal } from '../src/ratings/rating-refusal.js';

const draft = (restaurantStars: number | null, courierStars: number | null = null, comment = '') => ({ restaurantStars, courierStars, comment });

describe('rating rules, as the form shows them', () => {
  it('needs 1-5 stars for the restaurant; the courier is optional, and only when there was one', () => {
    expect(ratingProblems(draft(5), true)).toEqual([]);
    expect(ratingProblems(draft(1, 5), true)).toEqual([]);
    expect(ratingProblems(draft(null), true)).toEqual(['Choose 1 to 5 stars for the restaurant.']);
    expect(ratingProblems(draft(0), true)).toEqual(['Choose 1 to 5 stars for the restaurant.']);
    expect(ratingProblems(draft(2.5), true)).toEqual(['Choose 1 to 5 stars for the restaurant.']);
    expect(ratingProblems(draft(4, 6), true)).toEqual(['Choose 1 to 5 stars for the courier.']);
    expect(ratingProblems(draft(4, 5), false)).toEqual(['This order had no courier to rate.']);
  });

  it('shows every problem at once', () => {
    expect(ratingProblems(draft(null, 9, 'x'.repeat(MAX_COMMENT_LENGTH + 1)), true)).toEqual([
      'Choose 1 to 5 stars for the restaurant.',
      'Choose 1 to 5 stars for the courier.',
      `Keep the comment under ${MAX_COMMENT_LENGTH} characters.`,
    ]);
  });

  it('is editable for a day after it was given, to the millisecond', () => {
    const createdAt = '2026-12-06T10:00:00.000Z';
    const given = Date.parse(createdAt);
    expect(ratingEditableUntil(createdAt)).toBe(given + RATING_EDIT_WINDOW_MS);
    expect(isRatingEditable(createdAt, given + RATING_EDIT_WINDOW_MS)).toBe(true);
    expect(isRatingEditable(createdAt, given + RATING_EDIT_WINDOW_MS + 1)).toBe(false);
  });

  it('sends an empty or blank comment as no comment', () => {
    expect(ratingInput(draft(4, null, '   '))).toEqual({ restaurant_stars: 4, courier_stars: null, comment: null });
    expect(ratingInput(draft(4, 3, ' Lovely '))).toEqual({ restaurant_stars: 4, courier_stars: 3, comment: 'Lovely' });
  });
});

describe('ratingRefusal', () => {
  it('says each of the database’s reasons in words, and nothing for other errors', () => {
    expect(ratingRefusal(['Uniqueness violation. duplicate key value violates unique constraint "ratings_pkey"'])).toBe('This order has already been rated.');
    expect(ratingRefusal(['Check constraint violation. order 1 can be rated once it is delivered; it is picked_up'])).toBe('An order can be rated once it is delivered.');
    expect(ratingRefusal(['Check constraint violation. a rating can be changed for a day after it is given'])).toMatch(/for a day/);
    expect(ratingRefusal(['Check constraint violation. order 1 had no courier to rate'])).toBe('This order had no courier to rate.');
    expect(ratingRefusal(['Check constraint violation. only the customer who placed order 1 may rate it'])).toMatch(/Only the customer/);
    expect(ratingRefusal(['connection reset'])).toBeNull();
    expect(ratingRefusal([])).toBeNull();
  });
});
