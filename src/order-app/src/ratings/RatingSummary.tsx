import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { Stars } from './StarsInput.js';

export const RATING_SUMMARY_FRAGMENT = graphql(`
  fragment RatingSummary_rating on ratings {
    order_id
    restaurant_stars
    courier_stars
    comment
    created_at
    updated_at
  }
`);

/** A rating as given: the stars for the restaurant and the courier, and the comment. */
export function RatingSummary(props: { rating: FragmentType<typeof RATING_SUMMARY_FRAGMENT> }) {
  const rating = getFragmentData(RATING_SUMMARY_FRAGMENT, props.rating);
  return (
    <dl className="rating-summary" data-testid="rating-summary">
      <dt>Restaurant</dt>
      <dd>
        <Stars value={rating.restaurant_stars} />
      </dd>
      {rating.courier_stars !== null && (
        <>
          <dt>Courier</dt>
          <dd>
            <Stars value={rating.courier_stars} />
          </dd>
        </>
      )}
      {rating.comment && (
        <>
          <dt>Comment</dt>
          <dd className="rating-comment">{rating.comment}</dd>
        </>
      )}
    </dl>
  );
}
