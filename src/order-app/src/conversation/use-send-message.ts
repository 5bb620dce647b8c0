import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import { isUniquenessViolation } from '../apollo/errors.js';

// The id comes from the client: a send retried after a lost answer hits the primary key and
// is known to be already sent. The row itself arrives through the stream.
export const SEND_MESSAGE = graphql(`
  mutation SendMessage($id: uuid!, $orderId: uuid!, $body: String!) {
    insert_order_messages_one(object: { id: $id, order_id: $orderId, body: $body }) {
      id
    }
  }
`);

export function useSendMessage() {
  const [mutate, state] = useMutation(SEND_MESSAGE);
  const send = useCallback(
    async (id: string, orderId: string, body: string): Promise<void> => {
      try {
        await mutate({ variables: { id, orderId, body } });
      } catch (error) {
        if (isUniquenessViolation(error)) return;
        throw error;
      }
    },
    [mutate],
  );
  return { send, sending: state.loading };
}
