import type { BoolExp, DeletePermission, HasuraMetadata, InsertPermission, SelectPermission, TableMetadata, UpdatePermission } from './types.js';

/**
 * Inherited roles as Hasura builds them (RQL/DDL/Schema/Cache/Permission.hs): roles are ordered so
 * that every parent precedes its children (a cycle is an error), then each inherited role without
 * its own permission takes the combination of its parents' permissions. Pure: works on metadata.
 */

export interface InheritedRole {
  role_name: string;
  role_set: string[];
}

export type MutationKind = 'insert' | 'update' | 'delete';

/** A select permission of an inherited role: the union of its parents', columns shown per row. */
export interface InheritedSelect {
  columns: string[];
  computed_fields: string[];
  filter: BoolExp;
  limit?: number;
  allow_aggregations: boolean;
  query_root_fields?: string[];
  subscription_root_fields?: string[];
  /** Columns (and scalar computed fields) not every parent may see: shown only in rows this filter admits, else null. */
  field_filters: Record<string, BoolExp>;
}

export interface RolePermissions {
  select?: SelectPermission['permission'] | InheritedSelect;
  insert?: InsertPermission['permission'];
  update?: UpdatePermission['permission'];
  delete?: DeletePermission['permission'];
}

export interface InheritedConflict {
  role: string;
  kind: MutationKind;
}

export class RoleCycleError extends Error {}

export function inheritedRolesOf(metadata: HasuraMetadata): InheritedRole[] {
  const raw = metadata.inherited_roles;
  return Array.isArray(raw) ? (raw as InheritedRole[]) : [];
}

/** Inherited roles ordered parents first; throws Hasura's `found cycle(s) in roles: [...]` on a cycle. */
export function orderInheritedRoles(roles: readonly InheritedRole[]): InheritedRole[] {
  const byName = new Map(roles.map((r) => [r.role_name, r]));
  const order: InheritedRole[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (role: InheritedRole, path: string[]): void => {
    const s = state.get(role.role_name);
    if (s === 'done') return;
    if (s === 'visiting') {
      const start = path.indexOf(role.role_name);
      cycles.push([...path.slice(start), role.role_name]);
      return;
    }
    state.set(role.role_name, 'visiting');
    for (const parent of role.role_set) {
      const p = byName.get(parent);
      if (p) visit(p, [...path, role.role_name]);
    }
    state.set(role.role_name, 'done');
    order.push(role);
  };
  for (const role of roles) visit(role, []);
  if (cycles.length > 0) throw new RoleCycleError(`found cycle(s) in roles: ${cycles.map((c) => JSON.stringify(c)).join(', ')}`);
  return order;
}

/** Own permissions of a table by role, as written in the metadata. */
export function ownPermissions(table: TableMetadata): Map<string, RolePermissions> {
  const out = new Map<string, RolePermissions>();
  const entry = (role: string): RolePermissions => {
    let e = out.get(role);
    if (!e) out.set(role, (e = {}));
    return e;
  };
  for (const p of table.select_permissions ?? []) entry(p.role).select = p.permission;
  for (const p of table.insert_permissions ?? []) entry(p.role).insert = p.permission;
  for (const p of table.update_permissions ?? []) entry(p.role).update = p.permission;
  for (const p of table.delete_permissions ?? []) entry(p.role).delete = p.permission;
  return out;
}

/** A stable rendering for comparing two definitions (key order ignored). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const orOf = (filters: BoolExp[]): BoolExp => (filters.length === 1 ? filters[0]! : { _or: filters });

function combineSelect(parents: (SelectPermission['permission'] | InheritedSelect)[], allColumns: readonly string[]): InheritedSelect {
  const columnFilters = new Map<string, BoolExp[]>();
  const computedFilters = new Map<string, BoolExp[]>();
  const add = (map: Map<string, BoolExp[]>, name: string, filter: BoolExp) => {
    const list = map.get(name) ?? [];
    list.push(filter);
    map.set(name, list);
  };
  for (const p of parents) {
    const filter = p.filter ?? {};
    const ownFilters = 'field_filters' in p ? p.field_filters : {};
    const columns = p.columns === '*' ? allColumns : (p.columns ?? allColumns);
    for (const c of columns) add(columnFilters, c, ownFilters[c] ?? filter);
    for (const c of p.computed_fields ?? []) add(computedFilters, c, ownFilters[c] ?? filter);
  }
  // A field every parent shows in all its rows needs no per-row condition.
  const fieldFilters: Record<string, BoolExp> = {};
  const restrict = (name: string, filters: BoolExp[]) => {
    const fromFieldFilter = parents.some((p) => 'field_filters' in p && name in p.field_filters);
    if (filters.length < parents.length || fromFieldFilter) fieldFilters[name] = orOf(filters);
  };
  for (const [c, filters] of columnFilters) restrict(c, filters);
  for (const [c, filters] of computedFilters) restrict(c, filters);
  const limits = parents.map((p) => p.limit).filter((l): l is number => typeof l === 'number');
  const rootFields = (key: 'query_root_fields' | 'subscription_root_fields'): string[] | undefined =>
    parents.some((p) => !p[key]) ? undefined : [...new Set(parents.flatMap((p) => p[key] ?? []))];
  return {
    columns: [...columnFilters.keys()],
    computed_fields: [...computedFilters.keys()],
    filter: orOf(parents.map((p) => p.filter ?? {})),
    ...(limits.length > 0 ? { limit: Math.max(...limits) } : {}),
    allow_aggregations: parents.some((p) => p.allow_aggregations === true),
    query_root_fields: rootFields('query_root_fields'),
    subscription_root_fields: rootFields('subscription_root_fields'),
    field_filters: fieldFilters,
  };
}

/**
 * The permissions of every role on one table, inherited roles included: a role's own permission
 * wins; otherwise select is the union of the parents' (those without one are ignored), and a
 * mutation is inherited only when every parent that has one has the same one (else a conflict).
 */
export function tablePermissionsWithInherited(
  table: TableMetadata,
  orderedRoles: readonly InheritedRole[],
  allColumns: readonly string[],
): { permissions: Map<string, RolePermissions>; conflicts: InheritedConflict[] } {
  const permissions = ownPermissions(table);
  const conflicts: InheritedConflict[] = [];
  for (const role of orderedRoles) {
    const own = permissions.get(role.role_name) ?? {};
    const parents = role.role_set.map((r) => permissions.get(r) ?? {});
    const result: RolePermissions = { ...own };
    if (!own.select) {
      const selects = parents.flatMap((p) => (p.select ? [p.select] : []));
      if (selects.length > 0) result.select = combineSelect(selects, allColumns);
    }
    for (const kind of ['insert', 'update', 'delete'] as const) {
      if (own[kind]) continue;
      const defs = parents.flatMap((p) => (p[kind] ? [p[kind]] : []));
      if (defs.length === 0) continue;
      if (new Set(defs.map(canonical)).size === 1) (result as Record<MutationKind, unknown>)[kind] = defs[0];
      else conflicts.push({ role: role.role_name, kind });
    }
    permissions.set(role.role_name, result);
  }
  return { permissions, conflicts };
}

/** Hasura's reason for a mutation permission the parents disagree on. */
export function inheritedConflictReason(role: string, kind: MutationKind, table: string, source = 'default'): string {
  return `Could not inherit permission for the role '${role}' for the entity: '${kind} permission, table: ${table}, source: '${source}''`;
}

/** Permissions that are only allowed or not (functions, actions): an inherited role has one when any parent has (mkBooleanPermissionMap). */
export function withInheritedRoles(allowed: Set<string>, orderedRoles: readonly InheritedRole[]): Set<string> {
  for (const role of orderedRoles) if (!allowed.has(role.role_name) && role.role_set.some((r) => allowed.has(r))) allowed.add(role.role_name);
  return allowed;
}

/** Every role the metadata names: in permissions of tables, functions and actions, and the inherited roles. */
export function metadataRoles(metadata: HasuraMetadata): Set<string> {
  const roles = new Set<string>();
  for (const source of metadata.sources) {
    for (const t of source.tables) {
      for (const list of [t.select_permissions, t.insert_permissions, t.update_permissions, t.delete_permissions]) for (const p of list ?? []) roles.add(p.role);
    }
    for (const f of source.functions ?? []) for (const p of f.permissions ?? []) roles.add(p.role);
  }
  for (const a of metadata.actions ?? []) for (const p of a.permissions ?? []) roles.add(p.role);
  for (const r of inheritedRolesOf(metadata)) roles.add(r.role_name);
  return roles;
}

/** Parents an inherited role names that no permission defines (Hasura's resolveInheritedRole), or null. */
export function missingParentsReason(role: InheritedRole, known: Set<string>): string | null {
  const missing = role.role_set.filter((r) => !known.has(r));
  return missing.length === 0 ? null : `the following parent role(s) are not found: ${missing.join(', ')} which are required to construct the inherited role: "${role.role_name}"`;
}
