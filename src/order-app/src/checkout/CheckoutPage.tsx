import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useCart } from '../cart/cart-context.js';
import { CartSummary } from '../cart/CartSummary.js';
import { usePlaceOrder } from './use-place-order.js';
import { navigate, Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError, isNetworkError } from '../apollo/errors.js';
import { reconnectDelayMs } from '../apollo/client.js';
import { waitToRetry } from '../apollo/connection-status.js';
import { newUuid } from '../lib/uuid.js';
import { ADDRESS_DRAFT_KEY } from '../auth/personal-data.js';
import { keepTrying, STOPPED } from './keep-trying.js';

const OFFLINE_NOTICE = 'Cannot reach the server. Your order is not placed yet: we keep trying, and place it as soon as the connection is back.';

/** The delivery address (the database accepts 5 to 300 characters) and "Place order". */
export function CheckoutPage({ restaurantId, storage = window.localStorage }: { restaurantId: number; storage?: Storage }) {
  const id = useId();
  const { cart, dispatch } = useCart();
  const { placeOrder, placing } = usePlaceOrder();
  const [address, setAddress] = useState(() => storage.getItem(ADDRESS_DRAFT_KEY) ?? '');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);
  // Each press of the button starts one run of attempts; a newer press or leaving the page ends the older one.
  const run = useRef(0);
  useEffect(
    () => () => {
      run.current++;
    },
    [],
  );

  if (cart.restaurantId !== restaurantId || cart.lines.length === 0) {
    return (
      <div className="card">
        <h1>Checkout</h1>
        <p>Your cart is empty.</p>
        <Link to={paths.menu(restaurantId)} className="button">
          Back to the menu
        </Link>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const trimmed = address.trim();
    if (trimmed.length < 5 || trimmed.length > 300) {
      setAddressError('Enter a delivery address (5 to 300 characters).');
      return;
    }
    setAddressError(null);
    const thisRun = ++run.current;
    const variables = {
      id: cart.orderId,
      restaurantId,
      deliveryAddress: trimmed,
      items: cart.lines.map((line) => ({ menu_item_id: line.menuItemId, quantity: line.quantity })),
    };
    try {
      const orderId = await keepTrying(() => placeOrder(variables), {
        isRetryable: isNetworkError,
        onRetrying: () => {
          setRetrying(true);
          setError(OFFLINE_NOTICE);
        },
        wait: (retries) => waitToRetry(reconnectDelayMs(retries)),
        stopped: () => run.current !== thisRun,
      });
      if (orderId === STOPPED) return;
      dispatch({ type: 'clear', nextOrderId: newUuid() });
      navigate(paths.order(orderId));
    } catch (caught) {
      // The cart keeps its order id, so trying again cannot create a second order.
      if (run.current !== thisRun) return;
      setRetrying(false);
      setError(friendlyError(caught));
    }
  };

  return (
    <div className="menu-layout">
      <section aria-labelledby="checkout-heading">
        <header className="page-header">
          <Link to={paths.menu(restaurantId)} className="back-link">
            ← Back to the menu
          </Link>
          <h1 id="checkout-heading">Checkout</h1>
        </header>
        <form onSubmit={onSubmit} className="card" noValidate>
          <div className="field">
            <label htmlFor={`${id}-address`}>Delivery address</label>
            <textarea
              id={`${id}-address`}
              name="street-address"
              autoComplete="street-address"
              rows={3}
              maxLength={300}
              required
              value={address}
              onChange={(e) => {
                // Kept as typed, so a reload keeps the draft; it is also the next order's default.
                setAddress(e.target.value);
                storage.setItem(ADDRESS_DRAFT_KEY, e.target.value);
              }}
              aria-invalid={addressError ? true : undefined}
              aria-describedby={addressError ? `${id}-address-error` : undefined}
            />
            {addressError && (
              <span id={`${id}-address-error`} className="field-error">
                {addressError}
              </span>
            )}
          </div>
          <p className="muted">The restaurant confirms the items and the final total before you pay.</p>
          {error && (
            <p className={`notice ${retrying ? 'notice-info' : 'notice-error'}`} role="alert" data-testid="checkout-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" disabled={placing}>
            {placing ? 'Placing your order…' : retrying ? 'Try now' : error ? 'Try again' : 'Place order'}
          </button>
        </form>
      </section>
      <CartSummary />
    </div>
  );
}
