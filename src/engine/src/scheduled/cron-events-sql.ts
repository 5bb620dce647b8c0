import type pg from 'pg';
import { compile, sql } from '../sql/builder.js';
import { SCHEDULED_CHANNEL } from './catalog.js';
import { parseCron, scheduleTimes } from './cron.js';
import type { CronTriggerMetadata } from './types.js';

/**
 * Cron events generated ahead as Hasura's generator does (`runCronEventsGenerator`, every
 * minute): a trigger with fewer than 100 upcoming events (`scheduled`, never tried) gets the
 * next 100 occurrences after its latest one (or after now), inserted with ON CONFLICT DO
 * NOTHING against `hdb_cron_events_unique_scheduled`. The stats read and the insert run under
 * one advisory lock, so engines generating at the same moment do not both insert.
 */
export const CRON_EVENTS_AHEAD = 100;

const GENERATOR_LOCK_KEY = 'hdb_catalog.hdb_cron_events.generator';

interface Stats {
  name: string;
  upcoming: number;
  /** Epoch ms of the latest upcoming event, or the database's now. */
  fromMs: number;
}

/** Hasura's `getDeprivedCronTriggerStatsTx`. */
async function deprivedTriggers(client: pg.ClientBase, names: readonly string[]): Promise<Stats[]> {
  const query = compile(sql`
    SELECT t.trigger_name AS name, coalesce(q.upcoming_events_count, 0)::int AS upcoming,
      (extract(epoch FROM coalesce(q.max_scheduled_time, now())) * 1000)::float8 AS from_ms
    FROM (SELECT unnest(${names}::text[]) AS trigger_name) AS t
    LEFT JOIN (
      SELECT trigger_name, count(1) AS upcoming_events_count, max(scheduled_time) AS max_scheduled_time
      FROM hdb_catalog.hdb_cron_events
      WHERE tries = 0 AND status = 'scheduled'
      GROUP BY trigger_name
    ) AS q ON t.trigger_name = q.trigger_name
    WHERE coalesce(q.upcoming_events_count, 0) < ${CRON_EVENTS_AHEAD}`);
  const result = await client.query(query.text, query.values);
  return result.rows.map((r) => ({ name: r.name, upcoming: r.upcoming, fromMs: Number(r.from_ms) }));
}

/** Tops up every trigger that needs it; returns how many events were inserted. */
export async function generateCronEvents(pool: pg.Pool, triggers: readonly CronTriggerMetadata[], onBadSchedule: (name: string, error: Error) => void): Promise<number> {
  if (triggers.length === 0) return 0;
  const byName = new Map(triggers.map((t) => [t.name, t]));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [GENERATOR_LOCK_KEY]);
    const names: string[] = [];
    const times: string[] = [];
    for (const stats of await deprivedTriggers(client, [...byName.keys()])) {
      let schedule;
      try {
        schedule = parseCron(byName.get(stats.name)!.schedule);
      } catch (error) {
        onBadSchedule(stats.name, error as Error);
        continue;
      }
      for (const at of scheduleTimes(schedule, stats.fromMs, CRON_EVENTS_AHEAD)) {
        names.push(stats.name);
        times.push(new Date(at).toISOString());
      }
    }
    let inserted = 0;
    if (names.length > 0) {
      const query = compile(sql`
        WITH ins AS (
          INSERT INTO hdb_catalog.hdb_cron_events (trigger_name, scheduled_time)
          SELECT * FROM unnest(${names}::text[], ${times}::timestamptz[])
          ON CONFLICT DO NOTHING
          RETURNING scheduled_time
        )
        SELECT count(*)::int AS n,
          CASE WHEN count(*) > 0 THEN pg_notify(${SCHEDULED_CHANNEL}, (extract(epoch FROM min(scheduled_time)) * 1000)::bigint::text) END FROM ins`);
      inserted = (await client.query(query.text, query.values)).rows[0]?.n ?? 0;
    }
    await client.query('COMMIT');
    return inserted;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Hasura's `dropFutureCronEventsTx`, run when a cron trigger is replaced or deleted: its
 * events still ahead and never tried go; those already due or under retry stay.
 */
export async function dropFutureCronEvents(db: Pick<pg.Pool, 'query'>, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const query = compile(sql`
    DELETE FROM hdb_catalog.hdb_cron_events
    WHERE trigger_name = ANY(${names}::text[]) AND scheduled_time > now() AND tries = 0 AND status = 'scheduled'`);
  await db.query(query.text, query.values);
}
