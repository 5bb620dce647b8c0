import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { useId, useState, type FormEvent } from 'react';
import { useApproveOrder } from './use-approve-order.js';
import { ConversationPanel } from '../conversation/ConversationPanel.js';
import { useRejectOrder } from './use-reject-order.js';
import { friendlyError } from '../apollo/errors.js';
import { formatCents, formatDuration, formatTime, shortOrderId } from '@3factor/domain';
import { useNow } from '../ui/use-now.js';
import { ORDER_STATUS_LABELS } from '@3factor/domain';

export const KITCHEN_ORDER_FRAGMENT = graphql(`
  fragment IncomingOrderCard_order on orders {
    id
    status
    total_cents
    delivery_address
    paid_at
    items(order_by: { id: asc }) {
      id
      quantity
      note
      menu_item {
        id
        name
      }
    }
  }
`);

export const REJECTION_REASONS = ['Too busy right now', 'An item is sold out', 'Closing soon'];

/** One paid order waiting for the kitchen: what to cook, and accept or decline with a reason. */
export function IncomingOrderCard({ order: orderRef, decidable }: { order: FragmentType<typeof KITCHEN_ORDER_FRAGMENT>; decidable: boolean }) {
  const order = getFragmentData(KITCHEN_ORDER_FRAGMENT, orderRef);
  const id = useId();
  const { approve, approving } = useApproveOrder();
  const { reject, rejecting } = useRejectOrder();
  const [showReasonForm, setShowReasonForm] = useState(false);
  // How long the customer has been waiting since paying, kept current without new data.
  const now = useNow(15_000);
  const [reason, setReason] = useState(REJECTION_REASONS[0]!);
  const [message, setMessage] = useState<string | null>(null);
  const busy = approving || rejecting;

  const run = async (action: () => Promise<boolean>) => {
    setMessage(null);
    try {
      if (!(await action())) setMessage('This order was already handled.');
    } catch (error) {
      setMessage(friendlyError(error));
    }
  };
  const onReject = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMessage('Give the customer a reason.');
      return;
    }
    void run(() => reject(order.id, trimmed));
  };

  return (
    <li className="card kitchen-order" data-order-id={order.id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Order #{shortOrderId(order.id)} <span className={`status-badge status-${order.status}`}>{ORDER_STATUS_LABELS[order.status]}</span>
      </h3>
      <p className="muted">
        {order.paid_at
          ? `Paid ${formatTime(order.paid_at)}${decidable ? ` (waiting ${formatDuration(Math.max(0, Math.round((now - Date.parse(order.paid_at)) / 1000)))})` : ''} · `
          : ''}
        {order.total_cents !== null ? formatCents(order.total_cents) : ''} · to {order.delivery_address}
      </p>
      <ul className="line-items">
        {order.items.map((item) => (
          <li key={item.id}>
            <span>
              {item.quantity} × {item.menu_item.name}
            </span>
            {item.note && <span className="dish-note">“{item.note}”</span>}
          </li>
        ))}
      </ul>
      {decidable && !showReasonForm && (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => approve(order.id))}>
            {approving ? 'Accepting…' : 'Accept order'}
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => setShowReasonForm(true)}>
            Decline…
          </button>
        </div>
      )}
      {decidable && showReasonForm && (
        <form onSubmit={onReject} className="reject-form">
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason for the customer</label>
            <input id={`${id}-reason`} list={`${id}-reasons`} value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
            <datalist id={`${id}-reasons`}>
              {REJECTION_REASONS.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-danger" disabled={busy}>
              {rejecting ? 'Declining…' : 'Decline and refund'}
            </button>
            <button type="button" className="button" onClick={() => setShowReasonForm(false)}>
              Back
            </button>
          </div>
        </form>
      )}
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
      <ConversationPanel orderId={order.id} />
    </li>
  );
}
