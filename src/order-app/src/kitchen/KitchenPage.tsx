import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { IncomingOrderCard } from './IncomingOrderCard.js';
import { useSession } from '../auth/session-context.js';
import { friendlyError } from '../apollo/errors.js';

export const MY_RESTAURANT = graphql(`
  query MyRestaurant($userId: uuid!) {
    users_by_pk(id: $userId) {
      id
      restaurant {
        id
        name
        auto_approve
        is_open
      }
    }
  }
`);

// The restaurant role only sees its own restaurant's orders (restaurant.staff contains the user),
// so no restaurant id is needed in the query.
export const INCOMING_ORDERS = graphql(`
  subscription IncomingOrders {
    orders(where: { status: { _eq: "paid" } }, order_by: { paid_at: asc }) {
      id
      ...IncomingOrderCard_order
    }
  }
`);

export const ORDERS_IN_PROGRESS = graphql(`
  subscription OrdersInProgress {
    orders(where: { status: { _in: ["approved", "agent_assigned", "picked_up"] } }, order_by: { paid_at: desc }, limit: 20) {
      id
      ...IncomingOrderCard_order
    }
  }
`);

export function KitchenPage() {
  const { session } = useSession();
  const restaurantQuery = useQuery(MY_RESTAURANT, { variables: { userId: session?.userId ?? '' }, skip: !session });
  const incoming = useSubscription(INCOMING_ORDERS);
  const inProgress = useSubscription(ORDERS_IN_PROGRESS);
  const restaurant = restaurantQuery.data?.users_by_pk?.restaurant;
  const decidable = restaurant ? !restaurant.auto_approve : false;

  return (
    <section aria-labelledby="kitchen-heading">
      <header className="page-header">
        <h1 id="kitchen-heading">{restaurant ? `${restaurant.name}: incoming orders` : 'Incoming orders'}</h1>
        {restaurant?.auto_approve && <p className="notice notice-info">This restaurant accepts paid orders automatically; they appear under “In progress”.</p>}
      </header>
      <h2>Waiting for you</h2>
      {incoming.error && (
        <p className="notice notice-error" role="alert">
          {friendlyError(incoming.error)}
        </p>
      )}
      {!incoming.data && !incoming.error && <p role="status">Loading…</p>}
      {incoming.data && incoming.data.orders.length === 0 && <p className="muted">No orders waiting. New paid orders appear here by themselves.</p>}
      {incoming.data && incoming.data.orders.length > 0 && (
        <ul className="kitchen-list" aria-label="Orders waiting for a decision" aria-live="polite">
          {incoming.data.orders.map((order) => (
            <IncomingOrderCard key={order.id} order={order} decidable={decidable} />
          ))}
        </ul>
      )}
      <h2>In progress</h2>
      {inProgress.data && inProgress.data.orders.length === 0 && <p className="muted">Nothing in progress.</p>}
      {inProgress.data && inProgress.data.orders.length > 0 && (
        <ul className="kitchen-list" aria-label="Orders in progress">
          {inProgress.data.orders.map((order) => (
            <IncomingOrderCard key={order.id} order={order} decidable={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
