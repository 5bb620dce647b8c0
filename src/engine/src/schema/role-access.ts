import { ADMIN_ROLE } from '../auth/session.js';
import type { DeletePermissionInfo, InsertPermissionInfo, SelectPermissionInfo, TableInfo, TrackedFunctionInfo, UpdatePermissionInfo } from './catalog.js';

/** What one role may do with one table; admin may do everything with no filter. */
export function isAdminRole(role: string): boolean {
  return role === ADMIN_ROLE;
}

const adminSelect = new WeakMap<TableInfo, SelectPermissionInfo>();

export function selectPermission(table: TableInfo, role: string): SelectPermissionInfo | null {
  if (isAdminRole(role)) {
    let p = adminSelect.get(table);
    if (!p) {
      p = {
        columns: new Set(table.columns.map((c) => c.name)),
        computedFields: new Set(table.computedFields.map((c) => c.name)),
        filter: {},
        limit: null,
        allowAggregations: true,
        queryRootFields: null,
        subscriptionRootFields: null,
      };
      adminSelect.set(table, p);
    }
    return p;
  }
  return table.permissions.get(role)?.select ?? null;
}

/**
 * `backend_only` insert/delete permissions apply only to trusted backends: requests with the
 * admin secret and `x-hasura-use-backend-only-permissions: true`.
 */
export function insertPermission(table: TableInfo, role: string, backendOnly = false): InsertPermissionInfo | null {
  if (!table.model.insertable) return null;
  if (isAdminRole(role)) return { check: {}, columns: new Set(table.columns.map((c) => c.name)), set: {}, backendOnly: false };
  const perm = table.permissions.get(role)?.insert ?? null;
  return perm && perm.backendOnly && !backendOnly ? null : perm;
}

export function updatePermission(table: TableInfo, role: string): UpdatePermissionInfo | null {
  if (!table.model.updatable) return null;
  if (isAdminRole(role)) return { columns: new Set(table.columns.map((c) => c.name)), filter: {}, check: null, set: {} };
  return table.permissions.get(role)?.update ?? null;
}

export function deletePermission(table: TableInfo, role: string, backendOnly = false): DeletePermissionInfo | null {
  if (!table.model.deletable) return null;
  if (isAdminRole(role)) return { filter: {} };
  const perm = table.permissions.get(role)?.delete ?? null;
  return perm && perm.backendOnly && !backendOnly ? null : perm;
}

/** Hasura infers function permissions: a role that may select from the returned table may call the function. */
export function canCallFunction(fn: TrackedFunctionInfo, role: string): boolean {
  if (isAdminRole(role)) return true;
  if (fn.roles && !fn.roles.has(role)) return false;
  return selectPermission(fn.returnTable, role) !== null;
}

/** `query_root_fields` / `subscription_root_fields` of a select permission (absent: all). */
export function rootFieldAllowed(perm: SelectPermissionInfo, kind: 'select' | 'select_by_pk' | 'select_aggregate', root: 'query' | 'subscription'): boolean {
  const allowed = root === 'query' ? perm.queryRootFields : perm.subscriptionRootFields;
  return allowed === null || allowed.has(kind);
}
