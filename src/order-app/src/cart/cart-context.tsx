import { createContext, useContext, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { cartReducer, emptyCart, parseStoredCart, type Cart, type CartAction } from './cart.js';
import { CART_KEY } from '../auth/personal-data.js';
import { useSession } from '../auth/session-context.js';
import { onOtherTabChange } from '../lib/shared-storage.js';
import { newUuid } from '../lib/uuid.js';

interface CartContextValue {
  cart: Cart;
  dispatch: Dispatch<CartAction>;
}

export const CartContext = createContext<CartContextValue | null>(null);

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error('useCart must be used inside <CartProvider>');
  return value;
}

const storedOrNew = (storage: Storage): Cart => parseStoredCart(storage.getItem(CART_KEY)) ?? emptyCart(newUuid());

/**
 * One cart for all the browser's tabs (localStorage), surviving a reload, including the id its
 * order will get. Logging out removes it from storage (auth/personal-data.ts); every tab then
 * starts an empty one.
 */
export function CartProvider({ children, storage = window.localStorage }: { children: ReactNode; storage?: Storage }) {
  const { session } = useSession();
  const [cart, dispatch] = useReducer(cartReducer, undefined, () => storedOrNew(storage));
  useEffect(() => {
    // Writing an unchanged value fires no event in the other tabs, so two tabs cannot ping-pong.
    if (storage.getItem(CART_KEY) !== JSON.stringify(cart)) storage.setItem(CART_KEY, JSON.stringify(cart));
  }, [cart, storage]);
  // Read the storage as it is now, not the event's value: the last writer wins in every tab.
  useEffect(() => onOtherTabChange(CART_KEY, () => dispatch({ type: 'replace', cart: storedOrNew(storage) })), [storage]);
  const signedOut = session === null;
  useEffect(() => {
    if (signedOut && storage.getItem(CART_KEY) === null) dispatch({ type: 'replace', cart: emptyCart(newUuid()) });
  }, [signedOut, storage]);
  const value = useMemo(() => ({ cart, dispatch }), [cart]);
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}
