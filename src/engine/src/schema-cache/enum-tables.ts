import type pg from 'pg';
import { sql, compile } from '../sql/builder.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { findTable, qualifiedKey, type DatabaseModel } from '../introspection/model.js';
import { qualifyTable } from '../schema/resolve-catalog.js';

/**
 * Rows of enum tables (`is_enum: true`): the first primary-key column holds the values and an
 * optional second text column the descriptions, as Hasura requires of enum tables.
 */
export async function readEnumTableValues(pool: pg.Pool, metadata: HasuraMetadata, db: DatabaseModel): Promise<Map<string, { value: string; description: string | null }[]>> {
  const result = new Map<string, { value: string; description: string | null }[]>();
  const source = metadata.sources.find((s) => s.name === 'default') ?? metadata.sources[0];
  for (const meta of source?.tables ?? []) {
    if (!meta.is_enum) continue;
    const q = qualifyTable(meta.table);
    const table = findTable(db, q.schema, q.name);
    const valueColumn = table?.primaryKey?.columns[0];
    if (!table || !valueColumn) continue;
    const comment = table.columns.find((c) => c.name !== valueColumn);
    const statement = compile(
      sql`SELECT ${sql.ident(valueColumn)}::text AS value, ${comment ? sql`${sql.ident(comment.name)}::text` : sql`NULL::text`} AS description FROM ${sql.relation(q.schema, q.name)} ORDER BY 1`,
    );
    const rows = await pool.query<{ value: string; description: string | null }>(statement.text, statement.values);
    result.set(qualifiedKey(q.schema, q.name), rows.rows);
  }
  return result;
}
