import type pg from 'pg';
import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped } from '../shared/outcome.js';
import { scheduleEvent } from '../shared/scheduler.js';

const scheduledOrderRow = z.object({ id: z.guid('id must be the scheduled order uuid') });

interface ScheduledOrderRow {
  status: string;
  place_at: Date;
  scheduled_event_id: string | null;
}

/** Why a scheduled order needs no placement event (null: it needs one). */
function skipReason(row: ScheduledOrderRow): string | null {
  if (row.status !== 'scheduled') return `scheduled order is ${row.status}: nothing to place`;
  if (row.scheduled_event_id) return 'its placement is already scheduled';
  return null;
}

/** The webhook path of the one-off event that places a scheduled order. */
export const PLACE_SCHEDULED_ORDER_PATH = '/place-scheduled-order';

/**
 * schedule-order (event trigger on scheduled_orders INSERT): creates the one-off scheduled event
 * that places the order at its place_at, read from the row (never from the payload), and keeps
 * the event's id on the row in the same transaction as the event id's claim. The engine's API is
 * called before that transaction, so no row lock or pooled connection waits on it (a customer's
 * cancel is not held up). A repeated delivery finds the row's event id, or its claim, and creates
 * nothing more. Two deliveries at once, or a crash between the engine's answer and the commit,
 * can leave a second event; that is harmless, because place-scheduled-order places only a row it
 * finds still `scheduled` under its lock.
 */
export const scheduleOrderFunction: EventFunction<{ scheduledOrderId: string }> = {
  name: 'schedule-order',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'scheduled_orders' }, ops: ['INSERT', 'MANUAL'], row: scheduledOrderRow });
    return { scheduledOrderId: rows.new.id };
  },
  async process({ scheduledOrderId }, { event, logger, runtime }) {
    const pool = runtime.pool();
    const read = (db: Pick<pg.Pool, 'query'>, lock: string) =>
      db.query<ScheduledOrderRow>(`SELECT status, place_at, scheduled_event_id FROM scheduled_orders WHERE id = $1 ${lock}`, [scheduledOrderId]).then((r) => r.rows[0]);
    // Whether an event is needed, decided from the row before the engine is asked: a row, once
    // scheduled with an event or past `scheduled`, never needs one again, so the locked read below agrees.
    const before = await read(pool, '');
    // Without the admin secret no event can be created: failing makes Hasura deliver this again once it is configured.
    const scheduledEventId =
      before && !skipReason(before)
        ? await scheduleEvent(runtime.config, {
            path: PLACE_SCHEDULED_ORDER_PATH,
            at: before.place_at,
            payload: { scheduled_order_id: scheduledOrderId },
            comment: `placement of scheduled order ${scheduledOrderId}`,
          })
        : null;
    return processOnce(pool, { id: event.id, triggerName: event.trigger.name }, async (client) => {
      const row = await read(client, 'FOR UPDATE');
      if (!row) return skipped(`scheduled order ${scheduledOrderId} does not exist`, { scheduledOrderId });
      const reason = skipReason(row);
      if (reason || !scheduledEventId) return skipped(reason ?? 'its placement is already scheduled', { scheduledOrderId, scheduledOrderStatus: row.status });
      await client.query(`UPDATE scheduled_orders SET scheduled_event_id = $2 WHERE id = $1`, [scheduledOrderId, scheduledEventId]);
      logger.info({ scheduledOrderId, scheduledEventId, at: row.place_at.toISOString() }, 'scheduled order placement scheduled');
      return applied({ scheduledOrderId, scheduledEventId, placeAt: row.place_at.toISOString() });
    });
  },
};
