import { z } from 'zod';
import { eventRows, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped } from '../shared/outcome.js';
import { scheduleEvent } from '../shared/scheduler.js';

const scheduledOrderRow = z.object({ id: z.guid('id must be the scheduled order uuid') });

/** The webhook path of the one-off event that places a scheduled order. */
export const PLACE_SCHEDULED_ORDER_PATH = '/place-scheduled-order';

/**
 * schedule-order (event trigger on scheduled_orders INSERT): creates the one-off scheduled event
 * that places the order at its place_at, read from the row (never from the payload), and keeps
 * the event's id on the row in the same transaction as the event id's claim. A repeated delivery
 * finds its claim, or the row's event id, and creates nothing more. A crash between the engine's
 * answer and the commit leaves a second event on the retry; that is harmless, because
 * place-scheduled-order places only a row it finds still `scheduled` under its lock.
 */
export const scheduleOrderFunction: EventFunction<{ scheduledOrderId: string }> = {
  name: 'schedule-order',
  input(event: HasuraEvent) {
    const rows = eventRows(event, { table: { schema: 'public', name: 'scheduled_orders' }, ops: ['INSERT', 'MANUAL'], row: scheduledOrderRow });
    return { scheduledOrderId: rows.new.id };
  },
  process({ scheduledOrderId }, { event, logger, runtime }) {
    return processOnce(runtime.pool(), { id: event.id, triggerName: event.trigger.name }, async (client) => {
      const found = await client.query<{ status: string; place_at: Date; scheduled_event_id: string | null }>(
        `SELECT status, place_at, scheduled_event_id FROM scheduled_orders WHERE id = $1 FOR UPDATE`,
        [scheduledOrderId],
      );
      const row = found.rows[0];
      if (!row) return skipped(`scheduled order ${scheduledOrderId} does not exist`, { scheduledOrderId });
      if (row.status !== 'scheduled') return skipped(`scheduled order is ${row.status}: nothing to place`, { scheduledOrderId, scheduledOrderStatus: row.status });
      if (row.scheduled_event_id) return skipped('its placement is already scheduled', { scheduledOrderId, scheduledEventId: row.scheduled_event_id });
      // Without the admin secret no event can be created: failing makes Hasura deliver this again once it is configured.
      const scheduledEventId = await scheduleEvent(runtime.config, {
        path: PLACE_SCHEDULED_ORDER_PATH,
        at: row.place_at,
        payload: { scheduled_order_id: scheduledOrderId },
        comment: `placement of scheduled order ${scheduledOrderId}`,
      });
      await client.query(`UPDATE scheduled_orders SET scheduled_event_id = $2 WHERE id = $1`, [scheduledOrderId, scheduledEventId]);
      logger.info({ scheduledOrderId, scheduledEventId, at: row.place_at.toISOString() }, 'scheduled order placement scheduled');
      return applied({ scheduledOrderId, scheduledEventId, placeAt: row.place_at.toISOString() });
    });
  },
};
