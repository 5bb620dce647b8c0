import { findTable, type DatabaseModel } from '../../introspection/index.js';
import type { QualifiedTable, SourceMetadata, TableMetadata } from '../types.js';
import { sameTable } from '../args.js';
import { relationshipTarget } from './dependencies.js';

const LOGICAL = new Set(['_and', '_or', '_not', '$and', '$or', '$not']);

/**
 * Shallow validation of a permission's boolean expression: every field key must be a column,
 * relationship or computed field of its table (followed through relationships). Operators
 * and values are left to the GraphQL part, which compiles them.
 * Returns a message for the first unknown field, or undefined.
 */
export function findUnknownField(exp: unknown, table: QualifiedTable, source: SourceMetadata, model: DatabaseModel): string | undefined {
  if (Array.isArray(exp)) {
    for (const item of exp) {
      const problem = findUnknownField(item, table, source, model);
      if (problem) return problem;
    }
    return undefined;
  }
  if (exp === null || typeof exp !== 'object') return undefined;
  const db = findTable(model, table.schema, table.name);
  const entry = source.tables.find((t) => sameTable(t.table, table));
  if (!db) return undefined;
  for (const [key, value] of Object.entries(exp as Record<string, unknown>)) {
    if (LOGICAL.has(key)) {
      const problem = findUnknownField(value, table, source, model);
      if (problem) return problem;
      continue;
    }
    if (key === '_exists') {
      const spec = value as { _table?: unknown; _where?: unknown };
      const t = spec?._table;
      const target = typeof t === 'string' ? { schema: 'public', name: t } : (t as QualifiedTable | undefined);
      if (target?.name) {
        const problem = findUnknownField(spec._where, { schema: target.schema ?? 'public', name: target.name }, source, model);
        if (problem) return problem;
      }
      continue;
    }
    if (db.columnsByName.has(key)) continue;
    if (entry && (entry.computed_fields ?? []).some((cf) => cf.name === key)) continue;
    const rel = entry && relationshipOf(entry, key);
    if (rel) {
      const target = relationshipTarget(rel.using, (columns) => {
        const fk = db.foreignKeys.find((f) => f.columns.length === columns.length && f.columns.every((c) => columns.includes(c)));
        return fk ? { schema: fk.refSchema, name: fk.refTable } : undefined;
      });
      if (target) {
        const problem = findUnknownField(value, target, source, model);
        if (problem) return problem;
      }
      continue;
    }
    return `"${key}" does not exist in table "${table.name}"`;
  }
  return undefined;
}

function relationshipOf(entry: TableMetadata, name: string) {
  return [...(entry.object_relationships ?? []), ...(entry.array_relationships ?? [])].find((r) => r.name === name);
}
