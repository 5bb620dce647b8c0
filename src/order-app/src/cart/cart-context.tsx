import { createContext, useContext, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { cartReducer, emptyCart, parseStoredCart, type Cart, type CartAction } from './cart.js';
import { newUuid } from '../lib/uuid.js';

const STORAGE_KEY = '3factor.cart';

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

/** The cart survives a reload (sessionStorage), including the id its order will get. */
export function CartProvider({ children, storage = window.sessionStorage }: { children: ReactNode; storage?: Storage }) {
  const [cart, dispatch] = useReducer(cartReducer, undefined, () => parseStoredCart(storage.getItem(STORAGE_KEY)) ?? emptyCart(newUuid()));
  useEffect(() => {
    storage.setItem(STORAGE_KEY, JSON.stringify(cart));
  }, [cart, storage]);
  const value = useMemo(() => ({ cart, dispatch }), [cart]);
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}
