import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrderStatus, PaymentStatus } from '@3factor/domain';
import { explainFailure } from './order-status.js';

export interface OrderFailureOrder {
  __typename?: 'orders';
  id: string;
  status: OrderStatus;
  rejection_reason: string | null;
  payments: Array<{ __typename?: 'payments'; id: string; status: PaymentStatus; failure_reason: string | null; card_last4: string; created_at: string }>;
}

export const ORDER_FAILURE_FRAGMENT: TypedDocumentNode<OrderFailureOrder> = gql`
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
`;

/** Says in plain words why an order stopped or needs the customer (rejected, declined card, refunded, cancelled). */
export function OrderFailure({ order }: { order: OrderFailureOrder }) {
  const payment = order.payments[0];
  const explanation = explainFailure(order.status, order.rejection_reason, payment?.status === 'failed' ? payment.failure_reason : null);
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
