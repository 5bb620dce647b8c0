import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

// Only stars and comment can change, for a day after the rating (the database's rule); a
// rating past its day is refused with the database's reason.
export const UPDATE_RATING = graphql(`
  mutation UpdateRating($orderId: uuid!, $set: ratings_set_input!) {
    update_ratings_by_pk(pk_columns: { order_id: $orderId }, _set: $set) {
      ...RatingSummary_rating
    }
  }
`);

export function useUpdateRating() {
  const [mutate, state] = useMutation(UPDATE_RATING);
  return { update: mutate, updating: state.loading };
}
