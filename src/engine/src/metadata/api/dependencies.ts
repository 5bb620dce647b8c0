import type { BoolExp, QualifiedTable, SourceMetadata, TableMetadata } from '../types.js';
import { sameTable, showTable } from '../args.js';
import { PERMISSION_KINDS, permissionKey, pruneEmptyLists, type PermissionKind } from '../edit.js';

/**
 * Metadata objects that depend on something about to disappear: Hasura refuses the removal
 * with `dependency-error` unless `cascade` is set, in which case the dependents go too.
 */
export type Dependent =
  | { kind: 'relationship'; table: QualifiedTable; list: 'object_relationships' | 'array_relationships'; name: string; description: string }
  | { kind: 'permission'; table: QualifiedTable; permission: PermissionKind; role: string; description: string };

function remoteTableOf(using: unknown): QualifiedTable | undefined {
  const u = using as { foreign_key_constraint_on?: unknown; manual_configuration?: { remote_table?: unknown } };
  const fk = u?.foreign_key_constraint_on;
  const raw = fk && typeof fk === 'object' && !Array.isArray(fk) ? (fk as { table?: unknown }).table : u?.manual_configuration?.remote_table;
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  const t = raw as { name: string; schema?: string };
  return { schema: t.schema ?? 'public', name: t.name };
}

/** The table an object relationship points at, for the `foreign_key_constraint_on: column` form too. */
export function relationshipTarget(using: unknown, fkTargets: (columns: string[]) => QualifiedTable | undefined): QualifiedTable | undefined {
  const remote = remoteTableOf(using);
  if (remote) return remote;
  const fk = (using as { foreign_key_constraint_on?: unknown })?.foreign_key_constraint_on;
  if (typeof fk === 'string') return fkTargets([fk]);
  if (Array.isArray(fk)) return fkTargets(fk as string[]);
  return undefined;
}

function relationshipDescription(source: SourceMetadata, table: QualifiedTable, name: string): string {
  return `relationship ${showTable(table)}.${name} in source "${source.name}"`;
}

/**
 * Relationships of *other* tables whose target is `target`: explicit table references, and
 * with `fkTarget`, object relationships on a foreign key column of their own table.
 */
export function dependentsOfTable(
  source: SourceMetadata,
  target: QualifiedTable,
  fkTarget?: (table: QualifiedTable, columns: string[]) => QualifiedTable | undefined,
): Dependent[] {
  const out: Dependent[] = [];
  for (const entry of source.tables) {
    if (sameTable(entry.table, target)) continue;
    for (const list of ['object_relationships', 'array_relationships'] as const) {
      for (const rel of entry[list] ?? []) {
        const remote = fkTarget ? relationshipTarget(rel.using, (columns) => fkTarget(entry.table, columns)) : remoteTableOf(rel.using);
        if (remote && sameTable(remote, target)) {
          out.push({ kind: 'relationship', table: entry.table, list, name: rel.name, description: relationshipDescription(source, entry.table, rel.name) });
        }
      }
    }
  }
  return out;
}

/** Does a boolean expression mention `field` as a key anywhere (columns, relationships)? */
export function boolExpMentions(exp: unknown, field: string): boolean {
  if (Array.isArray(exp)) return exp.some((e) => boolExpMentions(e, field));
  if (exp === null || typeof exp !== 'object') return false;
  for (const [key, value] of Object.entries(exp as BoolExp)) {
    if (key === field) return true;
    if (key === '_and' || key === '_or' || key === '_not') {
      if (boolExpMentions(value, field)) return true;
    }
  }
  return false;
}

/** Permissions of a table whose filter or check uses a field (relationship or column). */
export function permissionsUsing(source: SourceMetadata, entry: TableMetadata, field: string): Dependent[] {
  const out: Dependent[] = [];
  for (const kind of PERMISSION_KINDS) {
    for (const perm of (entry[permissionKey(kind)] ?? []) as { role: string; permission: Record<string, unknown> }[]) {
      const p = perm.permission ?? {};
      if (boolExpMentions(p.filter, field) || boolExpMentions(p.check, field)) {
        out.push({
          kind: 'permission',
          table: entry.table,
          permission: kind,
          role: perm.role,
          description: `permission ${showTable(entry.table)}.${perm.role}.${kind} in source "${source.name}"`,
        });
      }
    }
  }
  return out;
}

export function removeDependents(source: SourceMetadata, dependents: readonly Dependent[]): void {
  for (const dep of dependents) {
    const entry = source.tables.find((t) => sameTable(t.table, dep.table));
    if (!entry) continue;
    if (dep.kind === 'relationship') {
      const list = entry[dep.list];
      if (list) entry[dep.list] = list.filter((r) => r.name !== dep.name) as never;
    } else {
      const key = permissionKey(dep.permission);
      const list = entry[key] as { role: string }[] | undefined;
      if (list) (entry as Record<string, unknown>)[key] = list.filter((p) => p.role !== dep.role);
    }
    pruneEmptyLists(entry);
  }
}
