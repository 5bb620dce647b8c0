import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { buildTimeline, stalledStep, WAITING_FOR } from './order-status.js';
import { formatTime } from '@3factor/domain';
import { useNow } from '../ui/use-now.js';

export const ORDER_TIMELINE_FRAGMENT = graphql(`
  fragment OrderTimeline_order on orders {
    id
    status
    created_at
    status_history(order_by: { id: asc }) {
      id
      to_status
      changed_at
    }
    assignment {
      id
      agent {
        id
        name
      }
    }
    payments(order_by: { created_at: desc }, limit: 1) {
      id
      status
      created_at
    }
  }
`);

/** The live status timeline: each step the order went through with its time, then the steps ahead. */
export function OrderTimeline(props: { order: FragmentType<typeof ORDER_TIMELINE_FRAGMENT> }) {
  const order = getFragmentData(ORDER_TIMELINE_FRAGMENT, props.order);
  const now = useNow();
  const entries = buildTimeline(order.status_history, order.status);
  const latestPayment = order.payments[0] ?? null;
  const enteredAt = order.status_history.at(-1)?.changed_at ?? order.created_at;
  const stall = stalledStep({
    status: order.status,
    enteredAt,
    pendingPaymentSince: latestPayment?.status === 'pending' ? latestPayment.created_at : null,
    now,
  });
  const waiting = latestPayment?.status === 'pending' ? 'Processing your payment…' : WAITING_FOR[order.status];
  const agentName = order.assignment?.agent.name;

  return (
    <section aria-labelledby="timeline-heading" className="card">
      <h2 id="timeline-heading">Progress</h2>
      {waiting && (
        <p className="waiting" role="status" aria-live="polite">
          {waiting}
        </p>
      )}
      {stall && (
        <p className="notice notice-warning" role="status" data-testid="stall-notice">
          {stall} We are on it; this page updates by itself.
        </p>
      )}
      <ol className="timeline" aria-label="Order status timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.status}-${index}`} className={`timeline-step timeline-${entry.state}`} data-status={entry.status}>
            <span className="timeline-marker" aria-hidden="true" />
            <span className="timeline-label">
              {entry.label}
              {entry.status === 'agent_assigned' && entry.state !== 'upcoming' && agentName && <span className="timeline-detail"> — {agentName} is your courier</span>}
            </span>
            {entry.at ? (
              <time dateTime={entry.at} className="timeline-time">
                {formatTime(entry.at)}
              </time>
            ) : (
              <span className="visually-hidden">not yet</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
