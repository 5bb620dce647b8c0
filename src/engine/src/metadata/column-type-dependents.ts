import type { QualifiedTable, SourceMetadata } from './types.js';
import { sameTable, showTable } from './args.js';
import { PERMISSION_KINDS, permissionKey } from './edit.js';
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

function literalComparison(exp: unknown, context: QualifiedTable | undefined, table: QualifiedTable, column: string, targetOf: RelationshipTarget): boolean {
  if (Array.isArray(exp)) return exp.some((e) => literalComparison(e, context, table, column, targetOf));
  if (!isRecord(exp) || !context) return false;
  return Object.entries(exp).some(([key, value]) => {
    if (key === '_and' || key === '_or' || key === '_not') return literalComparison(value, context, table, column, targetOf);
    if (key === '_exists') return isRecord(value) && literalComparison(value._where, qualify(value._table), table, column, targetOf);
    const target = targetOf(context, key);
    if (target) return literalComparison(value, target, table, column, targetOf);
    return sameTable(context, table) && key === column && comparesWithLiteral(value);
  });
}

/** Hasura's names of the permissions that depend on the column's type, sorted as it reports them. */
export function typeDependents(source: SourceMetadata, table: QualifiedTable, column: string, targetOf: RelationshipTarget): string[] {
  const out: string[] = [];
  for (const entry of source.tables) {
    for (const kind of PERMISSION_KINDS) {
      for (const perm of (entry[permissionKey(kind)] ?? []) as { role: string; permission?: Record<string, unknown> }[]) {
        const p = perm.permission ?? {};
        const preset = sameTable(entry.table, table) && isRecord(p.set) && column in p.set && !isSessionVariable(p.set[column]);
        if (preset || literalComparison(p.filter, entry.table, table, column, targetOf) || literalComparison(p.check, entry.table, table, column, targetOf)) {
          out.push(`permission ${showTable(entry.table)}.${perm.role}.${kind} in source "${source.name}"`);
        }
      }
    }
  }
  return out.sort();
}
