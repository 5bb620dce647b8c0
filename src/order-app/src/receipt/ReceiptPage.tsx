import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { formatCents, formatDateTime, shortOrderId } from '@3factor/domain';
import { PriceBreakdown, storedBreakdown } from '../orders/PriceBreakdown.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError } from '../apollo/errors.js';
import { refundsOf, chargeOf } from './receipt-payments.js';
import './receipt.css';

// A receipt is a record of what was charged: read once, not followed live.
export const ORDER_RECEIPT = graphql(`
  query OrderReceipt($id: uuid!) {
    orders_by_pk(id: $id) {
      id
      status
      created_at
      paid_at
      delivery_address
      items_subtotal_cents
      delivery_fee_cents
      service_fee_cents
      tax_rate_bps
      tax_cents
      tip_cents
      discount_cents
      promo_code
      total_cents
      restaurant {
        id
        name
      }
      items(order_by: { id: asc }) {
        id
        quantity
        unit_price_cents
        menu_item {
          id
          name
        }
      }
      after_delivery_tip {
        id
        amount_cents
        status
        card_last4
        updated_at
      }
      payments(order_by: { created_at: asc }) {
        id
        status
        amount_cents
        card_last4
        created_at
        updated_at
      }
    }
  }
`);

/**
 * The printable receipt of a paid order: the items at the prices charged, fees, tax, tip and
 * promo, a tip given after delivery (a charge of its own), the card it was charged to (last 4 digits) and any refund. Print styles (receipt.css)
 * leave only the receipt on paper.
 */
export function ReceiptPage({ orderId }: { orderId: string }) {
  const { data, loading, error } = useQuery(ORDER_RECEIPT, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  const order = data?.orders_by_pk;
  if (error && !order) {
    return (
      <p className="notice notice-error" role="alert">
        {friendlyError(error)}
      </p>
    );
  }
  if (loading && !order) return <p role="status">Loading the receipt…</p>;
  const breakdown = order ? storedBreakdown(order) : null;
  const charge = order ? chargeOf(order.payments) : null;
  if (!order || !order.paid_at || !breakdown || !charge) {
    return (
      <div className="card" role="alert">
        <h1>No receipt</h1>
        <p>Order {shortOrderId(orderId)} has no receipt: only a paid order of yours has one.</p>
        <Link to={paths.order(orderId)}>Back to the order</Link>
      </div>
    );
  }
  return (
    <article className="receipt card" aria-labelledby="receipt-heading" data-testid="receipt">
      <header>
        <h1 id="receipt-heading">Receipt</h1>
        <p>
          {order.restaurant.name} · order {shortOrderId(order.id)}
        </p>
        <p className="muted">
          Placed {formatDateTime(order.created_at)} · paid {formatDateTime(order.paid_at)}
        </p>
        <p className="muted">Delivery to {order.delivery_address}</p>
      </header>
      <table className="receipt-lines">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Qty</th>
            <th scope="col">Each</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((line) => (
            <tr key={line.id}>
              <td>{line.menu_item.name}</td>
              <td>{line.quantity}</td>
              <td>{formatCents(line.unit_price_cents)}</td>
              <td>{line.unit_price_cents === null ? '' : formatCents(line.unit_price_cents * line.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PriceBreakdown breakdown={breakdown} totalLabel="Total charged" />
      <p data-testid="receipt-card">
        Charged {formatCents(charge.amount_cents)} to the card ending in {charge.card_last4} on {formatDateTime(charge.created_at)}.
      </p>
      {order.after_delivery_tip?.status === 'succeeded' && (
        <p data-testid="receipt-tip-after-delivery">
          Tip after delivery: {formatCents(order.after_delivery_tip.amount_cents)}, charged separately to the card ending in {order.after_delivery_tip.card_last4} on{' '}
          {formatDateTime(order.after_delivery_tip.updated_at)}.
        </p>
      )}
      {refundsOf(order.payments).map((refund) => (
        <p key={refund.id} data-testid="receipt-refund">
          Refunded {formatCents(refund.amount_cents)} to the card ending in {refund.card_last4} on {formatDateTime(refund.updated_at)}.
        </p>
      ))}
      <p className="receipt-actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <Link to={paths.order(order.id)}>Back to the order</Link>
      </p>
    </article>
  );
}
