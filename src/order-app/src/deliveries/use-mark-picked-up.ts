import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

interface StepData {
  update_orders_by_pk: { __typename?: 'orders'; id: string; status: string; picked_up_at: string | null } | null;
}

// The agent role may move only its own assigned orders, one step at a time (the database's
// status machine refuses anything else).
export const MARK_PICKED_UP: TypedDocumentNode<StepData, { id: string }> = gql`
  mutation MarkPickedUp($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "picked_up" }) {
      id
      status
      picked_up_at
    }
  }
`;

export function useMarkPickedUp() {
  const [mutate, state] = useMutation(MARK_PICKED_UP);
  const markPickedUp = useCallback(async (id: string) => Boolean((await mutate({ variables: { id } })).data?.update_orders_by_pk), [mutate]);
  return { markPickedUp, marking: state.loading };
}
