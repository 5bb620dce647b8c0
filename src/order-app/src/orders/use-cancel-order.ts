import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// The customer's update permission matches any of their own orders; the database decides
// whether it can still be cancelled (until the restaurant answers) and refuses a late one with
// "order … can no longer be cancelled: it is already <status>" (Hasura's permission-error).
export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "cancelled" }) {
      id
      status
      cancelled_at
    }
  }
`);

/** The database's refusal of a cancellation that came after the restaurant's answer (or after the order ended). */
export function isTooLateToCancel(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => /can no longer be cancelled/.test(e.message));
}

export function useCancelOrder() {
  const [mutate, state] = useMutation(CANCEL_ORDER);
  const cancel = useCallback(
    async (id: string): Promise<'cancelled' | 'too-late'> => {
      try {
        const result = await mutate({ variables: { id } });
        return result.data?.update_orders_by_pk ? 'cancelled' : 'too-late';
      } catch (error) {
        if (isTooLateToCancel(error)) return 'too-late';
        throw error;
      }
    },
    [mutate],
  );
  return { cancel, cancelling: state.loading };
}
