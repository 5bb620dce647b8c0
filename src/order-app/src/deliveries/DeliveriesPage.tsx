import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { DeliveryCard } from './DeliveryCard.js';
import { friendlyError } from '../apollo/errors.js';
import { formatCents, formatTime, shortOrderId } from '@3factor/domain';

// The agent role sees only the agent row linked to its user.
export const ME_AS_AGENT = graphql(`
  query MeAsAgent {
    agents(limit: 1) {
      id
      name
      is_available
    }
  }
`);

// Permission: only orders assigned to this agent.
export const MY_DELIVERIES = graphql(`
  subscription MyDeliveries {
    orders(where: { status: { _in: ["agent_assigned", "picked_up"] } }, order_by: { agent_assigned_at: asc }) {
      id
      ...DeliveryCard_order
    }
  }
`);

// Delivered orders are listed by the page itself, one line each: no card. A tip the customer added
// after delivery shows once it is charged (the agent's permission on order_tips reads no other).
export const RECENTLY_DELIVERED = graphql(`
  subscription RecentlyDelivered {
    orders(where: { status: { _eq: "delivered" } }, order_by: { delivered_at: desc }, limit: 5) {
      id
      delivery_address
      delivered_at
      after_delivery_tip {
        id
        amount_cents
      }
    }
  }
`);

export function DeliveriesPage() {
  const me = useQuery(ME_AS_AGENT, { fetchPolicy: 'network-only' });
  const active = useSubscription(MY_DELIVERIES);
  const delivered = useSubscription(RECENTLY_DELIVERED);
  const agent = me.data?.agents[0];

  return (
    <section aria-labelledby="deliveries-heading">
      <header className="page-header">
        <h1 id="deliveries-heading">{agent ? `${agent.name}'s deliveries` : 'My deliveries'}</h1>
      </header>
      {active.error && (
        <p className="notice notice-error" role="alert">
          {friendlyError(active.error)}
        </p>
      )}
      <h2>Current assignments</h2>
      {!active.data && !active.error && <p role="status">Loading…</p>}
      {active.data && active.data.orders.length === 0 && <p className="muted">No assignment right now. A new one appears here by itself.</p>}
      {active.data && active.data.orders.length > 0 && (
        <ul className="delivery-list" aria-label="Current assignments" aria-live="polite">
          {active.data.orders.map((order) => (
            <DeliveryCard key={order.id} order={order} />
          ))}
        </ul>
      )}
      {delivered.data && delivered.data.orders.length > 0 && (
        <>
          <h2>Recently delivered</h2>
          <ul className="plain-list" aria-label="Recently delivered">
            {delivered.data.orders.map((order) => (
              <li key={order.id}>
                #{shortOrderId(order.id)} to {order.delivery_address}
                {order.delivered_at ? ` at ${formatTime(order.delivered_at)}` : ''}
                {order.after_delivery_tip && <span data-testid="tip-after-delivery"> · tipped {formatCents(order.after_delivery_tip.amount_cents)} after delivery</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
