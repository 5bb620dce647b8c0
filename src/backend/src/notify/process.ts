import { z } from 'zod';
import type pg from 'pg';
import { eventRows, PayloadError, type HasuraEvent } from '../shared/hasura-event.js';
import type { EventFunction } from '../shared/event-function.js';
import { applied, processOnce, skipped, type Outcome } from '../shared/outcome.js';
import type { EventResult } from '../shared/idempotency.js';
import { pushToUsers } from './push.js';
import { actingUser, messageNotification, statusCarriesReason, statusNotification, type NotificationText } from './decide.js';

const messageRow = z.object({ id: z.guid('id must be the message uuid') });
const orderRow = z.object({ id: z.guid('id must be the order uuid'), status: z.string().min(1, 'status is required') });
const oldOrderRow = z.object({ status: z.string().min(1, 'status is required') });

/** What an applied event stored in processed_events: who was told, and what. */
const appliedResult = z.object({ notified: z.array(z.string()), title: z.string(), body: z.string(), orderId: z.string() });

export type NotifyInput = { kind: 'message'; messageId: string } | { kind: 'status'; orderId: string; fromStatus: string | null; toStatus: string; actorId: string | null };

/**
 * One notification for every member of the order's conversation but `exceptUserId`, in one
 * call of notifications_write: membership is the database's own (order_conversation_members),
 * read in the transaction that writes the rows and records the event. With `reachedStatus`,
 * only if the order's history shows that status (nothing is written otherwise).
 */
async function notifyMembers(
  client: pg.PoolClient,
  orderId: string,
  exceptUserId: string | null,
  kind: 'message' | 'status',
  text: NotificationText,
  reachedStatus: string | null = null,
): Promise<string[]> {
  const written = await client.query<{ user_id: string }>('SELECT u AS user_id FROM notifications_write($1, $2, $3, $4, $5, $6) AS u', [
    orderId,
    exceptUserId,
    kind,
    text.title,
    text.body,
    reachedStatus,
  ]);
  return written.rows.map((r) => r.user_id);
}

async function onMessage(client: pg.PoolClient, messageId: string): Promise<EventResult> {
  // The row as it is now, not the payload: a forged event names a message, it cannot write one.
  const found = await client.query<{ order_id: string; sender_id: string; body: string | null; username: string }>(
    `SELECT m.order_id, m.sender_id, m.body, u.username
       FROM order_messages m JOIN users u ON u.id = m.sender_id
      WHERE m.id = $1`,
    [messageId],
  );
  const message = found.rows[0];
  if (!message) return skipped(`message ${messageId} does not exist`, { messageId });
  if (message.body === null) return skipped('the message was deleted before anyone was told', { messageId });
  const text = messageNotification(message.username, message.body);
  const notified = await notifyMembers(client, message.order_id, message.sender_id, 'message', text);
  return applied({ messageId, orderId: message.order_id, notified, ...text });
}

async function onStatus(client: pg.PoolClient, input: Extract<NotifyInput, { kind: 'status' }>): Promise<EventResult> {
  const { orderId, toStatus } = input;
  if (input.fromStatus === toStatus) return skipped('the status did not change', { orderId });
  const never = () => skipped(`order ${orderId} never became ${toStatus}`, { orderId, toStatus });
  if (!statusCarriesReason(toStatus)) {
    // The text needs nothing of the row: one call checks the transition (the history is written
    // by the database's trigger) and writes the rows.
    const text = statusNotification(orderId, toStatus, null);
    const notified = await notifyMembers(client, orderId, input.actorId, 'status', text, toStatus);
    if (notified.length === 0) {
      const reached = await client.query('SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status::text = $2', [orderId, toStatus]);
      if (reached.rowCount === 0) return never();
    }
    return applied({ orderId, toStatus, notified, ...text });
  }
  // The transition must have happened, and its notification says why (the order's reason).
  const found = await client.query<{ rejection_reason: string | null }>(
    `SELECT o.rejection_reason
       FROM orders o
      WHERE o.id = $1 AND EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = o.id AND h.to_status::text = $2)`,
    [orderId, toStatus],
  );
  const order = found.rows[0];
  if (!order) return never();
  const text = statusNotification(orderId, toStatus, order.rejection_reason);
  const notified = await notifyMembers(client, orderId, input.actorId, 'status', text);
  return applied({ orderId, toStatus, notified, ...text });
}

/**
 * notify: a message posted (order_messages INSERT) or an order's status changed (orders
 * UPDATE of status) → one notification for each member of the order's conversation but
 * the person who wrote or changed it, exactly once per event (processed_events).
 */
export const notifyFunction: EventFunction<NotifyInput> = {
  name: 'notify',
  input(event: HasuraEvent): NotifyInput {
    if (event.table.schema === 'public' && event.table.name === 'order_messages') {
      const rows = eventRows(event, { table: { schema: 'public', name: 'order_messages' }, ops: ['INSERT', 'MANUAL'], row: messageRow });
      return { kind: 'message', messageId: rows.new.id };
    }
    if (event.table.schema === 'public' && event.table.name === 'orders') {
      const rows = eventRows(event, { table: { schema: 'public', name: 'orders' }, ops: ['UPDATE', 'MANUAL'], row: orderRow, oldRow: oldOrderRow });
      return { kind: 'status', orderId: rows.new.id, fromStatus: rows.old?.status ?? null, toStatus: rows.new.status, actorId: actingUser(event.event.session_variables) };
    }
    throw new PayloadError(`this function handles events on public.order_messages and public.orders, not on ${event.table.schema}.${event.table.name}`);
  },
  async process(input, { event, runtime }): Promise<Outcome> {
    // No look at processed_events first: a repeated event finds the first result when it records
    // its own (the claim made last), and the look cost every delivery a round trip (six an order).
    return processOnce(
      runtime.pool(),
      { id: event.id, triggerName: event.trigger.name },
      (client) => (input.kind === 'message' ? onMessage(client, input.messageId) : onStatus(client, input)),
      { claim: 'last' },
    );
  },
  // Web Push once the rows committed, only on the delivery that wrote them (a replay would push twice).
  async after(_input, outcome, { runtime, logger }) {
    const vapid = runtime.config.webPush;
    if (!vapid || outcome.kind !== 'done' || outcome.replayed || outcome.result.status !== 'applied') return;
    const written = appliedResult.safeParse(outcome.result);
    if (!written.success) return;
    const { notified, title, body, orderId } = written.data;
    const counts = await pushToUsers(runtime.pool(), vapid, notified, { title, body, orderId }, logger);
    logger.info(counts, 'web push');
  },
};
