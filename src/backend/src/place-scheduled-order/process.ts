import type pg from 'pg';
import { z } from 'zod';
import { PayloadError } from '../shared/hasura-event.js';
import type { EventResult } from '../shared/idempotency.js';
import { applied, processOnce, RetryLater, skipped } from '../shared/outcome.js';
import type { ScheduledFunction } from '../shared/scheduled-function.js';
import { decidePlacement, type ScheduledLine } from './decide.js';

const payload = z.object({ scheduled_order_id: z.guid('payload.scheduled_order_id must be the scheduled order uuid') });

interface ScheduledRow {
  status: string;
  customer_id: string;
  restaurant_id: number;
  lines: unknown;
  delivery_address: string;
  address_id: string | null;
  courier_note: string | null;
  tip_cents: number;
  promo_code: string | null;
  seconds_until: number;
  restaurant_name: string;
  is_open: boolean;
}

async function fail(client: pg.PoolClient, scheduledOrderId: string, customerId: string, reason: string): Promise<EventResult> {
  await client.query(`UPDATE scheduled_orders SET status = 'failed', failure_reason = $2 WHERE id = $1`, [scheduledOrderId, reason]);
  await client.query(`INSERT INTO notifications (user_id, order_id, kind, title, body) VALUES ($1, NULL, 'status', 'Your scheduled order was not placed', $2)`, [
    customerId,
    reason,
  ]);
  return applied({ scheduledOrderId, scheduledOrderStatus: 'failed', reason });
}

/**
 * The order as the checkout inserts it (the same columns, lines with their notes): the order
 * triggers copy a saved address, validate-order prices it and applies the promo code as for
 * any order. A row the database refuses (a check) fails the scheduled order with its message
 * instead of retrying what would fail the same way.
 */
async function place(client: pg.PoolClient, scheduledOrderId: string, row: ScheduledRow): Promise<EventResult> {
  await client.query('SAVEPOINT place_order');
  try {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO orders (customer_id, restaurant_id, delivery_address, address_id, courier_note, tip_cents, promo_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.customer_id, row.restaurant_id, row.delivery_address, row.address_id, row.courier_note, row.tip_cents, row.promo_code],
    );
    const orderId = inserted.rows[0]!.id;
    await client.query(
      `INSERT INTO order_items (order_id, menu_item_id, quantity, note)
       SELECT $1, l.menu_item_id, l.quantity, l.note FROM jsonb_to_recordset($2::jsonb) AS l(menu_item_id integer, quantity integer, note text)`,
      [orderId, JSON.stringify(row.lines)],
    );
    await client.query(`UPDATE scheduled_orders SET status = 'placed', order_id = $2 WHERE id = $1`, [scheduledOrderId, orderId]);
    return applied({ scheduledOrderId, scheduledOrderStatus: 'placed', orderId });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('23')) throw error;
    await client.query('ROLLBACK TO SAVEPOINT place_order');
    return fail(client, scheduledOrderId, row.customer_id, `The order was refused: ${(error as Error).message}`);
  }
}

/**
 * place-scheduled-order: the one-off scheduled event schedule-order created for a scheduled
 * order's place_at. Under the scheduled order's lock, and only if it is still `scheduled`, it
 * places the order and marks it placed with the order's id in one transaction: a duplicated or
 * late delivery, or a second event for the same row, finds it placed and places nothing; a
 * cancelled one places nothing; the customer's cancel waits for this lock and then finds it
 * placed (the database refuses it).
 */
export const placeScheduledOrderFunction: ScheduledFunction<{ scheduledOrderId: string }> = {
  name: 'place-scheduled-order',
  input(event) {
    const parsed = payload.safeParse(event.payload);
    if (!parsed.success) throw new PayloadError(parsed.error.issues.map((i) => i.message).join('; '));
    return { scheduledOrderId: parsed.data.scheduled_order_id };
  },
  process({ scheduledOrderId }, { event, runtime }) {
    return processOnce(runtime.pool(), { id: event.id, triggerName: 'place-scheduled-order' }, async (client) => {
      const found = await client.query<ScheduledRow>(
        `SELECT s.status, s.customer_id, s.restaurant_id, s.lines, s.delivery_address, s.address_id, s.courier_note, s.tip_cents, s.promo_code,
                extract(epoch FROM s.place_at - now())::float8 AS seconds_until, r.name AS restaurant_name, r.is_open
           FROM scheduled_orders s JOIN restaurants r ON r.id = s.restaurant_id
          WHERE s.id = $1
          FOR UPDATE OF s`,
        [scheduledOrderId],
      );
      const row = found.rows[0];
      if (!row) return skipped(`scheduled order ${scheduledOrderId} does not exist`, { scheduledOrderId });
      const dishes = await client.query<{ menu_item_id: number; name: string | null; available: boolean }>(
        `SELECT l.menu_item_id, m.name, coalesce(m.is_available AND m.restaurant_id = $2, false) AS available
           FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (menu_item_id integer, quantity integer, note text)) WITH ORDINALITY AS l(menu_item_id, quantity, note, n)
           LEFT JOIN menu_items m ON m.id = l.menu_item_id
          ORDER BY l.n`,
        [JSON.stringify(row.lines), row.restaurant_id],
      );
      const lines: ScheduledLine[] = dishes.rows.map((d) => ({ menuItemId: d.menu_item_id, name: d.name, available: d.available }));
      const decision = decidePlacement({
        status: row.status,
        secondsUntilPlaceAt: row.seconds_until,
        restaurantName: row.restaurant_name,
        restaurantOpen: row.is_open,
        lines,
      });
      if (decision.kind === 'skip') return skipped(decision.reason, { scheduledOrderId, scheduledOrderStatus: row.status });
      if (decision.kind === 'wait') return new RetryLater(decision.reason, decision.retryAfterSeconds);
      if (decision.kind === 'fail') return fail(client, scheduledOrderId, row.customer_id, decision.reason);
      return place(client, scheduledOrderId, row);
    });
  },
};
