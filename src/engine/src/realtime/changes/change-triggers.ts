import type pg from 'pg';
import type { HasuraMetadata } from '../../metadata/types.js';
import { quoteIdent } from '../../sql/builder.js';

/** The channel table changes are announced on; the payload is `schema.table`. */
export const CHANGE_CHANNEL = 'hasura_realtime_table_changed';
const TRIGGER_NAME = 'hasura_realtime_notify';
const FUNCTION = 'hdb_catalog.hasura_realtime_notify_change';

export interface TableName {
  schema: string;
  name: string;
}

export function tableKey(table: TableName): string {
  return `${table.schema}.${table.name}`;
}

/** The tracked tables of the default source, as metadata lists them. */
export function trackedTables(metadata: HasuraMetadata): TableName[] {
  const out: TableName[] = [];
  for (const source of metadata.sources ?? []) {
    for (const entry of source.tables ?? []) {
      const table = entry.table as TableName | string;
      out.push(typeof table === 'string' ? { schema: 'public', name: table } : { schema: table.schema ?? 'public', name: table.name });
    }
  }
  return out;
}

/**
 * One statement-level trigger per tracked table: a statement that writes any number of rows
 * sends one NOTIFY, and Postgres folds identical notifications of one transaction into one,
 * so a bulk load costs one wake-up, not one per row. Views and foreign tables cannot carry
 * these triggers; their base tables are found through `pg_depend` instead (see view-dependencies).
 */
const FUNCTION_SQL = `
CREATE SCHEMA IF NOT EXISTS hdb_catalog;
CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('${CHANGE_CHANNEL}', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
  RETURN NULL;
END
$fn$;`;

/**
 * Makes the set of change triggers match the tracked tables: creates missing ones, drops
 * those on tables no longer tracked. Runs in one transaction under an advisory lock so two
 * engines applying metadata at once do not trip over each other.
 */
export async function syncChangeTriggers(pool: pg.Pool, tables: readonly TableName[]): Promise<{ created: number; dropped: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${TRIGGER_NAME}'))`);
    await client.query(FUNCTION_SQL);
    const { rows: existing } = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE t.tgname = $1 AND NOT t.tgisinternal`,
      [TRIGGER_NAME],
    );
    // Only ordinary and partitioned tables take statement-level triggers for all four events.
    const { rows: triggerable } = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN unnest($1::text[], $2::text[]) AS w(schema, name) ON w.schema = n.nspname AND w.name = c.relname
        WHERE c.relkind IN ('r', 'p')`,
      [tables.map((t) => t.schema), tables.map((t) => t.name)],
    );
    const want = new Map(triggerable.map((t) => [tableKey(t), t]));
    const have = new Map(existing.map((t) => [tableKey(t), t]));
    let created = 0;
    let dropped = 0;
    for (const [key, table] of want) {
      if (have.has(key)) continue;
      await client.query(
        `CREATE TRIGGER ${TRIGGER_NAME} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${quoteIdent(table.schema)}.${quoteIdent(table.name)} ` +
          `FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}()`,
      );
      created++;
    }
    for (const [key, table] of have) {
      if (want.has(key)) continue;
      await client.query(`DROP TRIGGER IF EXISTS ${TRIGGER_NAME} ON ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`);
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

/** Removes every change trigger (and the function): for tests and for switching the feature off. */
export async function dropChangeTriggers(pool: pg.Pool): Promise<void> {
  await syncChangeTriggers(pool, []);
  await pool.query(`DROP FUNCTION IF EXISTS ${FUNCTION}()`);
}
