import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

// customer_id is preset from the token and the restaurant and courier are copied from the
// order by the database, which also refuses a second rating, one before delivery, and one for
// someone else's order.
export const RATE_ORDER = graphql(`
  mutation RateOrder($object: ratings_insert_input!) {
    insert_ratings_one(object: $object) {
      ...RatingSummary_rating
    }
  }
`);

export function useRateOrder() {
  const [mutate, state] = useMutation(RATE_ORDER);
  return { rate: mutate, rating: state.loading };
}
