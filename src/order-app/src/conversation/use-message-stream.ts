import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql/index.js';
import { useConnectionState } from '../apollo/apollo-provider.js';
import { EMPTY_LOG, mergeMessages, type MessageLog, type MessageRow } from './message-log.js';

// New messages, edits and deletes of one order, in revision order, from the revision given.
export const MESSAGE_STREAM = graphql(`
  subscription MessageStream($orderId: uuid!, $after: bigint!) {
    order_messages_stream(batch_size: 100, cursor: { initial_value: { revision: $after }, ordering: ASC }, where: { order_id: { _eq: $orderId } }) {
      id
      sender_id
      body
      seq
      revision
      created_at
      edited_at
      deleted_at
      editable_until
    }
  }
`);

/**
 * Follows an order's conversation. The subscription is (re)started each time the socket is
 * live, from the highest revision held, so a client back from offline asks for exactly what
 * changed meanwhile; graphql-ws would otherwise resubscribe with the first cursor and resend
 * everything. mergeMessages drops anything already held, so an overlap shows nothing twice.
 */
export function useMessageStream(orderId: string): { log: MessageLog; error: unknown } {
  const client = useApolloClient();
  const live = useConnectionState() === 'connected';
  const [log, setLog] = useState<MessageLog>(EMPTY_LOG);
  const [error, setError] = useState<unknown>(null);
  const revision = useRef(0);
  revision.current = log.revision;

  useEffect(() => {
    setLog(EMPTY_LOG);
    revision.current = 0;
  }, [orderId]);

  useEffect(() => {
    if (!live) return;
    const subscription = client.subscribe({ query: MESSAGE_STREAM, variables: { orderId, after: revision.current }, fetchPolicy: 'no-cache' }).subscribe({
      next: (result) => {
        if (result.error) setError(result.error);
        const rows = result.data?.order_messages_stream;
        if (rows) {
          setError(null);
          setLog((held) => mergeMessages(held, rows as MessageRow[]));
        }
      },
      error: setError,
    });
    return () => subscription.unsubscribe();
  }, [client, live, orderId]);

  return { log, error };
}
