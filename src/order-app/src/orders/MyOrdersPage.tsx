import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { OrderListRow } from './OrderListRow.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError } from '../apollo/errors.js';
import { ScheduledOrders } from './ScheduledOrders.js';

export const ORDERS_PAGE_SIZE = 10;

// The permission filter (customer_id = X-Hasura-User-Id) is what limits this to the user's own
// orders; the query deliberately has no where clause. The index orders(customer_id, created_at)
// serves it.
export const MY_ORDERS = graphql(`
  subscription MyOrders($limit: Int!, $offset: Int!) {
    orders(order_by: { created_at: desc }, limit: $limit, offset: $offset) {
      id
      ...OrderListRow_order
    }
  }
`);

// A separate subscription: a subscription operation has exactly one root field.
export const MY_ORDER_COUNT = graphql(`
  subscription MyOrderCount {
    orders_aggregate {
      aggregate {
        count
      }
    }
  }
`);

export function MyOrdersPage({ page }: { page: number }) {
  const offset = (page - 1) * ORDERS_PAGE_SIZE;
  const orders = useSubscription(MY_ORDERS, { variables: { limit: ORDERS_PAGE_SIZE, offset } });
  const count = useSubscription(MY_ORDER_COUNT);
  const total = count.data?.orders_aggregate?.aggregate?.count ?? null;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE));
  const list = orders.data?.orders;
  // Without a count (still loading, or refused) a full page means there may be more.
  const hasOlder = pages !== null ? page < pages : list?.length === ORDERS_PAGE_SIZE;

  return (
    <section aria-labelledby="my-orders-heading">
      <header className="page-header">
        <h1 id="my-orders-heading">My orders</h1>
        {total !== null && <p className="muted">{total === 1 ? '1 order' : `${total} orders`}, newest first</p>}
      </header>
      {page === 1 && <ScheduledOrders />}
      {orders.error && !list && (
        <p className="notice notice-error" role="alert">
          {friendlyError(orders.error)}
        </p>
      )}
      {!list && !orders.error && <p role="status">Loading your orders…</p>}
      {list && list.length === 0 && (
        <div className="card">
          <p>{page > 1 ? 'No orders on this page.' : 'You have not ordered anything yet.'}</p>
          <Link to={paths.restaurants()} className="button button-primary">
            Find a restaurant
          </Link>
        </div>
      )}
      {list && list.length > 0 && (
        <ul className="order-list" aria-label="Orders">
          {list.map((order) => (
            <OrderListRow key={order.id} order={order} />
          ))}
        </ul>
      )}
      {(page > 1 || hasOlder) && (
        <nav className="pagination" aria-label="Pages of orders">
          {page > 1 ? (
            <Link to={paths.orders(page - 1)} rel="prev" className="button">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">
            Page {page}
            {pages !== null ? ` of ${pages}` : ''}
          </span>
          {hasOlder ? (
            <Link to={paths.orders(page + 1)} rel="next" className="button">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
