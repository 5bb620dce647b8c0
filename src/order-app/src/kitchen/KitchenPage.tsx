import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { IncomingOrderCard } from './IncomingOrderCard.js';
import { OpeningHoursEditor } from './OpeningHoursEditor.js';
import { useSession } from '../auth/session-context.js';
import { friendlyError } from '../apollo/errors.js';
import { formatCents, formatTime, shortOrderId } from '@3factor/domain';

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

// Declined orders leave the lists above; this keeps a short history, so the kitchen can tell a
// customer who calls what happened and why.
export const RECENTLY_DECLINED = graphql(`
  subscription RecentlyDeclined {
    orders(where: { status: { _eq: "restaurant_rejected" } }, order_by: { restaurant_rejected_at: desc }, limit: 10) {
      id
      total_cents
      rejection_reason
      restaurant_rejected_at
    }
  }
`);

// A paid order the customer cancelled before the kitchen answered leaves "Waiting for you" by
// itself (the live query above); this says where it went.
export const RECENTLY_CANCELLED = graphql(`
  subscription RecentlyCancelled {
    orders(where: { status: { _eq: "cancelled" }, paid_at: { _is_null: false } }, order_by: { cancelled_at: desc }, limit: 10) {
      id
      total_cents
      cancelled_at
    }
  }
`);

export function KitchenPage() {
  const { session } = useSession();
  const restaurantQuery = useQuery(MY_RESTAURANT, { variables: { userId: session?.userId ?? '' }, skip: !session });
  const incoming = useSubscription(INCOMING_ORDERS);
  const inProgress = useSubscription(ORDERS_IN_PROGRESS);
  const declined = useSubscription(RECENTLY_DECLINED);
  const cancelled = useSubscription(RECENTLY_CANCELLED);
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
      {declined.data && declined.data.orders.length > 0 && (
        <>
          <h2>Recently declined</h2>
          <ul className="plain-list" aria-label="Recently declined">
            {declined.data.orders.map((order) => (
              <li key={order.id} data-order-id={order.id}>
                #{shortOrderId(order.id)}
                {order.restaurant_rejected_at ? ` at ${formatTime(order.restaurant_rejected_at)}` : ''}: {order.rejection_reason ?? 'no reason given'}
                {order.total_cents !== null ? ` · ${formatCents(order.total_cents)} refunded` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {cancelled.data && cancelled.data.orders.length > 0 && (
        <>
          <h2>Cancelled by the customer</h2>
          <ul className="plain-list" aria-label="Cancelled by the customer">
            {cancelled.data.orders.map((order) => (
              <li key={order.id} data-order-id={order.id}>
                #{shortOrderId(order.id)}
                {order.cancelled_at ? ` at ${formatTime(order.cancelled_at)}` : ''}: cancelled before you answered
                {order.total_cents !== null ? ` · ${formatCents(order.total_cents)} refunded` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {restaurant && <OpeningHoursEditor restaurantId={restaurant.id} />}
    </section>
  );
}
