import { useMutation, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// Every member's receipt of one order (the permission shows them to the order's members only).
export const CONVERSATION_RECEIPTS = graphql(`
  subscription ConversationReceipts($orderId: uuid!) {
    order_message_reads(where: { order_id: { _eq: $orderId } }) {
      order_id
      user_id
      last_read_at
    }
  }
`);

// A receipt never moves back (the trigger keeps the later time), so a late or repeated write is harmless.
export const MARK_CONVERSATION_READ = graphql(`
  mutation MarkConversationRead($orderId: uuid!, $readAt: timestamptz!) {
    insert_order_message_reads_one(
      object: { order_id: $orderId, last_read_at: $readAt }
      on_conflict: { constraint: order_message_reads_pkey, update_columns: [last_read_at] }
    ) {
      order_id
      user_id
      last_read_at
    }
  }
`);

export function useReceipts(orderId: string) {
  const { data } = useSubscription(CONVERSATION_RECEIPTS, { variables: { orderId } });
  return data?.order_message_reads ?? [];
}

export function useMarkRead() {
  const [mutate] = useMutation(MARK_CONVERSATION_READ);
  return useCallback((orderId: string, readAt: string) => mutate({ variables: { orderId, readAt } }), [mutate]);
}
