import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { useNow } from '../ui/use-now.js';
import { arrivalText } from './arrival-estimate.js';

export const ARRIVAL_ESTIMATE_FRAGMENT = graphql(`
  fragment ArrivalEstimate_order on orders {
    id
    status
    arrival_estimate_base
    arrival_estimate_rest_seconds
    estimated_delivery_at
    delivered_at
  }
`);

/** "Arrives around 12:34" while the order is on its way; after delivery, how the estimate did. */
export function ArrivalEstimate(props: { order: FragmentType<typeof ARRIVAL_ESTIMATE_FRAGMENT> }) {
  const order = getFragmentData(ARRIVAL_ESTIMATE_FRAGMENT, props.order);
  // A late stage moves the estimate with the clock, between the pushes of stage changes.
  const now = useNow(15_000);
  const text = arrivalText(order, now);
  if (!text) return null;
  return (
    <p className="card arrival-estimate" data-testid="arrival-estimate">
      {text}
    </p>
  );
}
