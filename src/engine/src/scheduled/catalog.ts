import type pg from 'pg';
import { compileText, sql } from '../sql/builder.js';

/**
 * Hasura v2's scheduled-trigger catalog, as `server/src-rsr/initialise.sql` creates it in
 * `hdb_catalog` (tables, constraints and index names unchanged), made idempotent so every
 * engine start can run it. Real Hasura reading the same database sees its own tables.
 *
 * NOTIFY on `SCHEDULED_CHANNEL` is the engine's addition, sent by the statements that create
 * events (never by a trigger on Hasura's tables): its payload is the new event's due time in
 * epoch milliseconds, so a listening engine re-arms its timer when the event is earlier.
 */
export const SCHEDULED_CHANNEL = 'hasura_scheduled_events';

const CATALOG_LOCK_KEY = 'hdb_catalog.hdb_scheduled_events';

const catalogDdl = compileText(sql`
CREATE SCHEMA IF NOT EXISTS hdb_catalog;

CREATE OR REPLACE FUNCTION hdb_catalog.gen_hasura_uuid() RETURNS uuid AS
'select gen_random_uuid()' LANGUAGE SQL;

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_cron_events
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  trigger_name TEXT NOT NULL,
  scheduled_time TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL DEFAULT 'scheduled',
  tries INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  next_retry_at TIMESTAMPTZ,

  CONSTRAINT valid_status CHECK (status IN ('scheduled','locked','delivered','error','dead'))
);

CREATE UNIQUE INDEX IF NOT EXISTS hdb_cron_events_unique_scheduled ON
hdb_catalog.hdb_cron_events (trigger_name, scheduled_time)
where status = 'scheduled';

CREATE INDEX IF NOT EXISTS hdb_cron_event_status ON hdb_catalog.hdb_cron_events (status);

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_cron_event_invocation_logs
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  event_id TEXT,
  status INTEGER,
  request JSON,
  response JSON,
  created_at TIMESTAMPTZ DEFAULT NOW(),

  FOREIGN KEY (event_id) REFERENCES hdb_catalog.hdb_cron_events (id)
    ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS hdb_cron_event_invocation_event_id ON hdb_catalog.hdb_cron_event_invocation_logs (event_id);

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_scheduled_events
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  webhook_conf JSON NOT NULL,
  scheduled_time TIMESTAMPTZ NOT NULL,
  retry_conf JSON,
  payload JSON,
  header_conf JSON,
  status TEXT NOT NULL DEFAULT 'scheduled',
  tries INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  next_retry_at TIMESTAMPTZ,
  comment TEXT,
  CONSTRAINT valid_status CHECK (status IN ('scheduled','locked','delivered','error','dead'))
);

CREATE INDEX IF NOT EXISTS hdb_scheduled_event_status ON hdb_catalog.hdb_scheduled_events (status);

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_scheduled_event_invocation_logs
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  event_id TEXT,
  status INTEGER,
  request JSON,
  response JSON,
  created_at TIMESTAMPTZ DEFAULT NOW(),

  FOREIGN KEY (event_id) REFERENCES hdb_catalog.hdb_scheduled_events (id)
     ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX IF NOT EXISTS hdb_scheduled_event_invocation_event_id ON hdb_catalog.hdb_scheduled_event_invocation_logs (event_id);
`);

/**
 * Creates the catalog if missing. The advisory lock keeps engines that start together from
 * racing on `CREATE TABLE IF NOT EXISTS`; a complete catalog is left alone (its DDL would take
 * locks on tables in use).
 */
export async function ensureScheduledCatalog(pool: pg.Pool): Promise<void> {
  const present = await pool.query(
    `SELECT to_regclass('hdb_catalog.hdb_cron_events') IS NOT NULL
        AND to_regclass('hdb_catalog.hdb_cron_event_invocation_logs') IS NOT NULL
        AND to_regclass('hdb_catalog.hdb_scheduled_events') IS NOT NULL
        AND to_regclass('hdb_catalog.hdb_scheduled_event_invocation_logs') IS NOT NULL AS present`,
  );
  if (present.rows[0]?.present === true) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CATALOG_LOCK_KEY]);
    await client.query(catalogDdl);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
