import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// The customer's update permission only matches orders still in placed / validated /
// payment_failed, so an order that moved on meanwhile comes back as null, not as an error.
export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "cancelled" }) {
      id
      status
      cancelled_at
    }
  }
`);

export function useCancelOrder() {
  const [mutate, state] = useMutation(CANCEL_ORDER);
  const cancel = useCallback(
    async (id: string): Promise<'cancelled' | 'too-late'> => {
      const result = await mutate({ variables: { id } });
      return result.data?.update_orders_by_pk ? 'cancelled' : 'too-late';
    },
    [mutate],
  );
  return { cancel, cancelling: state.loading };
}
