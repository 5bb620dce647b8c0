import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { formatQuantity, formatStars } from '@3factor/domain';

// restaurant_ratings is a public view (every role, anonymous included): the average and count
// only, never who rated what.
export const RESTAURANT_RATING_FRAGMENT = graphql(`
  fragment RestaurantRating_rating on restaurant_ratings {
    restaurant_id
    ratings_count
    average_stars
  }
`);

/** "★ 4.5 (12 ratings)", or "New" for a restaurant nobody has rated yet. */
export function RestaurantRating(props: { rating: FragmentType<typeof RESTAURANT_RATING_FRAGMENT> | null }) {
  const rating = getFragmentData(RESTAURANT_RATING_FRAGMENT, props.rating);
  const count = rating?.ratings_count ?? 0;
  if (!rating || count === 0) return <span className="rating-badge is-new">New</span>;
  return (
    <span className="rating-badge" aria-label={`Rated ${formatStars(rating.average_stars)} out of 5 by ${formatQuantity(count, 'customer')}`}>
      ★ {formatStars(rating.average_stars)} <span className="muted">({formatQuantity(count, 'rating')})</span>
    </span>
  );
}
