import { useState } from 'react';
import { useCancelOrder } from './use-cancel-order.js';
import { friendlyError } from '../apollo/errors.js';
import { formatCents } from '@3factor/domain';

/**
 * Cancel with a second, explicit confirmation step (no browser dialog, so it works with a
 * keyboard and screen readers alike). `paidCents` is set for a paid order, whose confirmation
 * says it will be refunded. The button shows only while `cancellable`; an answer it got (too
 * late: the restaurant answered first) stays on screen after the order moves on.
 */
export function CancelOrderButton({ orderId, cancellable, paidCents }: { orderId: string; cancellable: boolean; paidCents: number | null }) {
  const { cancel, cancelling } = useCancelOrder();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const confirm = async () => {
    setMessage(null);
    try {
      const outcome = await cancel(orderId);
      if (outcome === 'too-late') setMessage('This order can no longer be cancelled: the restaurant has already answered, or the order has moved on.');
    } catch (error) {
      setMessage(friendlyError(error));
    } finally {
      setConfirming(false);
    }
  };

  if (!cancellable && !message) return null;
  return (
    <div className="cancel-order">
      {cancellable &&
        (confirming ? (
          <div role="group" aria-label="Confirm cancellation" className="button-row">
            <span>{paidCents !== null ? `Cancel this order? Your payment of ${formatCents(paidCents)} will be refunded in full.` : 'Cancel this order?'}</span>
            <button type="button" className="button button-danger" onClick={confirm} disabled={cancelling}>
              {cancelling ? 'Cancelling…' : 'Yes, cancel it'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
              Keep my order
            </button>
          </div>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            Cancel order
          </button>
        ))}
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
