import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { explainFailure } from './order-status.js';

export const ORDER_FAILURE_FRAGMENT = graphql(`
  fragment OrderFailure_order on orders {
    id
    status
    rejection_reason
    payments(order_by: { created_at: desc }, limit: 1) {
      id
      status
      failure_reason
      card_last4
      created_at
    }
  }
`);

/** Says in plain words why an order stopped or needs the customer (rejected, declined card, refunded, cancelled, and whether its money came back). */
export function OrderFailure(props: { order: FragmentType<typeof ORDER_FAILURE_FRAGMENT> }) {
  const order = getFragmentData(ORDER_FAILURE_FRAGMENT, props.order);
  const payment = order.payments[0];
  const explanation = explainFailure(order.status, order.rejection_reason, payment?.status === 'failed' ? payment.failure_reason : null, payment?.status ?? null);
  if (!explanation) return null;
  const severity = order.status === 'cancelled' ? 'notice-info' : 'notice-error';
  return (
    <div className={`notice ${severity}`} role="alert" data-testid="order-failure">
      <strong>{explanation.title}</strong>
      <p>
        {explanation.detail}
        {order.status === 'payment_failed' && payment ? ` (card ending ${payment.card_last4})` : ''}
      </p>
    </div>
  );
}
