import type { HasuraMetadata, QualifiedTable, SourceMetadata, TableMetadata } from './types.js';
import { sameTable, showTable } from './args.js';
import { notExists } from './errors.js';

/**
 * Metadata edits. Handlers take a deep copy of the current metadata, change it in place with
 * these helpers, and hand the copy to `ctx.setMetadata`.
 */
export function draftOf(metadata: HasuraMetadata): HasuraMetadata {
  return structuredClone(metadata);
}

export function sourceIn(metadata: HasuraMetadata, name: string): SourceMetadata {
  const source = metadata.sources.find((s) => s.name === name);
  if (!source) throw notExists(`source with name "${name}" does not exist`);
  return source;
}

export function findTableIn(source: SourceMetadata, table: QualifiedTable): TableMetadata | undefined {
  return source.tables.find((t) => sameTable(t.table, table));
}

/** A tracked table, or Hasura's not-exists error. */
export function trackedTable(source: SourceMetadata, table: QualifiedTable): TableMetadata {
  const entry = findTableIn(source, table);
  if (!entry) throw notExists(`table "${showTable(table)}" does not exist in source: ${source.name}`);
  return entry;
}

/** The list under `key` of a table entry, created when missing. */
export function listOf<K extends keyof TableMetadata>(entry: TableMetadata, key: K): NonNullable<TableMetadata[K]> {
  const current = entry[key];
  if (Array.isArray(current)) return current as NonNullable<TableMetadata[K]>;
  const created = [] as unknown as NonNullable<TableMetadata[K]>;
  (entry as Record<string, unknown>)[key as string] = created;
  return created;
}

/** Removes empty relationship/permission lists so export matches Hasura's. */
export function pruneEmptyLists(entry: TableMetadata): void {
  for (const [key, value] of Object.entries(entry)) {
    if (Array.isArray(value) && value.length === 0) delete (entry as Record<string, unknown>)[key];
  }
}

export type PermissionKind = 'select' | 'insert' | 'update' | 'delete';
export const PERMISSION_KINDS: readonly PermissionKind[] = ['select', 'insert', 'update', 'delete'];
export const permissionKey = (kind: PermissionKind) => `${kind}_permissions` as const;

/** Names already used on a table: relationships and computed fields share the column namespace. */
export function fieldNames(entry: TableMetadata): Set<string> {
  const names = new Set<string>();
  for (const rel of entry.object_relationships ?? []) names.add(rel.name);
  for (const rel of entry.array_relationships ?? []) names.add(rel.name);
  for (const cf of entry.computed_fields ?? []) names.add(cf.name);
  return names;
}
