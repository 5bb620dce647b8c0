import type pg from 'pg';
import { compile, compileText, sql } from '../sql/builder.js';

/**
 * hdb_catalog.hdb_action_log, columns exactly as Hasura's metadata catalog creates it
 * (`server/src-rsr/initialise.sql`), and the statements on it (Hasura's
 * fetchUndeliveredActionEventsTx, setActionStatusTx, clearActionDataTx), one entry at a time:
 * the claim runs in the transaction that holds the row until its result is written
 * (actions/async-worker.ts).
 */
const CATALOG_LOCK_KEY = 'hdb_catalog.hdb_action_log';

const catalogDdl = compileText(sql`
CREATE SCHEMA IF NOT EXISTS hdb_catalog;

CREATE OR REPLACE FUNCTION hdb_catalog.gen_hasura_uuid() RETURNS uuid AS
'select gen_random_uuid()' LANGUAGE SQL;

CREATE TABLE IF NOT EXISTS hdb_catalog.hdb_action_log
(
  id UUID PRIMARY KEY DEFAULT hdb_catalog.gen_hasura_uuid(),
  -- we deliberately do not reference the action name
  -- because sometimes we may want to retain history
  -- after dropping the action
  action_name TEXT,
  input_payload JSONB NOT NULL,
  request_headers JSONB NOT NULL,
  session_variables JSONB NOT NULL,
  response_payload JSONB NULL,
  errors JSONB NULL,
  created_at timestamptz NOT NULL default now(),
  response_received_at timestamptz NULL,
  status text NOT NULL,
  CHECK (status IN ('created', 'processing', 'completed', 'error'))
);
`);

/** Creates the table if missing; the advisory lock keeps engines that start together from racing. */
export async function ensureActionLog(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CATALOG_LOCK_KEY]);
    const present = await client.query(`SELECT to_regclass('hdb_catalog.hdb_action_log') IS NOT NULL AS present`);
    if (present.rows[0]?.present !== true) await client.query(catalogDdl);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export interface ClaimedAction {
  id: string;
  action_name: string;
  request_headers: Record<string, string> | null;
  session_variables: Record<string, string> | null;
  input_payload: Record<string, unknown> | null;
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** The oldest `created` entry of one of `names`, marked `processing` (visible as such only once the caller commits). */
export async function claimAction(db: Queryable, names: readonly string[]): Promise<ClaimedAction | undefined> {
  const query = compile(sql`
    UPDATE hdb_catalog.hdb_action_log SET status = 'processing'
    WHERE id = (
      SELECT id FROM hdb_catalog.hdb_action_log
      WHERE status = 'created' AND action_name = ANY(${[...names]}::text[])
      ORDER BY created_at
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, action_name, request_headers, session_variables, input_payload`);
  return (await db.query<ClaimedAction>(query.text, query.values)).rows[0];
}

export async function completeAction(db: Queryable, id: string, output: unknown): Promise<void> {
  const query = compile(
    sql`UPDATE hdb_catalog.hdb_action_log SET response_payload = ${JSON.stringify(output)}::jsonb, status = 'completed', response_received_at = now() WHERE id = ${id}::uuid`,
  );
  await db.query(query.text, query.values);
}

export async function failAction(db: Queryable, id: string, errors: unknown): Promise<void> {
  const query = compile(
    sql`UPDATE hdb_catalog.hdb_action_log SET errors = ${JSON.stringify(errors)}::jsonb, status = 'error', response_received_at = now() WHERE id = ${id}::uuid`,
  );
  await db.query(query.text, query.values);
}

/** drop_action with clear_data (Hasura's default): the action's log entries go too. */
export async function clearActionData(db: Queryable, name: string): Promise<void> {
  const query = compile(sql`DELETE FROM hdb_catalog.hdb_action_log WHERE action_name = ${name}::text`);
  await db.query(query.text, query.values);
}
