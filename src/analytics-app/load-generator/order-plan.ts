import { TEST_CARD_NUMBERS, tokenizeCard } from '@3factor/domain';
import { between, pick, type Random } from './random.js';

/**
 * What one simulated order will do, decided when it is placed: where, what, how it is
 * paid, and whether the customer or the restaurant turns it down. Pure.
 */
export interface MenuItem {
  id: number;
  price_cents: number;
}

export interface Restaurant {
  id: number;
  is_open: boolean;
  auto_approve: boolean;
  menu: MenuItem[];
  /** Staff user ids (role restaurant) who approve when the restaurant does not auto-approve. */
  staff: string[];
}

/** Shares of the simulated behaviours, each in 0..1. */
export interface Mix {
  /** Order from a closed restaurant: validate-order rejects it. */
  closedRestaurant: number;
  /** First card is declined (test token tok_chargeDeclined); the customer pays again with tok_visa. */
  declinedCard: number;
  /** Customer cancels before paying. */
  cancel: number;
  /** A restaurant that approves by hand rejects the order (the payment is refunded). */
  restaurantRejects: number;
}

export const DEFAULT_MIX: Mix = { closedRestaurant: 0.03, declinedCard: 0.08, cancel: 0.03, restaurantRejects: 0.15 };

export interface Card {
  token: string;
  last4: string;
}

/** A test card, tokenized as a customer's browser does it (@3factor/domain's card tokenizer). */
function testCard(number: string): Card {
  const expiry = `12/${(new Date().getFullYear() + 1) % 100}`;
  const card = tokenizeCard(number, expiry, '123');
  if (!card.ok) throw new Error(`test card ${number}: ${card.message}`);
  return { token: card.token, last4: card.last4 };
}

/** The simulated gateway's test cards: one it charges, one it declines. */
export const CARDS = {
  good: testCard(TEST_CARD_NUMBERS.succeeds),
  declined: testCard(TEST_CARD_NUMBERS.declined),
} as const;

export interface OrderPlan {
  restaurantId: number;
  items: { menu_item_id: number; quantity: number }[];
  /** Cards tried in turn, one per payment attempt. */
  cards: Card[];
  cancel: boolean;
  restaurantRejects: boolean;
}

const ADDRESSES = ['12 Harbour Street', '4 Elm Row, flat 2', '88 Station Road', '1 Market Square', '27 Riverside Walk', '5 Hill Lane'];

export function deliveryAddress(random: Random): string {
  return pick(random, ADDRESSES);
}

export function planOrder(random: Random, restaurants: readonly Restaurant[], mix: Mix = DEFAULT_MIX): OrderPlan {
  const open = restaurants.filter((r) => r.is_open && r.menu.length > 0);
  const closed = restaurants.filter((r) => !r.is_open && r.menu.length > 0);
  if (open.length === 0 && closed.length === 0) throw new Error('no restaurant has a menu to order from');
  const fromClosed = closed.length > 0 && (open.length === 0 || random() < mix.closedRestaurant);
  const restaurant = pick(random, fromClosed ? closed : open);

  const lines = Math.min(restaurant.menu.length, between(random, 1, 3));
  const chosen = new Map<number, number>();
  while (chosen.size < lines) chosen.set(pick(random, restaurant.menu).id, between(random, 1, 3));

  return {
    restaurantId: restaurant.id,
    items: [...chosen].map(([menu_item_id, quantity]) => ({ menu_item_id, quantity })),
    cards: random() < mix.declinedCard ? [CARDS.declined, CARDS.good] : [CARDS.good],
    cancel: random() < mix.cancel,
    restaurantRejects: !restaurant.auto_approve && random() < mix.restaurantRejects,
  };
}
