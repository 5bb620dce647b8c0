import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// The agent role may move only its own assigned orders, one step at a time (the database's
// status machine refuses anything else).
export const MARK_PICKED_UP = graphql(`
  mutation MarkPickedUp($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "picked_up" }) {
      id
      status
      picked_up_at
    }
  }
`);

export function useMarkPickedUp() {
  const [mutate, state] = useMutation(MARK_PICKED_UP);
  const markPickedUp = useCallback(async (id: string) => Boolean((await mutate({ variables: { id } })).data?.update_orders_by_pk), [mutate]);
  return { markPickedUp, marking: state.loading };
}
