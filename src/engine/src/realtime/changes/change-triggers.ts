import type pg from 'pg';
import { tableKey, type TableName } from '../../schema-cache/index.js';
import { quoteIdent, quoteLiteral } from '../../sql/builder.js';

/** The channel table changes are announced on. */
export const CHANGE_CHANNEL = 'hasura_realtime_table_changed';
const TRIGGER_PREFIX = 'hasura_realtime_notify';
const FUNCTION = 'hdb_catalog.hasura_realtime_notify_change';
/** Beyond this many changed rows a notification names only the table (and every poller reading it refreshes fully). */
const MAX_KEYED_ROWS = 100;
/** Key columns reported per table: primary key, unique, foreign key and leading index columns, up to this many. */
const MAX_KEY_COLUMNS = 8;

/**
 * The notification: `{"t": "schema.table", "k": {"col": ["v1", ...], ...}}`, where `k` holds the
 * text values of the table's key columns (primary, unique and foreign keys, and the first column
 * of every index: the columns queries filter on) in the changed rows,
 * old and new. A poller that filters its root table on one of those columns with a cohort
 * variable (`orders_by_pk(id: $id)`, a permission `customer_id = X-Hasura-User-Id`) then
 * re-runs only the cohorts whose value is among them. Statement-level triggers with transition
 * tables: a statement sends one notification however many rows it writes, and Postgres folds
 * identical notifications of one transaction. Bulk writes and TRUNCATE send just the table.
 */
const FUNCTION_SQL = `
CREATE SCHEMA IF NOT EXISTS hdb_catalog;
CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  target text := TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  changed text;
  payload text;
  keys jsonb := '{}';
  vals jsonb;
  col text;
  n bigint;
BEGIN
  IF TG_OP <> 'TRUNCATE' AND TG_NARGS > 0 THEN
    changed := CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT * FROM realtime_new'
      WHEN 'DELETE' THEN 'SELECT * FROM realtime_old'
      ELSE 'SELECT * FROM realtime_old UNION ALL SELECT * FROM realtime_new' END;
    EXECUTE 'SELECT count(*) FROM (' || changed || ') r' INTO n;
    IF n <= ${MAX_KEYED_ROWS} THEN
      FOREACH col IN ARRAY TG_ARGV LOOP
        EXECUTE format('SELECT jsonb_agg(DISTINCT r.%I::text) FROM (%s) r', col, changed) INTO vals;
        keys := keys || jsonb_build_object(col, coalesce(vals, '[]'::jsonb));
      END LOOP;
      payload := jsonb_build_object('t', target, 'k', keys)::text;
    END IF;
  END IF;
  IF payload IS NULL OR octet_length(payload) > 7900 THEN
    payload := jsonb_build_object('t', target)::text;
  END IF;
  PERFORM pg_notify('${CHANGE_CHANNEL}', payload);
  RETURN NULL;
END
$fn$;`;

const KEY_COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS name,
       coalesce((SELECT array_agg(DISTINCT k.attname ORDER BY k.attname)
                   FROM (SELECT a.attname::text AS attname
                           FROM pg_constraint con
                           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
                          WHERE con.conrelid = c.oid AND con.contype IN ('p', 'u', 'f')
                         UNION
                         SELECT a.attname::text
                           FROM pg_index i
                           JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                          WHERE i.indrelid = c.oid) AS k), '{}') AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN unnest($1::text[], $2::text[]) AS w(schema, name) ON w.schema = n.nspname AND w.name = c.relname
 WHERE c.relkind IN ('r', 'p')`;

interface Wanted extends TableName {
  columns: string[];
}

function triggerDefinitions(table: Wanted): Array<{ name: string; sql: string }> {
  const on = `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
  const args = table.columns.slice(0, MAX_KEY_COLUMNS).map(quoteLiteral).join(', ');
  const run = `FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}(${args})`;
  return [
    { name: `${TRIGGER_PREFIX}_ins`, sql: `AFTER INSERT ON ${on} REFERENCING NEW TABLE AS realtime_new ${run}` },
    { name: `${TRIGGER_PREFIX}_upd`, sql: `AFTER UPDATE ON ${on} REFERENCING OLD TABLE AS realtime_old NEW TABLE AS realtime_new ${run}` },
    { name: `${TRIGGER_PREFIX}_del`, sql: `AFTER DELETE ON ${on} REFERENCING OLD TABLE AS realtime_old ${run}` },
    { name: `${TRIGGER_PREFIX}_trunc`, sql: `AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}()` },
  ];
}

/**
 * Makes the change triggers match the watched tables: creates missing ones, recreates those
 * whose key columns changed, drops those on tables no longer watched. One transaction under an
 * advisory lock, so two engines applying metadata at once do not trip over each other.
 */
export async function syncChangeTriggers(pool: pg.Pool, tables: readonly TableName[]): Promise<{ created: number; dropped: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${TRIGGER_PREFIX}'))`);
    await client.query(FUNCTION_SQL);
    const { rows: existing } = await client.query<{ schema: string; name: string; trigger: string; args: string }>(
      `SELECT n.nspname AS schema, c.relname AS name, t.tgname AS trigger, encode(t.tgargs, 'escape') AS args
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE t.tgname LIKE '${TRIGGER_PREFIX}%' AND NOT t.tgisinternal`,
    );
    const { rows: wanted } = await client.query<Wanted>(KEY_COLUMNS_SQL, [tables.map((t) => t.schema), tables.map((t) => t.name)]);
    const have = new Map<string, Map<string, string>>();
    for (const row of existing) {
      const key = tableKey(row);
      if (!have.has(key)) have.set(key, new Map());
      have.get(key)!.set(row.trigger, row.args);
    }
    let created = 0;
    let dropped = 0;
    const want = new Set<string>();
    for (const table of wanted) {
      const key = tableKey(table);
      want.add(key);
      const current = have.get(key) ?? new Map<string, string>();
      const expectedArgs = table.columns.slice(0, MAX_KEY_COLUMNS).map((c) => c + '\\000').join('');
      for (const trigger of triggerDefinitions(table)) {
        const args = trigger.name.endsWith('_trunc') ? '' : expectedArgs;
        if (current.get(trigger.name) === args) continue;
        if (current.has(trigger.name)) await client.query(`DROP TRIGGER ${quoteIdent(trigger.name)} ON ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`);
        await client.query(`CREATE TRIGGER ${quoteIdent(trigger.name)} ${trigger.sql}`);
        created++;
      }
      // Triggers of an earlier layout.
      for (const name of current.keys()) {
        if (triggerDefinitions(table).some((t) => t.name === name)) continue;
        await client.query(`DROP TRIGGER ${quoteIdent(name)} ON ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`);
        dropped++;
      }
    }
    for (const row of existing) {
      if (want.has(tableKey(row))) continue;
      await client.query(`DROP TRIGGER IF EXISTS ${quoteIdent(row.trigger)} ON ${quoteIdent(row.schema)}.${quoteIdent(row.name)}`);
      dropped++;
    }
    await client.query('COMMIT');
    return { created, dropped };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Removes every change trigger and the function. */
export async function dropChangeTriggers(pool: pg.Pool): Promise<void> {
  await syncChangeTriggers(pool, []);
  await pool.query(`DROP FUNCTION IF EXISTS ${FUNCTION}()`);
}
