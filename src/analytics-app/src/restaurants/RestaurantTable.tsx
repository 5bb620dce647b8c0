import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCents, formatCount, formatDuration, formatPercent } from '@3factor/domain';

export const RESTAURANT_FIGURES_FIELDS = graphql(`
  fragment RestaurantFiguresFields on analytics_restaurants {
    restaurant_id
    name
    is_open
    auto_approve
    orders_today
    in_flight
    revenue_today_cents
    approved_today
    rejected_today
    rejection_rate
    avg_approval_seconds
  }
`);

/** The busiest first; bounded, so a large marketplace still sends a small result. */
export const RESTAURANTS_LIMIT = 25;

export const RESTAURANTS_SUBSCRIPTION = graphql(`
  subscription DashboardRestaurants($limit: Int!) {
    analytics_restaurants(order_by: [{ orders_today: desc }, { revenue_today_cents: desc }, { restaurant_id: asc }], limit: $limit) {
      ...RestaurantFiguresFields
    }
  }
`);

export function RestaurantRows(props: { rows: ReadonlyArray<FragmentType<typeof RESTAURANT_FIGURES_FIELDS>> }) {
  const rows = getFragmentData(RESTAURANT_FIGURES_FIELDS, props.rows);
  return (
    <table className="restaurants">
      <thead>
        <tr>
          <th scope="col">Restaurant</th>
          <th scope="col" className="num">
            Orders
          </th>
          <th scope="col" className="num">
            In flight
          </th>
          <th scope="col" className="num">
            Revenue
          </th>
          <th scope="col" className="num">
            Rejection rate
          </th>
          <th scope="col" className="num">
            Avg approval
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.restaurant_id} data-restaurant={r.restaurant_id}>
            <th scope="row">
              {r.name}
              {!r.is_open && <span className="tag">closed</span>}
              {!r.auto_approve && <span className="tag">manual approval</span>}
            </th>
            <td className="num" data-label="Orders">
              {formatCount(r.orders_today)}
            </td>
            <td className="num" data-label="In flight">
              {formatCount(r.in_flight)}
            </td>
            <td className="num" data-label="Revenue">
              {formatCents(r.revenue_today_cents)}
            </td>
            <td className="num" data-label="Rejection rate" title={`${r.rejected_today} rejected, ${r.approved_today} approved today`}>
              {formatPercent(r.rejection_rate)}
            </td>
            <td className="num" data-label="Avg approval">
              {formatDuration(r.avg_approval_seconds)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RestaurantTable() {
  const { data, error } = useSubscription(RESTAURANTS_SUBSCRIPTION, { ...LIVE, variables: { limit: RESTAURANTS_LIMIT } });
  const rows = data?.analytics_restaurants;
  return (
    <section className="panel panel-restaurants" aria-labelledby="restaurants-title">
      <h2 id="restaurants-title">Restaurants today</h2>
      <PanelState loading={!rows} error={error}>
        {rows && <RestaurantRows rows={rows} />}
      </PanelState>
    </section>
  );
}
