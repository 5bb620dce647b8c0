import { compileText, sql, type SQL } from '../../sql/builder.js';
import type { TableName } from '../../schema-cache/index.js';

/** The channel table changes are announced on. */
export const CHANGE_CHANNEL = 'hasura_realtime_table_changed';
export const TRIGGER_PREFIX = 'hasura_realtime_notify';
const FUNCTION = sql`hdb_catalog.hasura_realtime_notify_change`;
/** Beyond this many changed rows a notification names only the table (and every poller reading it refreshes fully). */
const MAX_KEYED_ROWS = 100;
/** Key columns reported per table: primary key, unique, foreign key and leading index columns, up to this many. */
export const MAX_KEY_COLUMNS = 8;

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
const FUNCTION_BODY = sql`
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
    IF n <= ${sql.literal(MAX_KEYED_ROWS)} THEN
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
  PERFORM pg_notify(${sql.literal(CHANGE_CHANNEL)}, payload);
  RETURN NULL;
END
`;

/** Creates (or replaces) the one function every change trigger calls. */
export const CREATE_FUNCTION = compileText(sql`
CREATE SCHEMA IF NOT EXISTS hdb_catalog;
CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS ${sql.dollarQuoted(FUNCTION_BODY, 'fn')};`);

export const DROP_FUNCTION = compileText(sql`DROP FUNCTION IF EXISTS ${FUNCTION}()`);

export interface ChangeTrigger {
  name: string;
  /** The key columns it passes the function, as `pg_trigger.tgargs` holds them (`col\000...`). */
  args: string;
  create: string;
}

/** The four statement-level triggers of a watched table, with the key columns it reports. */
export function changeTriggers(table: TableName, keyColumns: readonly string[]): ChangeTrigger[] {
  const on = sql.ident(table.schema, table.name);
  const columns = keyColumns.slice(0, MAX_KEY_COLUMNS);
  const run = sql`FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}(${sql.join(columns.map((c) => sql.literal(c)))})`;
  const args = columns.map((c) => c + '\\000').join('');
  const trigger = (suffix: string, event: SQL, tgargs: string): ChangeTrigger => {
    const name = `${TRIGGER_PREFIX}_${suffix}`;
    return { name, args: tgargs, create: compileText(sql`CREATE TRIGGER ${sql.ident(name)} ${event}`) };
  };
  return [
    trigger('ins', sql`AFTER INSERT ON ${on} REFERENCING NEW TABLE AS realtime_new ${run}`, args),
    trigger('upd', sql`AFTER UPDATE ON ${on} REFERENCING OLD TABLE AS realtime_old NEW TABLE AS realtime_new ${run}`, args),
    trigger('del', sql`AFTER DELETE ON ${on} REFERENCING OLD TABLE AS realtime_old ${run}`, args),
    trigger('trunc', sql`AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}()`, ''),
  ];
}

export function dropChangeTrigger(name: string, table: TableName, ifExists = false): string {
  return compileText(sql`DROP TRIGGER ${ifExists ? sql.raw('IF EXISTS ') : sql.empty}${sql.ident(name)} ON ${sql.ident(table.schema, table.name)}`);
}
