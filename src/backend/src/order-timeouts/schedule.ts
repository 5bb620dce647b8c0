import type { FunctionRuntime } from '../shared/runtime.js';
import { scheduleEvent } from '../shared/scheduler.js';
import type { Logger } from '../shared/logger.js';

let warned = false;

/**
 * Without the engine's admin secret the functions cannot create events: the timeouts are then
 * left to the order sweeper (a cron trigger, every minute), which applies the same rules.
 */
function canSchedule(runtime: FunctionRuntime, logger: Logger): boolean {
  if (runtime.config.adminSecret) return true;
  if (!warned) logger.warn('HASURA_GRAPHQL_ADMIN_SECRET is not set: order timeouts are left to the order sweeper');
  warned = true;
  return false;
}

/**
 * Creates the timeout events. The deadline is computed from the order's own timestamp in the
 * database (validated_at or paid_at), so a late or repeated delivery schedules the same
 * deadline; a duplicate event is harmless, its handler decides on the order's locked row.
 */
export async function schedulePaymentTimeout(orderId: string, runtime: FunctionRuntime, logger: Logger): Promise<void> {
  if (!canSchedule(runtime, logger)) return;
  const found = await runtime
    .pool()
    .query<{ status: string; deadline: Date | null }>(`SELECT status, validated_at + make_interval(secs => $2) AS deadline FROM orders WHERE id = $1`, [
      orderId,
      runtime.config.paymentTimeoutSeconds,
    ]);
  const row = found.rows[0];
  if (!row?.deadline || (row.status !== 'validated' && row.status !== 'payment_failed')) return;
  const id = await scheduleEvent(runtime.config, { path: '/payment-timeout', at: row.deadline, payload: { order_id: orderId }, comment: `payment timeout of order ${orderId}` });
  logger.info({ orderId, scheduledEventId: id, at: row.deadline.toISOString() }, 'payment timeout scheduled');
}

export async function scheduleKitchenTimeout(orderId: string, runtime: FunctionRuntime, logger: Logger): Promise<void> {
  if (!canSchedule(runtime, logger)) return;
  const found = await runtime
    .pool()
    .query<{ status: string; deadline: Date | null }>(`SELECT status, paid_at + make_interval(secs => $2) AS deadline FROM orders WHERE id = $1`, [
      orderId,
      runtime.config.kitchenTimeoutSeconds,
    ]);
  const row = found.rows[0];
  if (!row?.deadline || row.status !== 'paid') return;
  const id = await scheduleEvent(runtime.config, { path: '/kitchen-timeout', at: row.deadline, payload: { order_id: orderId }, comment: `kitchen timeout of order ${orderId}` });
  logger.info({ orderId, scheduledEventId: id, at: row.deadline.toISOString() }, 'kitchen timeout scheduled');
}
