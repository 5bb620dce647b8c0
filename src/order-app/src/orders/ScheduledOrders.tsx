import { useMutation, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime, formatQuantity } from '@3factor/domain';
import { graphql } from '../gql/index.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { scheduleErrorText } from '../checkout/use-schedule-order.js';

// The customer's scheduled orders (their own, by the permission), soonest first among those still
// to come, then the recent ones that were placed, cancelled or failed. Live, so a placement at
// its time turns the row into a link to the order without a reload.
export const MY_SCHEDULED_ORDERS = graphql(`
  subscription MyScheduledOrders {
    scheduled_orders(order_by: [{ place_at: desc }], limit: 20) {
      id
      place_at
      status
      failure_reason
      order_id
      lines
      restaurant {
        id
        name
      }
    }
  }
`);

export const CANCEL_SCHEDULED_ORDER = graphql(`
  mutation CancelScheduledOrder($id: uuid!) {
    update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: "cancelled" }) {
      id
      status
    }
  }
`);

const STATUS_LABELS: Record<string, string> = { scheduled: 'Scheduled', placed: 'Placed', cancelled: 'Cancelled', failed: 'Not placed' };

function itemCount(lines: unknown): number {
  return Array.isArray(lines) ? lines.reduce((sum: number, line: { quantity?: unknown }) => sum + (typeof line.quantity === 'number' ? line.quantity : 0), 0) : 0;
}

function CancelScheduled({ id }: { id: string }) {
  const [cancel, { loading }] = useMutation(CANCEL_SCHEDULED_ORDER);
  const [message, setMessage] = useState<string | null>(null);
  const onCancel = async () => {
    setMessage(null);
    try {
      await cancel({ variables: { id } });
    } catch (error) {
      setMessage(scheduleErrorText(error));
    }
  };
  return (
    <>
      <button type="button" className="button button-quiet" onClick={onCancel} disabled={loading}>
        {loading ? 'Cancelling…' : 'Cancel'}
      </button>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}

/** The "Scheduled" list of the orders page; nothing when the customer never scheduled an order. */
export function ScheduledOrders() {
  const { data } = useSubscription(MY_SCHEDULED_ORDERS);
  const rows = data?.scheduled_orders ?? [];
  if (rows.length === 0) return null;
  const upcoming = rows.filter((r) => r.status === 'scheduled').reverse();
  const past = rows.filter((r) => r.status !== 'scheduled');
  return (
    <section aria-labelledby="scheduled-heading" className="scheduled-orders">
      <h2 id="scheduled-heading">Scheduled</h2>
      <ul className="order-list" aria-label="Scheduled orders">
        {[...upcoming, ...past].map((row) => (
          <li key={row.id} className="order-row" data-scheduled-order-id={row.id}>
            <span className="order-row-main">
              <strong>{row.restaurant.name}</strong>
              <span className="muted">
                For {formatDateTime(row.place_at)} · {formatQuantity(itemCount(row.lines), 'item')}
              </span>
              {row.failure_reason && <span className="notice notice-error">{row.failure_reason}</span>}
            </span>
            <span className="order-row-side">
              <span className={`status-badge scheduled-${row.status}`}>{STATUS_LABELS[row.status] ?? row.status}</span>
              {row.status === 'scheduled' && <CancelScheduled id={row.id} />}
              {row.order_id && (
                <Link to={paths.order(row.order_id)} className="button">
                  View order
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
