import { useState } from 'react';
import { friendlyError } from '../apollo/errors.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { formatQuantity } from '@3factor/domain';
import { useReorder, type ReorderOutcome } from './use-reorder.js';

/** "Order again": the same dishes into the cart at today's prices, saying what changed since. */
export function OrderAgain({ orderId }: { orderId: string }) {
  const { reorder, loading } = useReorder();
  const [outcome, setOutcome] = useState<ReorderOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const click = async () => {
    setError(null);
    try {
      const done = await reorder(orderId);
      if (done) setOutcome(done);
      else setError('This order can no longer be read.');
    } catch (e) {
      setError(friendlyError(e));
    }
  };

  const items = outcome?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  return (
    <section className="order-again" aria-label="Order again">
      <button type="button" className="button" onClick={click} disabled={loading}>
        {loading ? 'Checking today’s menu…' : 'Order again'}
      </button>
      {outcome && (
        <div className={`notice ${outcome.notices.length > 0 ? 'notice-warning' : 'notice-info'}`} role="status" data-testid="reorder-outcome">
          {items > 0 && (
            <p>
              {formatQuantity(items, 'item')} from {outcome.restaurantName} {items === 1 ? 'is' : 'are'} in your cart
              {outcome.replacedCart ? ', in place of what it held' : ''}. <Link to={paths.menu(outcome.restaurantId)}>Review your cart</Link>
            </p>
          )}
          {outcome.notices.length > 0 && (
            <ul className="plain-list">
              {outcome.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
