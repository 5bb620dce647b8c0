import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// Delivering also frees the agent for the next assignment (a trigger in schema.sql).
export const MARK_DELIVERED = graphql(`
  mutation MarkDelivered($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "delivered" }) {
      id
      status
      delivered_at
    }
  }
`);

export function useMarkDelivered() {
  const [mutate, state] = useMutation(MARK_DELIVERED);
  const markDelivered = useCallback(async (id: string) => Boolean((await mutate({ variables: { id } })).data?.update_orders_by_pk), [mutate]);
  return { markDelivered, marking: state.loading };
}
