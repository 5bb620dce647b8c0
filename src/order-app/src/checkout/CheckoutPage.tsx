import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCart } from '../cart/cart-context.js';
import { CartSummary } from '../cart/CartSummary.js';
import { DishNotes } from './DishNotes.js';
import { usePlaceOrder } from './use-place-order.js';
import { navigate, Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError, isNetworkError } from '../apollo/errors.js';
import { reconnectDelayMs } from '../apollo/client.js';
import { waitToRetry } from '../apollo/connection-status.js';
import { newUuid } from '../lib/uuid.js';
import { ADDRESS_DRAFT_KEY } from '../auth/personal-data.js';
import { keepTrying, STOPPED } from './keep-trying.js';
import { DeliveryFields } from '../addresses/DeliveryFields.js';
import { deliveryRequest, initialChoice, isProblem, type DeliveryDraft, type DeliveryProblem } from '../addresses/delivery-choice.js';
import { useSaveAddress, useSavedAddresses } from '../addresses/use-saved-addresses.js';
import { promoCodeProblem, TipAndPromoFields, type MoneyDraft } from './TipAndPromoFields.js';
import { tipCentsOf } from './tip-choice.js';
import { cartSubtotalCents, orderItemsOf } from '../cart/cart.js';
import { normalizePromoCode } from '@3factor/domain';
import { WhenFields } from './WhenFields.js';
import type { WhenDraft } from './when-choice.js';
import { scheduleErrorText, useScheduleOrder } from './use-schedule-order.js';

const OFFLINE_NOTICE = 'Cannot reach the server. Your order is not placed yet: we keep trying, and place it as soon as the connection is back.';

/** Where to deliver (a saved address or a typed one, the database accepts 5 to 300 characters), a note for the courier, a tip and a promo code, and "Place order". */
export function CheckoutPage({ restaurantId, storage = window.localStorage }: { restaurantId: number; storage?: Storage }) {
  const { cart, dispatch } = useCart();
  const { placeOrder, placing } = usePlaceOrder();
  const { scheduleOrder, scheduling } = useScheduleOrder();
  const [when, setWhen] = useState<WhenDraft>({ mode: 'now' });
  const { addresses: saved } = useSavedAddresses();
  const saveAddress = useSaveAddress();
  const [draft, setDraft] = useState<DeliveryDraft>(() => ({ choice: '', typedAddress: storage.getItem(ADDRESS_DRAFT_KEY) ?? '', courierNote: '', saveTyped: false, label: '' }));
  // Until the customer picks, the choice follows the saved addresses as they arrive (the default first).
  const choice = draft.choice === '' ? initialChoice(saved) : draft.choice;
  const [problem, setProblem] = useState<DeliveryProblem | null>(null);
  const [money, setMoney] = useState<MoneyDraft>({ tip: { kind: 'percent', percent: 0 }, promoCode: '' });
  // One id per address typed and saved at checkout, so a retry cannot save it twice.
  const newAddressId = useRef(newUuid());
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
    const delivery = deliveryRequest({ ...draft, choice }, saved);
    if (isProblem(delivery)) {
      setProblem(delivery);
      return;
    }
    setProblem(null);
    // The fields show what is wrong with either; the order waits until both are right.
    const tip = tipCentsOf(money.tip, cartSubtotalCents(cart));
    if (!tip.ok || promoCodeProblem(money.promoCode)) return;
    const thisRun = ++run.current;
    const items = orderItemsOf(cart);
    const code = normalizePromoCode(money.promoCode);
    const extras = {
      ...(delivery.courierNote === null ? {} : { courierNote: delivery.courierNote }),
      ...(tip.tipCents > 0 ? { tipCents: tip.tipCents } : {}),
      ...(code ? { promoCode: code } : {}),
    };
    // Scheduled for later: the same cart and choices, frozen, placed at that time (the cart's id names it).
    const schedule = async (address: { addressId: string } | { deliveryAddress: string }) => {
      if (when.mode !== 'later') throw new Error('not scheduled');
      await scheduleOrder({ id: cart.orderId, restaurantId, placeAt: when.at, lines: items, ...address, ...extras });
      return paths.orders();
    };
    const place = async () => {
      if (when.mode === 'later') {
        if (delivery.kind === 'saved') return schedule({ addressId: delivery.addressId });
        if (!delivery.save) return schedule({ deliveryAddress: delivery.deliveryAddress });
        const addressId = await saveAddress({ id: newAddressId.current, label: delivery.save.label, address: delivery.deliveryAddress, courierNote: delivery.courierNote ?? '' });
        return schedule({ addressId });
      }
      if (delivery.kind === 'saved') return placeOrder({ id: cart.orderId, restaurantId, addressId: delivery.addressId, ...extras, items });
      if (!delivery.save) return placeOrder({ id: cart.orderId, restaurantId, deliveryAddress: delivery.deliveryAddress, ...extras, items });
      const addressId = await saveAddress({ id: newAddressId.current, label: delivery.save.label, address: delivery.deliveryAddress, courierNote: delivery.courierNote ?? '' });
      return placeOrder({ id: cart.orderId, restaurantId, addressId, ...extras, items });
    };
    if (when.mode === 'later' && !when.at) {
      setError('Pick a time to schedule the order for.');
      return;
    }
    try {
      const placed = await keepTrying(place, {
        isRetryable: isNetworkError,
        onRetrying: () => {
          setRetrying(true);
          setError(OFFLINE_NOTICE);
        },
        wait: (retries) => waitToRetry(reconnectDelayMs(retries)),
        stopped: () => run.current !== thisRun,
      });
      if (placed === STOPPED) return;
      dispatch({ type: 'clear', nextOrderId: newUuid() });
      navigate(when.mode === 'later' ? placed : paths.order(placed));
    } catch (caught) {
      // The cart keeps its order id, so trying again cannot create a second order.
      if (run.current !== thisRun) return;
      setRetrying(false);
      setError(when.mode === 'later' ? scheduleErrorText(caught) : friendlyError(caught));
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
          <DeliveryFields
            saved={saved}
            draft={{ ...draft, choice }}
            problem={problem}
            onChange={(next) => {
              // The typed address is kept as typed, so a reload keeps the draft; it is also the next order's default.
              if (next.typedAddress !== draft.typedAddress) storage.setItem(ADDRESS_DRAFT_KEY, next.typedAddress);
              setDraft(next);
            }}
          />
          <WhenFields restaurantId={restaurantId} draft={when} onChange={setWhen} />
          <DishNotes />
          <TipAndPromoFields restaurantId={restaurantId} itemsSubtotalCents={cartSubtotalCents(cart)} draft={money} onChange={setMoney} />
          <p className="muted">The restaurant confirms the items and the final total before you pay.</p>
          {error && (
            <p className={`notice ${retrying ? 'notice-info' : 'notice-error'}`} role="alert" data-testid="checkout-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" disabled={placing || scheduling}>
            {placing
              ? 'Placing your order…'
              : scheduling
                ? 'Scheduling your order…'
                : retrying
                  ? 'Try now'
                  : error
                    ? 'Try again'
                    : when.mode === 'later'
                      ? 'Schedule order'
                      : 'Place order'}
          </button>
        </form>
      </section>
      <CartSummary />
    </div>
  );
}
