import { createHash } from 'node:crypto';
import { compileText, sql, type SQL } from '../../sql/builder.js';
import type { TableName } from '../../schema-cache/index.js';

/** The channel table changes are announced on. */
export const CHANGE_CHANNEL = 'hasura_realtime_table_changed';
export const TRIGGER_PREFIX = 'hasura_realtime_notify';
/** Beyond this many changed rows a notification names only the table (and every poller reading it refreshes fully). */
const MAX_KEYED_ROWS = 100;
/** Key columns reported per table: primary key, unique, foreign key and leading index columns, up to this many. */
export const MAX_KEY_COLUMNS = 8;

/**
 * The function a watched table's triggers call, in hdb_catalog: readable, at most 63 bytes, and
 * distinct for distinct tables (`a_b.c` and `a.b_c` differ by the hash of the exact name).
 */
export function changeFunctionName(table: TableName): string {
  const slug = table.name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 28);
  const hash = createHash('sha1').update(`${table.schema}\0${table.name}`).digest('hex').slice(0, 8);
  return `${TRIGGER_PREFIX}_${slug}_${hash}`;
}

/**
 * The notification: `{"t": "schema.table", "k": {"col": ["v1", ...], ...}}`, where `k` holds the
 * text values of the table's key columns (primary, unique and foreign keys, and the first column
 * of every index: the columns queries filter on) in the changed rows,
 * old and new. A poller that filters its root table on one of those columns with a cohort
 * variable (`orders_by_pk(id: $id)`, a permission `customer_id = X-Hasura-User-Id`) then
 * re-runs only the cohorts whose value is among them. Statement-level triggers with transition
 * tables: a statement sends one notification however many rows it writes, and Postgres folds
 * identical notifications of one transaction. Bulk writes and TRUNCATE send just the table.
 *
 * Each table has its own function with static SQL naming its key columns: PL/pgSQL plans each
 * statement once per trigger and keeps the plan, so a firing costs one cached query (about a
 * fifth of a shared function that built and planned its SQL with EXECUTE at every firing). It
 * runs for every statement on every watched table, inside the writer's transaction.
 */
function functionBody(table: TableName, keyColumns: readonly string[], compared: ComparedColumns | null): SQL {
  const target = sql.literal(`${table.schema}.${table.name}`);
  const tableOnly = sql`jsonb_build_object('t', ${target})::text`;
  const notify = (payload: SQL) => sql`PERFORM pg_notify(${sql.literal(CHANGE_CHANNEL)}, ${payload});`;
  if (keyColumns.length === 0)
    return sql`
BEGIN
  ${notify(tableOnly)}
  RETURN NULL;
END
`;
  const pick = (transition: SQL) => sql`SELECT ${sql.join(keyColumns.map((c) => sql`_x.${sql.ident(c)}`))} FROM ${transition} AS _x`;
  const aggregates = sql.join(keyColumns.map((c) => sql`${sql.literal(c)}, coalesce(jsonb_agg(DISTINCT _r.${sql.ident(c)}::text), '[]')`));
  // Counts the changed rows (up to one past the limit) and collects every key column's values in one query.
  const collect = (rows: SQL) => sql`SELECT count(*), jsonb_build_object(${aggregates}) INTO _n, _keys FROM (${rows} LIMIT ${sql.literal(MAX_KEYED_ROWS + 1)}) AS _r;`;
  return sql`
#variable_conflict use_column
DECLARE
  _n bigint;
  _keys jsonb;
  _payload text;
  _paired bigint;
  _columns jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${collect(pick(sql`realtime_new`))}
  ELSIF TG_OP = 'UPDATE' THEN
    ${collect(sql`${pick(sql`realtime_old`)} UNION ALL ${pick(sql`realtime_new`)}`)}
    ${compared && compared.columns.length > 0 ? changedColumns(compared) : sql``}
  ELSIF TG_OP = 'DELETE' THEN
    ${collect(pick(sql`realtime_old`))}
  END IF;
  IF _n <= ${sql.literal(MAX_KEYED_ROWS)} THEN
    _payload := jsonb_build_object('t', ${target}, 'k', _keys)::text;
    IF _columns IS NOT NULL THEN
      _payload := jsonb_build_object('t', ${target}, 'k', _keys, 'c', _columns)::text;
    END IF;
  END IF;
  IF _payload IS NULL OR octet_length(_payload) > 7900 THEN
    _payload := ${tableOnly};
  END IF;
  ${notify(sql.raw('_payload'))}
  RETURN NULL;
END
`;
}

/** What an UPDATE's notification compares: the primary key to pair old and new rows, and every column. */
export interface ComparedColumns {
  primaryKey: readonly string[];
  columns: readonly string[];
}

/**
 * An UPDATE of at most MAX_KEYED_ROWS rows also names the columns whose value changed in any
 * row (`"c": [...]`), so a live query that reads none of them need not run: a courier's
 * availability flip does not re-run the order pages that show the courier's name. Old and new
 * rows are paired by primary key; if any row cannot be paired (its key changed), no columns are
 * named and every reader refreshes. Values compare as text, so a type without equality (json)
 * compares too, and two values that print alike are alike.
 */
function changedColumns({ primaryKey, columns }: ComparedColumns): SQL {
  const pair = sql.join(
    primaryKey.map((c) => sql`_o.${sql.ident(c)} = _w.${sql.ident(c)}`),
    sql` AND `,
  );
  const flags = sql.join(columns.map((c) => sql`CASE WHEN bool_or(_o.${sql.ident(c)}::text IS DISTINCT FROM _w.${sql.ident(c)}::text) THEN ${sql.literal(c)} END`));
  return sql`IF _n <= ${sql.literal(MAX_KEYED_ROWS)} THEN
      SELECT count(*), to_jsonb(array_remove(ARRAY[${flags}]::text[], NULL)) INTO _paired, _columns FROM realtime_old AS _o JOIN realtime_new AS _w ON ${pair};
      IF _paired <> (SELECT count(*) FROM realtime_new) THEN
        _columns := NULL;
      END IF;
    END IF;`;
}

export interface ChangeFunction {
  name: string;
  /** What `pg_proc.prosrc` holds once created: compared to skip recreating an unchanged function. */
  body: string;
  create: string;
}

/** The function of a watched table, for its key columns (at most MAX_KEY_COLUMNS). */
export function changeFunction(table: TableName, keyColumns: readonly string[], compared: ComparedColumns | null = null): ChangeFunction {
  const name = changeFunctionName(table);
  const body = functionBody(table, keyColumns.slice(0, MAX_KEY_COLUMNS), compared && compared.primaryKey.length > 0 ? compared : null);
  return {
    name,
    body: compileText(body),
    create: compileText(sql`CREATE OR REPLACE FUNCTION ${sql.ident('hdb_catalog', name)}() RETURNS trigger LANGUAGE plpgsql AS ${sql.dollarQuoted(body, 'fn')}`),
  };
}

export function dropChangeFunction(name: string): string {
  return compileText(sql`DROP FUNCTION IF EXISTS ${sql.ident('hdb_catalog', name)}()`);
}

export interface ChangeTrigger {
  name: string;
  /** The function it calls (`pg_proc.proname`): a trigger calling another one is recreated. */
  functionName: string;
  create: string;
}

/** The four statement-level triggers of a watched table, all calling its function. */
export function changeTriggers(table: TableName): ChangeTrigger[] {
  const on = sql.ident(table.schema, table.name);
  const functionName = changeFunctionName(table);
  const run = sql`FOR EACH STATEMENT EXECUTE FUNCTION ${sql.ident('hdb_catalog', functionName)}()`;
  const trigger = (suffix: string, event: SQL): ChangeTrigger => {
    const name = `${TRIGGER_PREFIX}_${suffix}`;
    return { name, functionName, create: compileText(sql`CREATE TRIGGER ${sql.ident(name)} ${event}`) };
  };
  return [
    trigger('ins', sql`AFTER INSERT ON ${on} REFERENCING NEW TABLE AS realtime_new ${run}`),
    trigger('upd', sql`AFTER UPDATE ON ${on} REFERENCING OLD TABLE AS realtime_old NEW TABLE AS realtime_new ${run}`),
    trigger('del', sql`AFTER DELETE ON ${on} REFERENCING OLD TABLE AS realtime_old ${run}`),
    trigger('trunc', sql`AFTER TRUNCATE ON ${on} ${run}`),
  ];
}

export function dropChangeTrigger(name: string, table: TableName, ifExists = false): string {
  return compileText(sql`DROP TRIGGER ${ifExists ? sql.raw('IF EXISTS ') : sql.empty}${sql.ident(name)} ON ${sql.ident(table.schema, table.name)}`);
}
