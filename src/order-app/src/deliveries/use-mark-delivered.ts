import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

interface StepData {
  update_orders_by_pk: { __typename?: 'orders'; id: string; status: string; delivered_at: string | null } | null;
}

// Delivering also frees the agent for the next assignment (a trigger in schema.sql).
export const MARK_DELIVERED: TypedDocumentNode<StepData, { id: string }> = gql`
  mutation MarkDelivered($id: uuid!) {
    update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "delivered" }) {
      id
      status
      delivered_at
    }
  }
`;

export function useMarkDelivered() {
  const [mutate, state] = useMutation(MARK_DELIVERED);
  const markDelivered = useCallback(async (id: string) => Boolean((await mutate({ variables: { id } })).data?.update_orders_by_pk), [mutate]);
  return { markDelivered, marking: state.loading };
}
