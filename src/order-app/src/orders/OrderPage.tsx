import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { OrderTimeline } from './OrderTimeline.js';
import { ArrivalEstimate } from './ArrivalEstimate.js';
import { OrderFailure } from './OrderFailure.js';
import { OrderItems } from './OrderItems.js';
import { CancelOrderButton } from './CancelOrderButton.js';
import { RateOrder } from '../ratings/RateOrder.js';
import { TipAfterDelivery } from '../tips/TipAfterDelivery.js';
import { OrderAgain } from '../reorder/OrderAgain.js';
import { ConversationPanel } from '../conversation/ConversationPanel.js';
import { ORDER_STATUS_LABELS, isFinalOrderStatus } from '@3factor/domain';
import { canPay, isCancellable } from './order-status.js';
import { PaymentForm } from '../payment/PaymentForm.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError } from '../apollo/errors.js';
import { formatDateTime, shortOrderId } from '@3factor/domain';

// One live query for the whole page: Hasura re-sends the order whenever anything in it changes,
// and after a reconnect the first message is simply the current state. The page reads the
// latest payment itself (whether to offer payment or cancellation); the same field in the
// fragments merges with it into one.
export const ORDER_LIVE = graphql(`
  subscription OrderLive($id: uuid!) {
    orders_by_pk(id: $id) {
      id
      status
      total_cents
      created_at
      paid_at
      payments(order_by: { created_at: desc }, limit: 1) {
        id
        status
      }
      ...OrderTimeline_order
      ...OrderFailure_order
      ...OrderItems_order
      ...ArrivalEstimate_order
      ...TipAfterDelivery_order
    }
  }
`);

export function OrderPage({ orderId }: { orderId: string }) {
  const { data, loading, error } = useSubscription(ORDER_LIVE, { variables: { id: orderId } });
  const order = data?.orders_by_pk;

  if (error && !order) {
    return (
      <p className="notice notice-error" role="alert">
        {friendlyError(error)}
      </p>
    );
  }
  if (loading && !order) return <p role="status">Loading your order…</p>;
  if (!order) {
    return (
      <div className="card" role="alert">
        <h1>Order not found</h1>
        <p>There is no order {shortOrderId(orderId)} in your account.</p>
        <Link to={paths.orders()}>See my orders</Link>
      </div>
    );
  }

  const latestPayment = order.payments[0] ?? null;
  return (
    <article className="order-page" aria-labelledby="order-heading">
      <header className="page-header">
        <h1 id="order-heading">Order {shortOrderId(order.id)}</h1>
        <p className="muted">
          Placed {formatDateTime(order.created_at)} ·{' '}
          <span className={`status-badge status-${order.status}`} data-testid="order-status">
            {ORDER_STATUS_LABELS[order.status]}
          </span>
        </p>
      </header>
      <OrderFailure order={order} />
      <ArrivalEstimate order={order} />
      {order.status === 'placed' && (
        <p className="card muted" data-testid="awaiting-validation">
          Payment opens as soon as the restaurant's menu confirms your items and the total.
        </p>
      )}
      {canPay(order.status, latestPayment?.status ?? null) && order.total_cents !== null && (
        <PaymentForm orderId={order.id} totalCents={order.total_cents} retry={order.status === 'payment_failed'} />
      )}
      <OrderTimeline order={order} />
      <ConversationPanel orderId={order.id} defaultOpen />
      <OrderItems order={order} status={order.status} />
      {order.paid_at && (
        <p className="card">
          <Link to={paths.receipt(order.id)}>See the receipt</Link> (items, fees, tax, tip, promo, card and refunds; printable)
        </p>
      )}
      <CancelOrderButton
        orderId={order.id}
        cancellable={isCancellable(order.status, latestPayment?.status ?? null)}
        paidCents={order.status === 'paid' ? order.total_cents : null}
      />
      <TipAfterDelivery order={order} />
      {order.status === 'delivered' && <RateOrder orderId={order.id} />}
      {isFinalOrderStatus(order.status) && <OrderAgain orderId={order.id} />}
    </article>
  );
}
