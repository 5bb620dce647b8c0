import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

// The customer sends the order and the amount only: customer_id is preset from the token, the
// card is copied from the order's payment by the database, which also refuses a second tip, one
// before delivery or after the window, and one for someone else's order. The tip-payment
// function charges it; the order page's live query shows the outcome.
export const ADD_TIP = graphql(`
  mutation AddTip($tip: order_tips_insert_input!) {
    insert_order_tips_one(object: $tip) {
      id
      amount_cents
      status
    }
  }
`);

export function useAddTip() {
  const [mutate, state] = useMutation(ADD_TIP);
  return { addTip: mutate, adding: state.loading };
}
