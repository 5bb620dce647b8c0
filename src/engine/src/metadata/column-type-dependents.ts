import type { QualifiedTable, SourceMetadata } from './types.js';
import { sameTable, showTable } from './args.js';
import { PERMISSION_KINDS, permissionKey, type PermissionKind } from './edit.js';
import type { RelationshipTarget } from './rename.js';

/**
 * Which permissions stop a column's type from changing: those comparing the column with a
 * literal, or presetting it to one, since the literal was checked against the old type. Hasura
 * records these as `DROnType` dependencies; a session variable is cast when the query runs, so
 * comparing with one does not count.
 */
const isSessionVariable = (v: unknown) => typeof v === 'string' && v.toLowerCase().startsWith('x-hasura-');
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Operators whose operand is not a value: another column, or a flag. */
const NOT_VALUES = new Set(['_ceq', '_cne', '_cgt', '_clt', '_cgte', '_clte', '_is_null']);

function comparesWithLiteral(ops: unknown): boolean {
  if (!isRecord(ops)) return !isSessionVariable(ops);
  return Object.entries(ops).some(([op, v]) => !NOT_VALUES.has(op) && !isSessionVariable(v));
}

function qualify(raw: unknown): QualifiedTable | undefined {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  if (isRecord(raw) && typeof raw.name === 'string') return { schema: typeof raw.schema === 'string' ? raw.schema : 'public', name: raw.name };
  return undefined;
}

/** Whether a boolean expression reaches the column and compares it (with a literal only, when `literalOnly`). */
function comparesColumn(exp: unknown, context: QualifiedTable | undefined, d: ColumnDependency): boolean {
  if (Array.isArray(exp)) return exp.some((e) => comparesColumn(e, context, d));
  if (!isRecord(exp) || !context) return false;
  return Object.entries(exp).some(([key, value]) => {
    if (key === '_and' || key === '_or' || key === '_not') return comparesColumn(value, context, d);
    if (key === '_exists') return isRecord(value) && comparesColumn(value._where, qualify(value._table), d);
    const target = d.targetOf(context, key);
    if (target) return comparesColumn(value, target, d);
    return sameTable(context, d.table) && key === d.column && (!d.literalOnly || comparesWithLiteral(value));
  });
}

interface ColumnDependency {
  table: QualifiedTable;
  column: string;
  targetOf: RelationshipTarget;
  /** Only comparisons with a literal and literal presets (a type change); otherwise any use (a drop). */
  literalOnly: boolean;
}

export interface DependentPermission {
  table: QualifiedTable;
  kind: PermissionKind;
  role: string;
  /** How Hasura names it in messages. */
  description: string;
}

/** Permissions of any table that use the column: in a filter or check (also through relationships), a preset, or their column list. */
export function permissionsUsingColumn(source: SourceMetadata, d: ColumnDependency): DependentPermission[] {
  const out: DependentPermission[] = [];
  for (const entry of source.tables) {
    const own = sameTable(entry.table, d.table);
    for (const kind of PERMISSION_KINDS) {
      for (const perm of (entry[permissionKey(kind)] ?? []) as { role: string; permission?: Record<string, unknown> }[]) {
        const p = perm.permission ?? {};
        const preset = own && isRecord(p.set) && d.column in p.set && (!d.literalOnly || !isSessionVariable(p.set[d.column]));
        const listed = own && !d.literalOnly && Array.isArray(p.columns) && p.columns.includes(d.column);
        if (preset || listed || comparesColumn(p.filter, entry.table, d) || comparesColumn(p.check, entry.table, d)) {
          out.push({ table: entry.table, kind, role: perm.role, description: `permission ${showTable(entry.table)}.${perm.role}.${kind} in source "${source.name}"` });
        }
      }
    }
  }
  return out.sort((a, b) => (a.description < b.description ? -1 : a.description > b.description ? 1 : 0));
}

/** Hasura's names of the permissions that depend on the column's type, sorted as it reports them. */
export function typeDependents(source: SourceMetadata, table: QualifiedTable, column: string, targetOf: RelationshipTarget): string[] {
  return permissionsUsingColumn(source, { table, column, targetOf, literalOnly: true }).map((p) => p.description);
}
