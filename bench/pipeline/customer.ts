import { randomUUID } from 'node:crypto';
import { TEST_CARD_NUMBERS, tokenizeCard } from '@3factor/domain';
import { ORDER_LIVE, PLACE_ORDER, SUBMIT_PAYMENT } from './documents.js';
import { GraphQLClient } from './graphql-client.js';
import { now } from './clock.js';

/**
 * A simulated customer doing what the order app does: one nested insert with an id of its
 * own, then the order page's live query; as soon as it shows `validated`, the payment insert
 * with a test card's token; done when it shows a courier assigned.
 */

export interface Restaurant {
  id: number;
  menuItemIds: number[];
}

export type Outcome = 'assigned' | 'failed' | 'unfinished' | 'error';

export interface OrderRecord {
  id: string;
  outcome: Outcome;
  /** When the insert was sent (epoch ms, this process's clock). */
  placedAt: number;
  /** When the insert was answered. */
  acceptedAt?: number;
  /** When the live query first showed each status. */
  seen: Record<string, number>;
  /** When the payment insert was answered. */
  paidAt?: number;
  /** When the live query showed agent_assigned (or later). */
  assignedSeenAt?: number;
  error?: string;
}

const ASSIGNED = new Set(['agent_assigned', 'picked_up', 'delivered']);
const FAILED = new Set(['rejected', 'payment_failed', 'cancelled', 'restaurant_rejected']);
const ADDRESSES = ['12 Harbour Street', '4 Elm Row, flat 2', '88 Station Road', '1 Market Square'];

const card = tokenizeCard(TEST_CARD_NUMBERS.succeeds, `12/${(new Date().getFullYear() + 2) % 100}`, '123');
if (!card.ok) throw new Error(card.message);
const CARD = { token: card.token, last4: card.last4 };

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;

export function orderLines(restaurant: Restaurant): Array<{ menu_item_id: number; quantity: number }> {
  const count = Math.min(restaurant.menuItemIds.length, 1 + Math.floor(Math.random() * 3));
  const ids = new Set<number>();
  while (ids.size < count) ids.add(pick(restaurant.menuItemIds));
  return [...ids].map((menu_item_id) => ({ menu_item_id, quantity: 1 + Math.floor(Math.random() * 3) }));
}

export class Customer {
  readonly client: GraphQLClient;

  constructor(engineUrl: string, wsUrl: string, token: string) {
    this.client = new GraphQLClient(`${engineUrl}/v1/graphql`, wsUrl, { Authorization: `Bearer ${token}` });
  }

  /** One order from insert to a courier assigned; settles as `unfinished` when `stop` fires first. */
  async order(restaurant: Restaurant, stop: AbortSignal): Promise<OrderRecord> {
    const record: OrderRecord = { id: randomUUID(), outcome: 'unfinished', placedAt: now(), seen: {} };
    try {
      await this.client.request(PLACE_ORDER, {
        id: record.id,
        restaurantId: restaurant.id,
        deliveryAddress: pick(ADDRESSES),
        items: orderLines(restaurant),
      });
      record.acceptedAt = now();
    } catch (error) {
      return { ...record, outcome: 'error', error: (error as Error).message };
    }
    return new Promise<OrderRecord>((resolve) => {
      let paying = false;
      let settled = false;
      let unsubscribe = () => {};
      const finish = (outcome: Outcome, error?: string) => {
        if (settled) return;
        settled = true;
        record.outcome = outcome;
        if (error) record.error = error;
        stop.removeEventListener('abort', onStop);
        unsubscribe();
        resolve(record);
      };
      const onStop = () => finish('unfinished');
      unsubscribe = this.client.subscribe<{ orders_by_pk: { status: string } | null }>(
        ORDER_LIVE,
        { id: record.id },
        (data) => {
          const status = data.orders_by_pk?.status;
          if (!status) return;
          const at = now();
          record.seen[status] ??= at;
          if (status === 'validated' && !paying) {
            paying = true;
            this.client
              .request(SUBMIT_PAYMENT, { id: randomUUID(), orderId: record.id, paymentToken: CARD.token, cardLast4: CARD.last4 })
              .then(() => (record.paidAt = now()))
              .catch((error: Error) => finish('error', `payment: ${error.message}`));
          }
          if (ASSIGNED.has(status)) {
            record.assignedSeenAt = at;
            finish('assigned');
          } else if (FAILED.has(status)) finish('failed', status);
        },
        (error) => finish('error', `subscription: ${error.message}`),
      );
      if (stop.aborted) onStop();
      else stop.addEventListener('abort', onStop);
    });
  }
}
