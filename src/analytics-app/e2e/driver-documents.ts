/**
 * The documents the e2e test itself sends as a non-admin role (a customer placing and paying
 * orders, the permission probes of the analytics views). They are the test's, not the app's, so
 * the production allow-list does not hold them: the e2e stack runs with the allow-list on and adds
 * them in a collection of its own (stack.ts), so the app's documents must all be in
 * hasura/metadata/query_collections.yaml for the dashboard to work here.
 */
export const PLACE_ORDER = `mutation PlaceOrder($order: orders_insert_input!) { insert_orders_one(object: $order) { id } }`;
export const ORDER_STATUS = `query S($id: uuid!) { orders_by_pk(id: $id) { status } }`;
export const PAY = `mutation Pay($p: payments_insert_input!) { insert_payments_one(object: $p) { id } }`;

export const ANALYTICS_VIEWS = [
  'analytics_kpis',
  'analytics_funnel',
  'analytics_funnel_branches',
  'analytics_throughput',
  'analytics_stage_latency',
  'analytics_restaurants',
  'analytics_event_delivery_health',
  'analytics_dead_events',
  'analytics_tips_and_promos',
  'analytics_arrival_estimates',
  'analytics_conversations',
] as const;

export const viewProbe = (view: string) => `{ ${view} { __typename } }`;

export const DRIVER_DOCUMENTS: Record<string, string> = {
  PlaceOrder: PLACE_ORDER,
  S: ORDER_STATUS,
  Pay: PAY,
  ...Object.fromEntries(ANALYTICS_VIEWS.map((view) => [`probe_${view}`, viewProbe(view)])),
};
