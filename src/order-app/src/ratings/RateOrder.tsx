import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { friendlyError } from '../apollo/errors.js';
import { useNow } from '../ui/use-now.js';
import { formatDateTime } from '@3factor/domain';
import { isRatingEditable, ratingEditableUntil, ratingInput, type RatingDraft } from './rating-rules.js';
import { RatingForm } from './RatingForm.js';
import { ratingRefusal } from './rating-refusal.js';
import { RatingSummary } from './RatingSummary.js';
import { useRateOrder } from './use-rate-order.js';
import { useUpdateRating } from './use-update-rating.js';

// The page reads the rating's values itself (to start an edit from them) and whether the order
// had a courier (only then are there courier stars to give).
export const ORDER_RATING = graphql(`
  query OrderRating($orderId: uuid!) {
    ratings_by_pk(order_id: $orderId) {
      order_id
      restaurant_stars
      courier_stars
      comment
      created_at
      ...RatingSummary_rating
    }
    orders_by_pk(id: $orderId) {
      id
      agent_assigned_at
    }
  }
`);

const EMPTY: RatingDraft = { restaurantStars: null, courierStars: null, comment: '' };

/** A delivered order's rating: the form until it is given, then the rating, changeable for a day. */
export function RateOrder({ orderId }: { orderId: string }) {
  const { data, loading, error } = useQuery(ORDER_RATING, { variables: { orderId } });
  const { rate, rating: sending } = useRateOrder();
  const { update, updating } = useUpdateRating();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow(60_000);

  if (error && !data) {
    return (
      <p className="notice notice-error" role="alert">
        {friendlyError(error)}
      </p>
    );
  }
  if (loading && !data) return <p role="status">Loading your rating…</p>;
  const rating = data?.ratings_by_pk ?? null;
  const hadCourier = Boolean(data?.orders_by_pk?.agent_assigned_at);

  const send = async (draft: RatingDraft) => {
    setMessage(null);
    try {
      if (rating) {
        await update({ variables: { orderId, set: ratingInput(draft) } });
        setEditing(false);
      } else {
        await rate({ variables: { object: { order_id: orderId, ...ratingInput(draft) } } });
      }
    } catch (e) {
      setMessage((CombinedGraphQLErrors.is(e) && ratingRefusal(e.errors.map((x) => x.message))) || friendlyError(e));
    }
  };

  return (
    <section className="card rate-order" aria-labelledby="rate-order-heading">
      <h2 id="rate-order-heading">{rating ? 'Your rating' : 'How was it?'}</h2>
      {!rating && <RatingForm initial={EMPTY} hadCourier={hadCourier} submitLabel="Send rating" busy={sending} onSubmit={send} />}
      {rating && editing && (
        <RatingForm
          initial={{ restaurantStars: rating.restaurant_stars, courierStars: rating.courier_stars, comment: rating.comment ?? '' }}
          hadCourier={hadCourier}
          submitLabel="Save rating"
          busy={updating}
          onSubmit={send}
          onCancel={() => setEditing(false)}
        />
      )}
      {rating && !editing && (
        <>
          <RatingSummary rating={rating} />
          {isRatingEditable(rating.created_at, now) ? (
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                Change rating
              </button>
              <span className="muted small">You can change it until {formatDateTime(new Date(ratingEditableUntil(rating.created_at)).toISOString())}.</span>
            </div>
          ) : (
            <p className="muted small">Thank you for rating this order.</p>
          )}
        </>
      )}
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
