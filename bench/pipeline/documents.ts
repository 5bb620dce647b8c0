/**
 * The GraphQL the simulated people send: the order app's own documents (checkout, payment,
 * the order page's live query with its fragments), so the engine does the work the real
 * app asks of it.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@3factor/dev/paths.js';

/** src/order-app/src/checkout/use-place-order.ts: one nested insert, the id chosen by the client. */
export const PLACE_ORDER = `
  mutation PlaceOrder($id: uuid!, $restaurantId: Int!, $deliveryAddress: String!, $items: [order_items_insert_input!]!) {
    insert_orders_one(object: { id: $id, restaurant_id: $restaurantId, delivery_address: $deliveryAddress, items: { data: $items } }) {
      id
      status
      created_at
    }
  }`;

/** src/order-app/src/payment/use-submit-payment.ts: the token and last four digits only. */
export const SUBMIT_PAYMENT = `
  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {
    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {
      id
      order_id
      status
      amount_cents
    }
  }`;

/**
 * src/order-app/src/orders/OrderPage.tsx's OrderLive with every fragment it spreads, read from
 * the allow-list the order app's build writes (hasura/metadata/query_collections.yaml), so the
 * benchmark follows the page as it is.
 */
export const ORDER_LIVE = allowListed('OrderLive');

function allowListed(name: string): string {
  const collections = parse(readFileSync(join(repoRoot, 'hasura', 'metadata', 'query_collections.yaml'), 'utf8')) as {
    definition: { queries: { name: string; query: string }[] };
  }[];
  const found = collections.flatMap((c) => c.definition.queries).find((q) => q.name === name);
  if (!found) throw new Error(`${name} is not in hasura/metadata/query_collections.yaml`);
  return found.query;
}

/**
 * src/order-app/src/deliveries/DeliveriesPage.tsx, as role agent (the permission keeps it to the
 * agent's own orders): MyDeliveries with DeliveryCard's fragment, and RecentlyDelivered.
 */
export const MY_DELIVERIES = `
  subscription MyDeliveries {
    orders(where: { status: { _in: ["agent_assigned", "picked_up"] } }, order_by: { agent_assigned_at: asc }) {
      id
      status
      delivery_address
      agent_assigned_at
      picked_up_at
      delivered_at
      restaurant { id name }
      items(order_by: { id: asc }) { id quantity menu_item { id name } }
    }
  }`;

export const RECENTLY_DELIVERED = `
  subscription RecentlyDelivered {
    orders(where: { status: { _eq: "delivered" } }, order_by: { delivered_at: desc }, limit: 5) { id delivery_address delivered_at }
  }`;

/** src/order-app/src/deliveries/use-mark-picked-up.ts and use-mark-delivered.ts. */
export const MARK_PICKED_UP = `
  mutation MarkPickedUp($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "picked_up" }) { id status picked_up_at }
  }`;

export const MARK_DELIVERED = `
  mutation MarkDelivered($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "delivered" }) { id status delivered_at }
  }`;

/**
 * src/analytics-app's dashboard, as role analyst: the headline figures (KpiPanel's
 * DashboardKpis with KpiFields) and the last hour per minute (ThroughputPanel's
 * DashboardThroughput with ThroughputBucketFields).
 */
export const DASHBOARD_KPIS = `
  subscription DashboardKpis {
    analytics_kpis {
      orders_today
      in_flight
      delivered_today
      failed_today
      payment_failures_today
      paid_orders_today
      revenue_today_cents
      average_basket_cents
    }
  }`;

export const DASHBOARD_THROUGHPUT = `
  subscription DashboardThroughput {
    analytics_throughput(order_by: { bucket_start: asc }) { bucket_start placed delivered failed }
  }`;
