import { signUpOrLogIn } from './auth-client.js';
import type { LoadGeneratorConfig } from './config.js';
import { graphqlRequest, GraphQLRequestError, type FetchLike } from './graphql-http.js';
import type { Card, Restaurant } from './order-plan.js';
import type { SimulationApi } from './simulation.js';

/**
 * The simulation's I/O, as a real client of the engine would do it:
 * - customers sign up through the auth function and act with their own JWT (role customer);
 * - restaurant staff decide with the admin secret acting as role `restaurant` with their
 *   user id (Hasura's role impersonation), so the restaurant's permissions still apply;
 * - the delivery fleet (most agents have no login) and status reads use the admin secret.
 */

const RESTAURANTS = `
  query LoadGeneratorRestaurants {
    restaurants(order_by: { id: asc }) {
      id
      is_open
      auto_approve
      menu_items(where: { is_available: { _eq: true } }, order_by: { id: asc }) { id price_cents }
      staff(order_by: { username: asc }) { id }
    }
  }`;

const PLACE_ORDER = `
  mutation LoadGeneratorPlaceOrder($order: orders_insert_input!) {
    insert_orders_one(object: $order) { id }
  }`;

const PAY = `
  mutation LoadGeneratorPay($payment: payments_insert_input!) {
    insert_payments_one(object: $payment) { id }
  }`;

const SET_STATUS = `
  mutation LoadGeneratorSetStatus($id: uuid!, $set: orders_set_input!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: $set) { id status }
  }`;

const STATUSES = `
  query LoadGeneratorStatuses($ids: [uuid!]!) {
    orders(where: { id: { _in: $ids } }) { id status }
  }`;

/**
 * The documents sent as a non-admin role (customer, or restaurant by impersonation): with the
 * allow-list on they must be in hasura/metadata/query_collections.yaml (`npm run allowlist`
 * reads them from here). The others go as admin, which the allow-list does not restrict.
 */
export const LOAD_GENERATOR_NON_ADMIN_OPERATIONS = [PLACE_ORDER, PAY, SET_STATUS];

/** Orders whose status is read in one request. */
const STATUS_BATCH = 500;

export function customerUsername(index: number): string {
  return `loadgen-customer-${String(index + 1).padStart(2, '0')}`;
}

export function createGraphQLApi(config: LoadGeneratorConfig, fetchImpl: FetchLike = fetch): SimulationApi {
  const tokens = new Map<number, string>();
  const adminHeaders = (role?: string, userId?: string): Record<string, string> => {
    if (!config.adminSecret) throw new Error('HASURA_GRAPHQL_ADMIN_SECRET is not set: the simulated restaurant and agents need it');
    return {
      'x-hasura-admin-secret': config.adminSecret,
      ...(role ? { 'x-hasura-role': role } : {}),
      ...(userId ? { 'x-hasura-user-id': userId } : {}),
    };
  };
  const asAdmin = <T>(query: string, variables: Record<string, unknown>, role?: string, userId?: string) =>
    graphqlRequest<T>(config.graphqlUrl, query, variables, adminHeaders(role, userId), fetchImpl);

  async function tokenOf(customer: number, renew = false): Promise<string> {
    const known = tokens.get(customer);
    if (known && !renew) return known;
    const token = await signUpOrLogIn(config.authUrl, customerUsername(customer), config.customerPassword, fetchImpl);
    tokens.set(customer, token);
    return token;
  }

  /** As the customer; a token that expired is renewed once. */
  async function asCustomer<T>(customer: number, query: string, variables: Record<string, unknown>): Promise<T> {
    const run = async (token: string) => graphqlRequest<T>(config.graphqlUrl, query, variables, { authorization: `Bearer ${token}` }, fetchImpl);
    try {
      return await run(await tokenOf(customer));
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'invalid-jwt') return run(await tokenOf(customer, true));
      throw error;
    }
  }

  return {
    async loadRestaurants() {
      const data = await asAdmin<{
        restaurants: { id: number; is_open: boolean; auto_approve: boolean; menu_items: { id: number; price_cents: number }[]; staff: { id: string }[] }[];
      }>(RESTAURANTS, {});
      return data.restaurants.map((r): Restaurant => ({ id: r.id, is_open: r.is_open, auto_approve: r.auto_approve, menu: r.menu_items, staff: r.staff.map((s) => s.id) }));
    },

    async prepareCustomers(count) {
      // One after another: signups hash passwords, and the auth function rate-limits.
      for (let i = 0; i < count; i++) await tokenOf(i);
    },

    async placeOrder(customer, order) {
      await asCustomer(customer, PLACE_ORDER, {
        order: { id: order.id, restaurant_id: order.restaurantId, delivery_address: order.address, items: { data: order.items } },
      });
    },

    async pay(customer, payment: { id: string; orderId: string; card: Card }) {
      await asCustomer(customer, PAY, {
        payment: { id: payment.id, order_id: payment.orderId, payment_token: payment.card.token, card_last4: payment.card.last4 },
      });
    },

    async cancel(customer, orderId) {
      await asCustomer(customer, SET_STATUS, { id: orderId, set: { status: 'cancelled' } });
    },

    async decide(staffUserId, orderId, decision) {
      const set = decision === 'approve' ? { status: 'approved' } : { status: 'restaurant_rejected', rejection_reason: 'The kitchen is too busy right now (simulated).' };
      await asAdmin(SET_STATUS, { id: orderId, set }, 'restaurant', staffUserId);
    },

    async advanceDelivery(orderId, status) {
      await asAdmin(SET_STATUS, { id: orderId, set: { status } });
    },

    async statuses(orderIds) {
      const result = new Map<string, string>();
      for (let i = 0; i < orderIds.length; i += STATUS_BATCH) {
        const data = await asAdmin<{ orders: { id: string; status: string }[] }>(STATUSES, { ids: orderIds.slice(i, i + STATUS_BATCH) });
        for (const o of data.orders) result.set(o.id, o.status);
      }
      return result;
    },
  };
}
