import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCount, formatStars } from '@3factor/domain';

export const RATED_RESTAURANT_FIELDS = graphql(`
  fragment RatedRestaurantFields on restaurant_ratings {
    restaurant_id
    average_stars
    ratings_count
    restaurant {
      name
    }
  }
`);

/** The best rated first; bounded like the other tables. */
export const RATINGS_LIMIT = 10;

// restaurant_ratings is the public aggregate view (average and count per restaurant); rated
// restaurants first, best average first, more ratings breaking a tie.
export const RATINGS_SUBSCRIPTION = graphql(`
  subscription DashboardRatings($limit: Int!) {
    restaurant_ratings(order_by: [{ average_stars: desc_nulls_last }, { ratings_count: desc }, { restaurant_id: asc }], limit: $limit) {
      ...RatedRestaurantFields
    }
  }
`);

export function RatingRows(props: { rows: ReadonlyArray<FragmentType<typeof RATED_RESTAURANT_FIELDS>> }) {
  const rows = getFragmentData(RATED_RESTAURANT_FIELDS, props.rows);
  return (
    <table className="ratings">
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">Restaurant</th>
          <th scope="col" className="num">
            Average
          </th>
          <th scope="col" className="num">
            Ratings
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.restaurant_id} data-restaurant={r.restaurant_id}>
            <td className="num">{i + 1}</td>
            <th scope="row">{r.restaurant?.name ?? `Restaurant ${r.restaurant_id}`}</th>
            <td className="num" data-label="Average">
              {r.ratings_count ? `★ ${formatStars(r.average_stars)}` : '—'}
            </td>
            <td className="num" data-label="Ratings">
              {formatCount(r.ratings_count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Restaurants ranked by their customers' ratings, live. */
export function RatingsPanel() {
  const { data, error } = useSubscription(RATINGS_SUBSCRIPTION, { ...LIVE, variables: { limit: RATINGS_LIMIT } });
  const rows = data?.restaurant_ratings;
  return (
    <section className="panel panel-ratings" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Best rated restaurants</h2>
      <PanelState loading={!rows} error={error}>
        {rows && <RatingRows rows={rows} />}
      </PanelState>
    </section>
  );
}
