import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { friendlyError, isUniquenessViolation } from '../apollo/errors.js';
import { graphql } from '../gql/index.js';
import type { ScheduleOrderMutationVariables } from '../gql/graphql.js';
import { scheduleRefusal } from './schedule-refusal.js';

export type ScheduleOrderVariables = ScheduleOrderMutationVariables;

// The cart, frozen: its lines (with the dish notes), where to deliver, the tip and the promo
// code, for a time the restaurant is open. customer_id is preset by the permission; the
// database checks the time, the lines and the address (scheduled_orders_enforce), and
// schedule-order arranges for it to be placed at that time, priced then.
export const SCHEDULE_ORDER = graphql(`
  mutation ScheduleOrder(
    $id: uuid!
    $restaurantId: Int!
    $placeAt: timestamptz!
    $lines: jsonb!
    $deliveryAddress: String
    $addressId: uuid
    $courierNote: String
    $tipCents: Int = 0
    $promoCode: String
  ) {
    insert_scheduled_orders_one(
      object: {
        id: $id
        restaurant_id: $restaurantId
        place_at: $placeAt
        lines: $lines
        delivery_address: $deliveryAddress
        address_id: $addressId
        courier_note: $courierNote
        tip_cents: $tipCents
        promo_code: $promoCode
      }
    ) {
      id
      status
      place_at
    }
  }
`);

export const SCHEDULED_ORDER_EXISTS = graphql(`
  query ScheduledOrderExists($id: uuid!) {
    scheduled_orders_by_pk(id: $id) {
      id
    }
  }
`);

/** What to tell the customer for a failed schedule or cancel: the database's refusal in words, or the usual sentence. */
export function scheduleErrorText(error: unknown): string {
  const sentence = CombinedGraphQLErrors.is(error) ? scheduleRefusal(error.errors.map((e) => e.message)) : null;
  return sentence ?? friendlyError(error);
}

/**
 * Schedules the cart. As for placing an order, the id is the client's: a retry after a lost
 * answer fails on the primary key, and a scheduled order with that id counts as success.
 */
export function useScheduleOrder() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SCHEDULE_ORDER, { refetchQueries: ['MyScheduledOrders'] });
  const scheduleOrder = useCallback(
    async (variables: ScheduleOrderVariables): Promise<string> => {
      try {
        const result = await mutate({ variables });
        const scheduled = result.data?.insert_scheduled_orders_one;
        if (!scheduled) throw new Error('The scheduled order was not accepted.');
        return scheduled.id;
      } catch (error) {
        if (!isUniquenessViolation(error)) throw error;
        const existing = await client.query({ query: SCHEDULED_ORDER_EXISTS, variables: { id: variables.id }, fetchPolicy: 'network-only' });
        if (existing.data?.scheduled_orders_by_pk) return existing.data.scheduled_orders_by_pk.id;
        throw error;
      }
    },
    [client, mutate],
  );
  return { scheduleOrder, scheduling: state.loading };
}
