import { findFunctions, findTable, type DatabaseModel, type TableModel } from '../introspection/index.js';
import type { HasuraMetadata, QualifiedTable, SourceMetadata, TableMetadata } from './types.js';
import { sameTable, showTable } from './args.js';
import { inheritedConflictReason, inheritedRolesOf, orderInheritedRoles, tablePermissionsWithInherited, type InheritedRole } from './inherited-roles.js';
import { PERMISSION_KINDS, permissionKey, pruneEmptyLists, type PermissionKind } from './edit.js';

/**
 * Which metadata objects no longer match the database, in the shape of Hasura's
 * `get_inconsistent_metadata`. `ref` says how to remove the object.
 */
export type ObjectRef =
  | { kind: 'table'; table: QualifiedTable }
  | { kind: 'relationship'; table: QualifiedTable; name: string }
  | { kind: 'permission'; table: QualifiedTable; permission: PermissionKind; role: string }
  | { kind: 'computed_field'; table: QualifiedTable; name: string }
  | { kind: 'function'; fn: QualifiedTable }
  /** Nothing to remove: the conflict goes away when the inherited role gets its own permission. */
  | { kind: 'inherited_permission' };

export interface InconsistentObject {
  definition?: unknown;
  /** What an inherited role could not inherit (Hasura reports `entity` instead of `definition`). */
  entity?: unknown;
  name: string;
  reason: string;
  type: string;
  ref: ObjectRef;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function qualify(raw: unknown): QualifiedTable | undefined {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  if (raw && typeof raw === 'object' && typeof (raw as QualifiedTable).name === 'string') {
    const t = raw as Partial<QualifiedTable>;
    return { schema: t.schema ?? 'public', name: t.name! };
  }
  return undefined;
}

/** Why a relationship cannot be served, as Hasura's reason says it. */
function relationshipReason(
  table: QualifiedTable,
  rel: { name: string; using: unknown },
  self: TableModel,
  model: DatabaseModel,
  tracked: (t: QualifiedTable) => boolean,
): string | undefined {
  const problem = relationshipDatabaseProblem(rel.using, self, model);
  if (problem) return `Inconsistent object: in table "${showTable(table)}": in relationship "${rel.name}": ${problem}`;
  // The other end must be tracked in the same source too; Hasura says so without the relationship's context.
  const remote = relationshipTarget(rel.using, self);
  return remote && !tracked(remote) ? `Inconsistent object: table "${showTable(remote)}" is not tracked` : undefined;
}

/** The table a relationship reaches, once its definition is known to match the database. */
function relationshipTarget(using: unknown, self: TableModel): QualifiedTable | undefined {
  const u = (using ?? {}) as { foreign_key_constraint_on?: unknown; manual_configuration?: { remote_table?: unknown } };
  if (u.manual_configuration) return qualify(u.manual_configuration.remote_table);
  const fk = u.foreign_key_constraint_on;
  if (typeof fk === 'string' || Array.isArray(fk)) {
    const columns = typeof fk === 'string' ? [fk] : (fk as string[]);
    const found = self.foreignKeys.find((f) => sameSet(f.columns, columns));
    return found ? { schema: found.refSchema, name: found.refTable } : undefined;
  }
  if (fk && typeof fk === 'object') return qualify((fk as { table?: unknown }).table);
  return undefined;
}

function relationshipDatabaseProblem(using: unknown, self: TableModel, model: DatabaseModel): string | undefined {
  const u = (using ?? {}) as { foreign_key_constraint_on?: unknown; manual_configuration?: { remote_table?: unknown; column_mapping?: Record<string, string> } };
  if (u.manual_configuration) {
    const remoteName = qualify(u.manual_configuration.remote_table);
    const remote = remoteName && findTable(model, remoteName.schema, remoteName.name);
    if (!remote) return `table "${remoteName ? showTable(remoteName) : '?'}" does not exist`;
    for (const [from, to] of Object.entries(u.manual_configuration.column_mapping ?? {})) {
      if (!self.columnsByName.has(from)) return `column "${from}" does not exist in table "${self.name}"`;
      if (!remote.columnsByName.has(to)) return `column "${to}" does not exist in table "${remote.name}"`;
    }
    return undefined;
  }
  const fk = u.foreign_key_constraint_on;
  if (typeof fk === 'string' || Array.isArray(fk)) {
    const columns = typeof fk === 'string' ? [fk] : (fk as string[]);
    return self.foreignKeys.some((f) => sameSet(f.columns, columns)) ? undefined : 'no foreign constraint exists on the given column(s)';
  }
  if (fk && typeof fk === 'object') {
    const spec = fk as { table?: unknown; column?: string; columns?: string | string[] };
    const remoteName = qualify(spec.table);
    const remote = remoteName && findTable(model, remoteName.schema, remoteName.name);
    if (!remote) return `table "${remoteName ? showTable(remoteName) : '?'}" does not exist`;
    const raw = spec.columns ?? spec.column;
    const columns = typeof raw === 'string' ? [raw] : (raw ?? []);
    const ok = remote.foreignKeys.some((f) => sameSet(f.columns, columns) && f.refSchema === self.schema && f.refTable === self.name);
    return ok ? undefined : 'no foreign constraint exists on the given column(s)';
  }
  return undefined;
}

function tableProblems(source: SourceMetadata, entry: TableMetadata, model: DatabaseModel): InconsistentObject[] {
  const table = entry.table;
  const where = `in source ${source.name}`;
  const tracked = (t: QualifiedTable) => source.tables.some((entry) => sameTable(qualify(entry.table)!, t));
  const self = findTable(model, table.schema, table.name);
  if (!self) {
    return [
      {
        definition: table,
        name: `table ${showTable(table)} ${where}`,
        reason: `Inconsistent object: no such table/view exists in source: "${showTable(table)}"`,
        type: 'table',
        ref: { kind: 'table', table },
      },
    ];
  }
  const out: InconsistentObject[] = [];
  for (const [list, type] of [
    ['object_relationships', 'object_relation'],
    ['array_relationships', 'array_relation'],
  ] as const) {
    for (const rel of entry[list] ?? []) {
      const reason = relationshipReason(table, rel, self, model, tracked);
      if (reason) {
        out.push({
          definition: { source: source.name, table, ...rel },
          name: `${type === 'object_relation' ? 'object' : 'array'}_relation ${rel.name} in table ${showTable(table)} ${where}`,
          reason,
          type,
          ref: { kind: 'relationship', table, name: rel.name },
        });
      }
    }
  }
  for (const cf of entry.computed_fields ?? []) {
    const fn = qualify(cf.definition?.function);
    if (!fn || findFunctions(model, fn.schema, fn.name).length === 0) {
      out.push({
        definition: { source: source.name, table, ...cf },
        name: `computed_field ${cf.name} in table ${showTable(table)} ${where}`,
        reason: `Inconsistent object: in table "${showTable(table)}": in computed field "${cf.name}": no such function exists: "${fn ? showTable(fn) : '?'}"`,
        type: 'computed_field',
        ref: { kind: 'computed_field', table, name: cf.name },
      });
    }
  }
  for (const kind of PERMISSION_KINDS) {
    for (const perm of (entry[permissionKey(kind)] ?? []) as { role: string; permission: { columns?: unknown } }[]) {
      const columns = perm.permission?.columns;
      const missing = Array.isArray(columns) ? columns.find((c) => !self.columnsByName.has(String(c))) : undefined;
      if (missing !== undefined) {
        out.push({
          definition: { source: source.name, table, role: perm.role, permission: perm.permission },
          name: `permission ${showTable(table)}.${perm.role}.${kind} ${where}`,
          reason: `Inconsistent object: in table "${showTable(table)}": in permission for role "${perm.role}": column "${String(missing)}" does not exist`,
          type: `${kind}_permission`,
          ref: { kind: 'permission', table, permission: kind, role: perm.role },
        });
      }
    }
  }
  return out;
}

export function findInconsistencies(metadata: HasuraMetadata, model: DatabaseModel, sourceName = 'default'): InconsistentObject[] {
  const source = metadata.sources.find((s) => s.name === sourceName);
  if (!source) return [];
  const out = source.tables.flatMap((entry) => tableProblems(source, entry, model));
  for (const f of source.functions ?? []) {
    const fn = qualify(f.function)!;
    if (findFunctions(model, fn.schema, fn.name).length === 0) {
      out.push({
        definition: f.function,
        name: `function ${showTable(fn)} in source "${source.name}"`,
        reason: `Inconsistent object: no such function exists in postgres : "${showTable(fn)}"`,
        type: 'function',
        ref: { kind: 'function', fn },
      });
    }
  }
  out.push(...inheritedPermissionConflicts(metadata, source));
  return out;
}

function inheritedPermissionConflicts(metadata: HasuraMetadata, source: SourceMetadata): InconsistentObject[] {
  let ordered: InheritedRole[];
  try {
    ordered = orderInheritedRoles(inheritedRolesOf(metadata));
  } catch {
    return [];
  }
  if (ordered.length === 0) return [];
  return source.tables.flatMap((entry) => {
    const table = qualify(entry.table)!;
    // Columns do not matter here: only mutation permissions conflict.
    return tablePermissionsWithInherited(entry, ordered, []).conflicts.map((c) => ({
      name: c.role,
      reason: inheritedConflictReason(c.role, c.kind, showTable(table), source.name),
      type: 'inherited role permission inconsistency',
      entity: { permission_type: c.kind, source: source.name, table: showTable(table) },
      ref: { kind: 'inherited_permission' } as const,
    }));
  });
}

/** Removes the objects from the source (in place). */
export function removeObjects(source: SourceMetadata, refs: readonly ObjectRef[]): void {
  for (const ref of refs) {
    if (ref.kind === 'inherited_permission') continue;
    if (ref.kind === 'function') {
      source.functions = (source.functions ?? []).filter((f) => !sameTable(qualify(f.function)!, ref.fn));
      if (source.functions.length === 0) delete source.functions;
      continue;
    }
    if (ref.kind === 'table') {
      source.tables = source.tables.filter((t) => !sameTable(t.table, ref.table));
      continue;
    }
    const entry = source.tables.find((t) => sameTable(t.table, ref.table));
    if (!entry) continue;
    if (ref.kind === 'relationship') {
      if (entry.object_relationships) entry.object_relationships = entry.object_relationships.filter((r) => r.name !== ref.name);
      if (entry.array_relationships) entry.array_relationships = entry.array_relationships.filter((r) => r.name !== ref.name);
    } else if (ref.kind === 'computed_field') {
      entry.computed_fields = (entry.computed_fields ?? []).filter((c) => c.name !== ref.name);
    } else {
      const key = permissionKey(ref.permission);
      (entry as Record<string, unknown>)[key] = ((entry[key] ?? []) as { role: string }[]).filter((p) => p.role !== ref.role);
    }
    pruneEmptyLists(entry);
  }
}

/** What Hasura's get_inconsistent_metadata returns. */
export function inconsistencyReport(objects: readonly InconsistentObject[]): { is_consistent: boolean; inconsistent_objects: unknown[] } {
  return {
    is_consistent: objects.length === 0,
    inconsistent_objects: objects.map(({ definition, entity, name, reason, type }) => (entity === undefined ? { definition, name, reason, type } : { entity, name, reason, type })),
  };
}
