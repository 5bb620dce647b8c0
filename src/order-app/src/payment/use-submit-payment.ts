import { useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { newUuid } from '../lib/uuid.js';
import { isNetworkError } from '../apollo/errors.js';
import { graphql } from '../gql/index.js';

// The row carries only the gateway token and the last four digits: the card number never
// reaches our servers. The amount is not sent at all: a database trigger copies the order's total.
export const SUBMIT_PAYMENT = graphql(`
  mutation SubmitPayment($id: uuid!, $orderId: uuid!, $paymentToken: String!, $cardLast4: String!) {
    insert_payments_one(object: { id: $id, order_id: $orderId, payment_token: $paymentToken, card_last4: $cardLast4 }) {
      id
      order_id
      status
      amount_cents
    }
  }
`);

/**
 * Inserts the payment row; the payment function then charges it and moves the order to paid or
 * payment_failed, which the order page sees through its subscription. The payment id is the
 * gateway's idempotency key: after a network failure the next attempt re-sends the same id, so a
 * charge that did go through is not made twice.
 */
export function useSubmitPayment(orderId: string) {
  const [mutate, state] = useMutation(SUBMIT_PAYMENT);
  const pendingId = useRef<string | null>(null);
  const submit = useCallback(
    async (paymentToken: string, cardLast4: string) => {
      const id = pendingId.current ?? newUuid();
      pendingId.current = id;
      try {
        const result = await mutate({ variables: { id, orderId, paymentToken, cardLast4 } });
        pendingId.current = null;
        return result.data?.insert_payments_one ?? null;
      } catch (error) {
        if (!isNetworkError(error)) pendingId.current = null;
        throw error;
      }
    },
    [mutate, orderId],
  );
  return { submit, submitting: state.loading };
}
