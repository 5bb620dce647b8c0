// The size of one order, as the validate-order function enforces it and as the cart states it
// before anyone presses "Place order": one set of numbers, so the form never stops short of the
// server's limit, or lets through what the server will reject.

/** Different menu items in one order. */
export const MAX_LINES = 30;
/** Of one menu item. */
export const MAX_QUANTITY = 50;
/** Items in one order, all lines together: a household's dinner, not a catering job (120 items for $944 went through before). */
export const MAX_ITEMS = 100;

/** The limits in one sentence, as the cart shows them. */
export const ORDER_LIMITS_TEXT = `Up to ${MAX_QUANTITY} of each dish and ${MAX_ITEMS} items per order.`;
