import { useState } from 'react';
import { useCancelOrder } from './use-cancel-order.js';
import { friendlyError } from '../apollo/errors.js';

/** Cancel with a second, explicit confirmation step (no browser dialog, so it works with a keyboard and screen readers alike). */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const { cancel, cancelling } = useCancelOrder();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const confirm = async () => {
    setMessage(null);
    try {
      const outcome = await cancel(orderId);
      if (outcome === 'too-late') setMessage('This order can no longer be cancelled: it has already moved on.');
    } catch (error) {
      setMessage(friendlyError(error));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="cancel-order">
      {confirming ? (
        <div role="group" aria-label="Confirm cancellation" className="button-row">
          <span>Cancel this order?</span>
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
      )}
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
