// What a signed-in person leaves in the browser besides the token: the cart and the checkout
// draft (an address). On a shared device the next person must not find them, so logging out
// forgets them together with the session, in every tab.

export const CART_KEY = '3factor.cart';
export const ADDRESS_DRAFT_KEY = '3factor.address';

export function forgetPersonalData(storage: Storage): void {
  storage.removeItem(CART_KEY);
  storage.removeItem(ADDRESS_DRAFT_KEY);
}
