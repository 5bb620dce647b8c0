import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { ORDER_STATUS_LABELS } from '@3factor/domain';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { formatCents, formatDateTime, shortOrderId } from '@3factor/domain';

export const ORDER_LIST_ROW_FRAGMENT = graphql(`
  fragment OrderListRow_order on orders {
    id
    status
    total_cents
    created_at
    restaurant {
      id
      name
    }
  }
`);

export function OrderListRow(props: { order: FragmentType<typeof ORDER_LIST_ROW_FRAGMENT> }) {
  const order = getFragmentData(ORDER_LIST_ROW_FRAGMENT, props.order);
  return (
    <li className="order-row" data-order-id={order.id}>
      <Link to={paths.order(order.id)} className="order-row-link">
        <span className="order-row-main">
          <strong>{order.restaurant.name}</strong>
          <span className="muted">
            {formatDateTime(order.created_at)} · #{shortOrderId(order.id)}
          </span>
        </span>
        <span className="order-row-side">
          <span className={`status-badge status-${order.status}`}>{ORDER_STATUS_LABELS[order.status]}</span>
          <span>{order.total_cents !== null ? formatCents(order.total_cents) : '—'}</span>
        </span>
      </Link>
    </li>
  );
}
