import type { MetadataHandler } from '../../metadata/api/context.js';
import { MetadataApiError, notExists, parseFailed } from '../../metadata/errors.js';
import { objectArg, optionalString } from '../../metadata/args.js';
import { adminSession } from '../../auth/session.js';
import { EVENT_CHANNEL } from '../catalog.js';
import { findTrigger, leaseSeconds } from '../trigger-config.js';

/**
 * pg_redeliver_event and pg_invoke_event_trigger (and their legacy names): both put an
 * event in front of the processors and NOTIFY them, so it goes out at once.
 */
export const redeliverEvent: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const eventId = optionalString(args, 'event_id');
  if (eventId === undefined) throw parseFailed('key "event_id" not found');
  const found = await ctx.pool.query(`SELECT trigger_name, extract(epoch FROM now() - locked)::float8 AS locked_for_sec FROM hdb_catalog.event_log WHERE id = $1`, [eventId]);
  const row = found.rows[0];
  if (!row) throw notExists('event not found');
  // "Being processed" means held under a live lease (Hasura: locked in the last 30 minutes).
  const trigger = findTrigger(ctx.getMetadata(), row.trigger_name);
  const lease = trigger ? leaseSeconds(trigger.retry, ctx.config.events.leaseMarginSec) : 30 * 60;
  if (row.locked_for_sec !== null && row.locked_for_sec <= lease) {
    throw new MetadataApiError('busy', 'event is already being processed');
  }
  await ctx.pool.query(
    `WITH marked AS (UPDATE hdb_catalog.event_log SET delivered = 'f', error = 'f', tries = 0 WHERE id = $1 RETURNING id)
     SELECT pg_notify($2, '') FROM marked`,
    [eventId, EVENT_CHANNEL],
  );
  return { message: 'success' };
};

export const invokeEventTrigger: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = optionalString(args, 'name');
  if (name === undefined) throw parseFailed('key "name" not found');
  const trigger = findTrigger(ctx.getMetadata(), name);
  if (!trigger) throw notExists(`event trigger with name "${name}" does not exist`);
  if (!trigger.conf.definition.enable_manual) {
    throw new MetadataApiError('not-supported', 'manual mode is not enabled for event trigger');
  }
  const client = await ctx.pool.connect();
  try {
    await client.query('BEGIN');
    // Hasura sets the caller's session (admin here) so insert_event_log records it.
    await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify(adminSession().variables)]);
    const result = await client.query(`SELECT hdb_catalog.insert_event_log($1, $2, $3, 'MANUAL', $4::json) AS event_id`, [
      trigger.table.schema,
      trigger.table.name,
      name,
      JSON.stringify({ old: null, new: args.payload ?? null }),
    ]);
    await client.query('COMMIT');
    return { event_id: result.rows[0].event_id };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
};
