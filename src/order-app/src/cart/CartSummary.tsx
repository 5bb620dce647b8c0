import type { ReactNode } from 'react';
import { useCart } from './cart-context.js';
import { canAddOne, cartItemCount, cartSubtotalCents, MAX_ITEMS, MAX_QUANTITY } from './cart.js';
import { formatCents, formatQuantity, ORDER_LIMITS_TEXT } from '@3factor/domain';

/** The cart with quantity steppers and the running total; `children` is the call to action below it. */
export function CartSummary({ children, editable = true }: { children?: ReactNode; editable?: boolean }) {
  const { cart, dispatch } = useCart();
  if (cart.lines.length === 0) {
    return (
      <aside className="card cart" aria-labelledby="cart-heading">
        <h2 id="cart-heading">Your cart</h2>
        <p className="muted">Your cart is empty.</p>
      </aside>
    );
  }
  const full = cartItemCount(cart) >= MAX_ITEMS || cart.lines.some((line) => line.quantity >= MAX_QUANTITY);
  return (
    <aside className="card cart" aria-labelledby="cart-heading">
      <h2 id="cart-heading">
        Your cart{' '}
        <span className="muted">
          ({formatQuantity(cartItemCount(cart), 'item')} from {cart.restaurantName})
        </span>
      </h2>
      <ul className="line-items">
        {cart.lines.map((line) => (
          <li key={line.menuItemId}>
            <span className="line-name">{line.name}</span>
            {editable ? (
              <span className="stepper" role="group" aria-label={`Quantity of ${line.name}`}>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`One less ${line.name}`}
                  onClick={() => dispatch({ type: 'set-quantity', menuItemId: line.menuItemId, quantity: line.quantity - 1 })}
                >
                  −
                </button>
                <output aria-live="polite" aria-label={`${line.name} quantity`}>
                  {line.quantity}
                </output>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`One more ${line.name}`}
                  disabled={!canAddOne(cart, line.menuItemId)}
                  onClick={() => dispatch({ type: 'set-quantity', menuItemId: line.menuItemId, quantity: line.quantity + 1 })}
                >
                  +
                </button>
              </span>
            ) : (
              <span>× {line.quantity}</span>
            )}
            <span className="line-price">{formatCents(line.priceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <p className={`muted${full ? ' limit-reached' : ''}`} data-testid="order-limits" aria-live="polite">
        {full ? `Limit reached. ${ORDER_LIMITS_TEXT}` : ORDER_LIMITS_TEXT}
      </p>
      <p className="total">
        <span>Subtotal</span>
        <strong data-testid="cart-subtotal">{formatCents(cartSubtotalCents(cart))}</strong>
      </p>
      {children}
    </aside>
  );
}
