import { z } from 'zod';
import type pg from 'pg';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped } from '../shared/outcome.js';
import { menuPrices, validateOrder, type OrderLine } from './validate.js';
import { schedulePaymentTimeout } from '../order-timeouts/schedule.js';

const orderRow = z.object({ id: z.guid('id must be the order uuid') });

export interface ValidateOrderInput {
  orderId: string;
}

/** Stores each line's price snapshot (lines change only while the order is placed: before the verdict). */
async function storePrices(client: pg.PoolClient, orderId: string, prices: ReadonlyArray<{ orderItemId: number; unitPriceCents: number }>): Promise<void> {
  await client.query(
    `UPDATE order_items oi SET unit_price_cents = p.unit_price_cents
       FROM unnest($2::int[], $3::int[]) AS p(id, unit_price_cents)
      WHERE oi.id = p.id AND oi.order_id = $1`,
    [orderId, prices.map((p) => p.orderItemId), prices.map((p) => p.unitPriceCents)],
  );
}

async function loadLines(client: pg.PoolClient, orderId: string): Promise<OrderLine[]> {
  const { rows } = await client.query<{
    order_item_id: number;
    menu_item_id: number;
    quantity: number;
    item_restaurant_id: number | null;
    name: string | null;
    price_cents: number | null;
    is_available: boolean | null;
  }>(
    `SELECT oi.id AS order_item_id, oi.menu_item_id, oi.quantity,
            mi.restaurant_id AS item_restaurant_id, mi.name, mi.price_cents, mi.is_available
       FROM order_items oi
       LEFT JOIN menu_items mi ON mi.id = oi.menu_item_id
      WHERE oi.order_id = $1
      ORDER BY oi.id`,
    [orderId],
  );
  return rows.map((row) => ({
    orderItemId: row.order_item_id,
    menuItemId: row.menu_item_id,
    quantity: row.quantity,
    menuItem: row.item_restaurant_id === null ? null : { restaurantId: row.item_restaurant_id, name: row.name!, priceCents: row.price_cents!, isAvailable: row.is_available! },
  }));
}

/** validate-order: INSERT on orders → validated (with total and price snapshots) or rejected (with a reason). */
export const validateOrderFunction: EventFunction<ValidateOrderInput> = {
  name: 'validate-order',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'orders' }, ops: ['INSERT', 'MANUAL'], row: orderRow });
    return { orderId: rows.new.id };
  },
  // A validated order waits for its payment until the payment timeout (order-timeouts/).
  after: ({ orderId }, _outcome, { runtime, logger }) => schedulePaymentTimeout(orderId, runtime, logger),
  process({ orderId }, { event, runtime }) {
    return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
      // The row lock keeps a customer's cancel from interleaving with the verdict.
      const order = await client.query<{ status: string; restaurant_id: number; restaurant_name: string; is_open: boolean }>(
        `SELECT o.status, o.restaurant_id, r.name AS restaurant_name, r.is_open
           FROM orders o JOIN restaurants r ON r.id = o.restaurant_id
          WHERE o.id = $1
          FOR UPDATE OF o`,
        [orderId],
      );
      const found = order.rows[0];
      if (!found) return skipped(`order ${orderId} does not exist`, { orderId });
      if (found.status !== 'placed') return skipped(`order is ${found.status}, not placed`, { orderId, orderStatus: found.status });

      const lines = await loadLines(client, orderId);
      const verdict = validateOrder({ id: found.restaurant_id, name: found.restaurant_name, isOpen: found.is_open }, lines);
      if (verdict.kind === 'rejected') {
        // The order page shows a rejected order's lines at the price they had when it was checked.
        await storePrices(client, orderId, menuPrices({ id: found.restaurant_id, name: found.restaurant_name, isOpen: found.is_open }, lines));
        await client.query(`UPDATE orders SET status = 'rejected', rejection_reason = $2 WHERE id = $1 AND status = 'placed'`, [orderId, verdict.reason]);
        return applied({ orderId, orderStatus: 'rejected', rejectionReason: verdict.reason });
      }
      await storePrices(client, orderId, verdict.prices);
      await client.query(`UPDATE orders SET status = 'validated', total_cents = $2, rejection_reason = NULL WHERE id = $1 AND status = 'placed'`, [orderId, verdict.totalCents]);
      return applied({ orderId, orderStatus: 'validated', totalCents: verdict.totalCents });
    });
  },
};
