import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { arrivalText } from './arrival-estimate.js';

export const ARRIVAL_ESTIMATE_FRAGMENT = graphql(`
  fragment ArrivalEstimate_order on orders {
    id
    status
    arrival_estimate
    estimated_delivery_at
    delivered_at
  }
`);

/** "Arrives around 12:34" while the order is on its way; after delivery, how the estimate did. */
export function ArrivalEstimate(props: { order: FragmentType<typeof ARRIVAL_ESTIMATE_FRAGMENT> }) {
  const order = getFragmentData(ARRIVAL_ESTIMATE_FRAGMENT, props.order);
  const text = arrivalText(order);
  if (!text) return null;
  return (
    <p className="card arrival-estimate" data-testid="arrival-estimate">
      {text}
    </p>
  );
}
