import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { useState } from 'react';
import { ConversationPanel } from '../conversation/ConversationPanel.js';
import { useMarkPickedUp } from './use-mark-picked-up.js';
import { useMarkDelivered } from './use-mark-delivered.js';
import { useUndoWindow } from './use-undo-window.js';
import { friendlyError } from '../apollo/errors.js';
import { formatTime, shortOrderId } from '@3factor/domain';
import { ORDER_STATUS_LABELS } from '@3factor/domain';

export const DELIVERY_CARD_FRAGMENT = graphql(`
  fragment DeliveryCard_order on orders {
    id
    status
    delivery_address
    courier_note
    agent_assigned_at
    picked_up_at
    delivered_at
    restaurant {
      id
      name
    }
    items(order_by: { id: asc }) {
      id
      quantity
      menu_item {
        id
        name
      }
    }
  }
`);

/** One assignment: where to pick up, where to deliver, and the one next step. */
export function DeliveryCard(props: { order: FragmentType<typeof DELIVERY_CARD_FRAGMENT> }) {
  const order = getFragmentData(DELIVERY_CARD_FRAGMENT, props.order);
  const { markPickedUp, marking: pickingUp } = useMarkPickedUp();
  const { markDelivered, marking: delivering } = useMarkDelivered();
  const [message, setMessage] = useState<string | null>(null);
  // Delivered is final (the status machine has no way back): the courier confirms it, then has
  // a few seconds to undo before it is written (use-undo-window.ts).
  const [confirmingDelivery, setConfirmingDelivery] = useState(false);

  const run = async (action: () => Promise<boolean>) => {
    setMessage(null);
    try {
      if (!(await action())) setMessage('This order has already moved on.');
    } catch (error) {
      setMessage(friendlyError(error));
    }
  };
  const delivery = useUndoWindow(() => void run(() => markDelivered(order.id)));

  return (
    <li className="card delivery" data-order-id={order.id}>
      <h3>
        #{shortOrderId(order.id)} <span className={`status-badge status-${order.status}`}>{ORDER_STATUS_LABELS[order.status]}</span>
      </h3>
      <dl className="delivery-facts">
        <dt>Pick up at</dt>
        <dd>{order.restaurant.name}</dd>
        <dt>Deliver to</dt>
        <dd>{order.delivery_address}</dd>
        {order.courier_note && (
          <>
            <dt>Note from the customer</dt>
            <dd className="courier-note">{order.courier_note}</dd>
          </>
        )}
        {order.agent_assigned_at && (
          <>
            <dt>Assigned</dt>
            <dd>{formatTime(order.agent_assigned_at)}</dd>
          </>
        )}
      </dl>
      <p className="muted">{order.items.map((item) => `${item.quantity} × ${item.menu_item.name}`).join(', ')}</p>
      {order.status === 'agent_assigned' && (
        <button type="button" className="button button-primary button-block" disabled={pickingUp} onClick={() => void run(() => markPickedUp(order.id))}>
          {pickingUp ? 'Saving…' : 'Mark picked up'}
        </button>
      )}
      {order.status === 'picked_up' && !confirmingDelivery && !delivery.pending && (
        <button type="button" className="button button-primary button-block" onClick={() => setConfirmingDelivery(true)}>
          Mark delivered
        </button>
      )}
      {order.status === 'picked_up' && confirmingDelivery && (
        <div className="notice notice-info" role="group" aria-label="Confirm the delivery">
          <p>Handed over at {order.delivery_address}? You can undo it for a few seconds.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              autoFocus
              disabled={delivering}
              onClick={() => {
                setConfirmingDelivery(false);
                delivery.start();
              }}
            >
              {delivering ? 'Saving…' : 'Yes, delivered'}
            </button>
            <button type="button" className="button" disabled={delivering} onClick={() => setConfirmingDelivery(false)}>
              Not yet
            </button>
          </div>
        </div>
      )}
      {order.status === 'picked_up' && delivery.pending && (
        <div className="notice notice-info button-row" data-testid="delivery-undo">
          <span role="status">Marked delivered: saving in {delivery.secondsLeft} s.</span>
          <button type="button" className="button" autoFocus onClick={delivery.undo}>
            Undo
          </button>
        </div>
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
