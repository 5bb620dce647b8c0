import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// restaurant_rejected makes the restaurant-approval function refund the payment.
export const REJECT_ORDER = graphql(`
  mutation RejectOrder($id: uuid!, $reason: String!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "restaurant_rejected", rejection_reason: $reason }) {
      id
      status
      rejection_reason
    }
  }
`);

export function useRejectOrder() {
  const [mutate, state] = useMutation(REJECT_ORDER);
  const reject = useCallback(async (id: string, reason: string) => Boolean((await mutate({ variables: { id, reason } })).data?.update_orders_by_pk), [mutate]);
  return { reject, rejecting: state.loading };
}
