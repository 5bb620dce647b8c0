import { compile, sql } from '../sql/builder.js';
import type { QualifiedTable } from '../metadata/types.js';
import type { Queryable } from './queue-sql.js';
import type { TableColumn } from './trigger-sql.js';

/**
 * The columns of the given tables in attribute order: `'*'` in a trigger means every
 * column the table has when the trigger SQL is (re)generated, as in Hasura.
 * Only ordinary and partitioned tables can carry event triggers.
 */
export function tableKey(table: QualifiedTable): string {
  return JSON.stringify([table.schema, table.name]);
}

/**
 * Where a table's columns come from when they are already known: the engine's schema cache
 * (introspected once per metadata version). Undefined: there is no such table.
 */
export type ColumnsOf = (table: QualifiedTable) => readonly TableColumn[] | undefined;

/** The columns of the given tables as `tableColumns` returns them, from a lookup instead of the catalog. */
export function tableColumnsFrom(columnsOf: ColumnsOf, tables: readonly QualifiedTable[]): Map<string, TableColumn[]> {
  const found = new Map<string, TableColumn[]>();
  for (const table of tables) {
    const columns = columnsOf(table);
    if (columns) found.set(tableKey(table), [...columns]);
  }
  return found;
}

export async function tableColumns(db: Queryable, tables: readonly QualifiedTable[]): Promise<Map<string, TableColumn[]>> {
  const found = new Map<string, TableColumn[]>();
  if (tables.length === 0) return found;
  const query = compile(sql`
    SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, t.typname AS type
    FROM unnest(${tables.map((t) => t.schema)}::text[], ${tables.map((t) => t.name)}::text[]) AS q(schema, name)
    JOIN pg_namespace n ON n.nspname = q.schema
    JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = q.name AND c.relkind IN ('r', 'p')
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_type t ON t.oid = a.atttypid
    ORDER BY n.nspname, c.relname, a.attnum`);
  const result = await db.query(query.text, query.values);
  for (const row of result.rows) {
    const key = tableKey({ schema: row.schema, name: row.table });
    let columns = found.get(key);
    if (!columns) found.set(key, (columns = []));
    if (row.name !== null) columns.push({ name: row.name, type: row.type });
  }
  return found;
}
