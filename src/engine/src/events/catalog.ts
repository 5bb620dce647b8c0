import type pg from 'pg';
import { compileText, sql } from '../sql/builder.js';
import { dropTriggerFunction } from './trigger-sql.js';

/**
 * Hasura's event catalog in the source database, as `server/src-rsr/init_pg_source.sql`
 * (source catalog version 48) creates it, made idempotent so every engine start can run it.
 * Index names are the ones Postgres gives Hasura's unnamed `CREATE INDEX ON ...`.
 *
 * One addition: `insert_event_log` also issues `pg_notify(EVENT_CHANNEL, '')`. Postgres
 * delivers it at commit, so a listening processor wakes only once the event row is
 * visible, and folds identical notifications of one transaction into one.
 */
export const EVENT_CHANNEL = 'hasura_event_log';
export const SOURCE_CATALOG_VERSION = '48';

const CATALOG_LOCK_KEY = 'hdb_catalog.event_log';

/** Hasura's `insert_event_log`, with the pg_notify added (see above). */
const INSERT_EVENT_LOG_BODY = sql`
  DECLARE
    id text;
    payload json;
    session_variables json;
    server_version_num int;
    trace_context json;
  BEGIN
    id := gen_random_uuid();
    server_version_num := current_setting('server_version_num');
    IF server_version_num >= 90600 THEN
      session_variables := NULLIF(current_setting('hasura.user', 't'), '');
      trace_context := NULLIF(current_setting('hasura.tracecontext', 't'), '');
    ELSE
      BEGIN
        session_variables := current_setting('hasura.user');
      EXCEPTION WHEN OTHERS THEN
                  session_variables := NULL;
      END;
      BEGIN
        trace_context := current_setting('hasura.tracecontext');
      EXCEPTION WHEN OTHERS THEN
        trace_context := NULL;
      END;
    END IF;
    payload := json_build_object(
      'op', op,
      'data', row_data,
      'session_variables', session_variables,
      'trace_context', trace_context
    );
    INSERT INTO hdb_catalog.event_log
                (id, schema_name, table_name, trigger_name, payload)
    VALUES
    (id, schema_name, table_name, trigger_name, payload);
    PERFORM pg_notify(${sql.literal(EVENT_CHANNEL)}, '');
    RETURN id;
  END;
`;

const catalogDdl = compileText(sql`
CREATE SCHEMA IF NOT EXISTS hdb_catalog;

CREATE OR REPLACE FUNCTION hdb_catalog.gen_hasura_uuid() RETURNS uuid AS
'select gen_random_uuid()' LANGUAGE SQL;

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_source_catalog_version(
  version TEXT NOT NULL,
  upgraded_on TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS hdb_source_catalog_version_one_row
  ON hdb_catalog.hdb_source_catalog_version((version IS NOT NULL));
INSERT INTO hdb_catalog.hdb_source_catalog_version(version, upgraded_on)
  VALUES (${sql.literal(SOURCE_CATALOG_VERSION)}, now())
  ON CONFLICT ((version IS NOT NULL)) DO NOTHING;

CREATE TABLE IF NOT EXISTS hdb_catalog.event_log
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  schema_name TEXT NOT NULL,
  table_name TEXT NOT NULL,
  trigger_name TEXT NOT NULL,
  payload JSONB NOT NULL,
  delivered BOOLEAN NOT NULL DEFAULT FALSE,
  error BOOLEAN NOT NULL DEFAULT FALSE,
  tries INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMP DEFAULT NOW(),
  locked TIMESTAMPTZ,
  next_retry_at TIMESTAMP,
  archived BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX IF NOT EXISTS event_log_trigger_name_idx ON hdb_catalog.event_log (trigger_name);
CREATE INDEX IF NOT EXISTS event_log_fetch_events
  ON hdb_catalog.event_log (locked NULLS FIRST, next_retry_at NULLS FIRST, created_at)
  WHERE delivered = 'f'
    and error = 'f'
    and archived = 'f';

CREATE TABLE IF NOT EXISTS hdb_catalog.event_invocation_logs
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  trigger_name TEXT,
  event_id TEXT,
  status INTEGER,
  request JSON,
  response JSON,
  created_at TIMESTAMP DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS event_invocation_logs_event_id_idx ON hdb_catalog.event_invocation_logs (event_id);

CREATE OR REPLACE FUNCTION
  hdb_catalog.insert_event_log(schema_name text, table_name text, trigger_name text, op text, row_data json)
  RETURNS text AS ${sql.dollarQuoted(INSERT_EVENT_LOG_BODY, '')} LANGUAGE plpgsql;

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_event_log_cleanups
(
  id TEXT DEFAULT hdb_catalog.gen_hasura_uuid() PRIMARY KEY,
  trigger_name TEXT NOT NULL,
  scheduled_at TIMESTAMP NOT NULL,
  deleted_event_logs INTEGER,
  deleted_event_invocation_logs INTEGER,
  status TEXT NOT NULL,
  CHECK (status IN ('scheduled', 'paused', 'completed', 'dead')),
  UNIQUE (trigger_name, scheduled_at)
);
`);

/** Whether the catalog exists (Hasura creates it with the source; we when a trigger needs it). */
export async function eventCatalogExists(client: Pick<pg.ClientBase, 'query'>): Promise<boolean> {
  const result = await client.query(`SELECT to_regclass('hdb_catalog.event_log') IS NOT NULL AS present`);
  return result.rows[0].present === true;
}

/**
 * Removes what this file creates, as Hasura's `drop_pg_source.sql` does when a source goes
 * away (clear_metadata), together with every per-trigger function and trigger.
 */
export async function dropEventCatalog(client: pg.ClientBase): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CATALOG_LOCK_KEY]);
  const functions = await client.query(
    `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hdb_catalog' AND p.proname LIKE 'notify\\_hasura\\_%' AND p.pronargs = 0`,
  );
  for (const row of functions.rows) {
    await client.query(dropTriggerFunction(row.proname));
  }
  await client.query(`
    DROP TABLE IF EXISTS hdb_catalog.hdb_source_catalog_version;
    DROP FUNCTION IF EXISTS hdb_catalog.insert_event_log(text, text, text, text, json);
    DROP TABLE IF EXISTS hdb_catalog.event_invocation_logs;
    DROP TABLE IF EXISTS hdb_catalog.event_log;
    DROP TABLE IF EXISTS hdb_catalog.hdb_event_log_cleanups;`);
}

/**
 * Creates the catalog if missing. Runs inside the caller's transaction; the advisory lock
 * keeps engines that start together from racing on `CREATE TABLE IF NOT EXISTS`.
 */
export async function ensureEventCatalog(client: pg.ClientBase): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CATALOG_LOCK_KEY]);
  // Re-running the DDL is harmless but not free: CREATE INDEX IF NOT EXISTS takes a SHARE
  // lock on event_log (waiting for, and briefly blocking, transactions that write events),
  // so a catalog that is complete is left alone.
  const objects = await client.query(
    `SELECT to_regclass('hdb_catalog.event_log') IS NOT NULL
        AND to_regclass('hdb_catalog.event_invocation_logs') IS NOT NULL
        AND to_regclass('hdb_catalog.hdb_event_log_cleanups') IS NOT NULL
        AND to_regclass('hdb_catalog.event_log_fetch_events') IS NOT NULL
        AND to_regclass('hdb_catalog.hdb_source_catalog_version') IS NOT NULL
        AND EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'hdb_catalog' AND p.proname = 'insert_event_log' AND p.prosrc LIKE $1) AS present`,
    [`%pg_notify('${EVENT_CHANNEL}'%`],
  );
  if (objects.rows[0]?.present === true) {
    const version = await client.query(`SELECT EXISTS (SELECT 1 FROM hdb_catalog.hdb_source_catalog_version) AS present`);
    if (version.rows[0]?.present === true) return;
  }
  await client.query(catalogDdl);
}
