import { findTable, type DatabaseModel } from '../introspection/index.js';
import type { QualifiedTable, SourceMetadata } from './types.js';
import { findTableIn } from './edit.js';
import type { RelationshipTarget } from './rename.js';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function qualify(raw: unknown): QualifiedTable | undefined {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  const t = raw as { name?: unknown; schema?: unknown } | null | undefined;
  return t && typeof t.name === 'string' ? { schema: typeof t.schema === 'string' ? t.schema : 'public', name: t.name } : undefined;
}

/** Where each relationship of the source leads, reading the foreign keys of `foreign_key_constraint_on: column` from the model. */
export function relationshipTargets(source: SourceMetadata, model: DatabaseModel): RelationshipTarget {
  return (table, name) => {
    const entry = findTableIn(source, table);
    const rel = [...(entry?.object_relationships ?? []), ...(entry?.array_relationships ?? [])].find((r) => r.name === name);
    if (!rel) return undefined;
    const using = rel.using as { foreign_key_constraint_on?: unknown; manual_configuration?: { remote_table?: unknown } };
    if (using.manual_configuration) return qualify(using.manual_configuration.remote_table);
    const fk = using.foreign_key_constraint_on;
    if (typeof fk === 'string' || Array.isArray(fk)) {
      const columns = typeof fk === 'string' ? [fk] : (fk as string[]);
      const key = findTable(model, table.schema, table.name)?.foreignKeys.find((f) => sameSet(f.columns, columns));
      return key && { schema: key.refSchema, name: key.refTable };
    }
    return qualify((fk as { table?: unknown } | undefined)?.table);
  };
}
