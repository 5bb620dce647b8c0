import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { formatCents, type OrderStatus } from '@3factor/domain';
import { PriceBreakdown, storedBreakdown } from './PriceBreakdown.js';

export const ORDER_ITEMS_FRAGMENT = graphql(`
  fragment OrderItems_order on orders {
    id
    delivery_address
    total_cents
    items_subtotal_cents
    delivery_fee_cents
    service_fee_cents
    tax_rate_bps
    tax_cents
    tip_cents
    discount_cents
    promo_code
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
  }
`);

/** Orders that ended before validation priced them: their total will never be calculated. */
const NEVER_PRICED: readonly OrderStatus[] = ['rejected', 'cancelled'];

/**
 * What was ordered, where it goes, and the total as the server computed it, part by part (items,
 * fees, tax, tip, promo) once the order is validated. Each line shows the
 * price stored with it when validate-order looked at the order (a rejected order's lines too),
 * never the menu's price now, which may have changed since; a line never priced (the order was
 * cancelled before it was checked, or the dish is not on this menu) shows none.
 */
export function OrderItems(props: { order: FragmentType<typeof ORDER_ITEMS_FRAGMENT>; status: OrderStatus }) {
  const order = getFragmentData(ORDER_ITEMS_FRAGMENT, props.order);
  const neverPriced = order.total_cents === null && NEVER_PRICED.includes(props.status);
  const breakdown = storedBreakdown(order);
  return (
    <section aria-labelledby="items-heading" className="card">
      <h2 id="items-heading">Your order from {order.restaurant.name}</h2>
      <ul className="line-items">
        {order.items.map((item) => (
          <li key={item.id}>
            <span>
              {item.quantity} × {item.menu_item.name}
            </span>
            <span className="line-price" data-testid="line-price">
              {item.unit_price_cents !== null ? formatCents(item.unit_price_cents * item.quantity) : ''}
            </span>
          </li>
        ))}
      </ul>
      {breakdown && <PriceBreakdown breakdown={breakdown} showTotal={false} />}
      <p className="total">
        <span>Total</span>
        <strong data-testid="order-total">{order.total_cents !== null ? formatCents(order.total_cents) : neverPriced ? 'not charged' : 'being calculated…'}</strong>
      </p>
      <p className="muted">
        Deliver to: <span data-testid="delivery-address">{order.delivery_address}</span>
      </p>
    </section>
  );
}
