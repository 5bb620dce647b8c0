import type pg from 'pg';
import { tableKey, type TableName } from '../../schema-cache/index.js';
import { compile, sql } from '../../sql/builder.js';
import { TRIGGER_PREFIX, changeFunction, changeTriggers, dropChangeFunction, dropChangeTrigger } from './change-trigger-sql.js';

/** The key columns of the watched tables (see change-trigger-sql.ts for what they are for). */
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
                          WHERE i.indrelid = c.oid) AS k), '{}') AS columns,
       coalesce((SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
                   FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                  WHERE i.indrelid = c.oid AND i.indisprimary), '{}') AS primary_key,
       coalesce((SELECT array_agg(a.attname::text ORDER BY a.attnum)
                   FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '{}') AS all_columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN unnest($1::text[], $2::text[]) AS w(schema, name) ON w.schema = n.nspname AND w.name = c.relname
 WHERE c.relkind IN ('r', 'p')`;

interface Wanted extends TableName {
  columns: string[];
  primary_key: string[];
  all_columns: string[];
}

/**
 * Makes the change triggers match the watched tables: creates (or replaces) each table's
 * function when its text differs, creates missing triggers, recreates those calling another
 * function, drops those on tables no longer watched and the functions nothing calls. One
 * transaction under an advisory lock, so two engines applying metadata at once do not trip
 * over each other.
 */
export async function syncChangeTriggers(pool: pg.Pool, tables: readonly TableName[]): Promise<{ created: number; dropped: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const lock = compile(sql`SELECT pg_advisory_xact_lock(hashtext(${TRIGGER_PREFIX}))`);
    await client.query(lock.text, lock.values);
    await client.query('CREATE SCHEMA IF NOT EXISTS hdb_catalog');
    const present = compile(sql`
      SELECT n.nspname AS schema, c.relname AS name, t.tgname AS trigger, p.proname AS function
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE t.tgname LIKE ${TRIGGER_PREFIX + '%'} AND NOT t.tgisinternal`);
    const { rows: existing } = await client.query<{ schema: string; name: string; trigger: string; function: string }>(present.text, present.values);
    const functions = compile(sql`
      SELECT p.proname AS name, p.prosrc AS body FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'hdb_catalog' AND p.proname LIKE ${TRIGGER_PREFIX + '%'}`);
    const { rows: functionRows } = await client.query<{ name: string; body: string }>(functions.text, functions.values);
    const bodies = new Map(functionRows.map((row) => [row.name, row.body]));
    const { rows: wanted } = await client.query<Wanted>(KEY_COLUMNS_SQL, [tables.map((t) => t.schema), tables.map((t) => t.name)]);
    const have = new Map<string, Map<string, string>>();
    for (const row of existing) {
      const key = tableKey(row);
      if (!have.has(key)) have.set(key, new Map());
      have.get(key)!.set(row.trigger, row.function);
    }
    let created = 0;
    let dropped = 0;
    const want = new Set<string>();
    const used = new Set<string>();
    for (const table of wanted) {
      const key = tableKey(table);
      want.add(key);
      const fn = changeFunction(table, table.columns, { primaryKey: table.primary_key, columns: table.all_columns });
      used.add(fn.name);
      if (bodies.get(fn.name) !== fn.body) await client.query(fn.create);
      const current = have.get(key) ?? new Map<string, string>();
      const triggers = changeTriggers(table);
      for (const trigger of triggers) {
        if (current.get(trigger.name) === trigger.functionName) continue;
        if (current.has(trigger.name)) await client.query(dropChangeTrigger(trigger.name, table));
        await client.query(trigger.create);
        created++;
      }
      // Triggers of an earlier layout.
      for (const name of current.keys()) {
        if (triggers.some((t) => t.name === name)) continue;
        await client.query(dropChangeTrigger(name, table));
        dropped++;
      }
    }
    for (const row of existing) {
      if (want.has(tableKey(row))) continue;
      await client.query(dropChangeTrigger(row.trigger, row, true));
      dropped++;
    }
    for (const name of bodies.keys()) if (!used.has(name)) await client.query(dropChangeFunction(name));
    await client.query('COMMIT');
    return { created, dropped };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
