import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// Allowed by the restaurant role only for its own, paid orders of a restaurant that does not
// auto-approve; anything else matches no row and returns null.
export const APPROVE_ORDER = graphql(`
  mutation ApproveOrder($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "approved" }) {
      id
      status
    }
  }
`);

export function useApproveOrder() {
  const [mutate, state] = useMutation(APPROVE_ORDER);
  const approve = useCallback(async (id: string) => Boolean((await mutate({ variables: { id } })).data?.update_orders_by_pk), [mutate]);
  return { approve, approving: state.loading };
}
