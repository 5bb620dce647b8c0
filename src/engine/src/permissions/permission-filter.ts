import type { BoolExp } from '../metadata/types.js';
import type { Catalog, ColumnInfo, ScalarInfo, TableInfo } from '../schema/catalog.js';
import { qualifyTable } from '../schema/resolve-catalog.js';
import { qualifiedKey } from '../introspection/model.js';
import type { ParamSource } from '../compile/params.js';
import { and, TRUE, type BoolExpIR, type ComparisonIR, type Operand } from './bool-exp-ir.js';

/**
 * Parses a permission's `filter`/`check` JSON (column names, `$`-prefixed aliases, session
 * variable references such as "X-Hasura-User-Id", the `col: value` shorthand for `_eq`) into
 * the shared BoolExpIR. Relationships inside a permission do not apply the target's permission.
 */

export class PermissionError extends Error {}

const COLUMN_OPS = new Set([
  '_eq',
  '_neq',
  '_gt',
  '_lt',
  '_gte',
  '_lte',
  '_in',
  '_nin',
  '_is_null',
  '_like',
  '_nlike',
  '_ilike',
  '_nilike',
  '_similar',
  '_nsimilar',
  '_regex',
  '_iregex',
  '_nregex',
  '_niregex',
  '_contains',
  '_contained_in',
  '_has_key',
  '_has_keys_any',
  '_has_keys_all',
  '_ceq',
  '_cne',
  '_cgt',
  '_clt',
  '_cgte',
  '_clte',
  '_st_contains',
  '_st_crosses',
  '_st_equals',
  '_st_intersects',
  '_st_overlaps',
  '_st_touches',
  '_st_within',
  '_st_d_within',
  '_st_3d_intersects',
  '_st_3d_d_within',
  '_ancestor',
  '_ancestor_any',
  '_descendant',
  '_descendant_any',
  '_matches',
  '_matches_any',
  '_matches_fulltext',
  '_cast',
]);

const COLUMN_COMPARISON_OPS = new Set(['_ceq', '_cne', '_cgt', '_clt', '_cgte', '_clte']);

/** Hasura's spellings of one operator: `$op` for `_op`, and `_ne`/`_cneq` for `_neq`/`_cne` (parseBoolExpOperations). */
const ALIASES: Readonly<Record<string, string>> = { _ne: '_neq', _cneq: '_cne' };

function normalizeKey(key: string): string {
  const op = key.startsWith('$') ? `_${key.slice(1)}` : key;
  return ALIASES[op] ?? op;
}

export function isSessionVariable(value: unknown): value is string {
  return typeof value === 'string' && /^x-hasura-/i.test(value);
}

function operand(value: unknown): Operand {
  const source: ParamSource = isSessionVariable(value) ? { kind: 'session', name: value.toLowerCase() } : { kind: 'const', value };
  return { kind: 'param', source };
}

function columnOperand(value: unknown, table: TableInfo, root: TableInfo): Operand {
  const [isRoot, name] = Array.isArray(value) ? [value[0] === '$', String(value[1])] : [false, String(value)];
  const target = isRoot ? root : table;
  const column = target.columnsByName.get(name);
  if (!column) throw new PermissionError(`column "${name}" not found in "${target.name}"`);
  return { kind: 'column', column, root: isRoot };
}

function scalarOf(catalog: Catalog, name: string): ScalarInfo {
  const t = [...catalog.db.types.values()].find((ty) => ty.name === name || (name === 'String' && ty.name === 'text'));
  if (!t) throw new PermissionError(`unknown type ${name}`);
  return { gqlName: name, pgType: t, baseType: t, isArray: false, family: name === 'String' ? 'string' : (t.name as ScalarInfo['family']) };
}

function parseOps(value: unknown, column: ColumnInfo | null, table: TableInfo, root: TableInfo, catalog: Catalog): ComparisonIR[] {
  const isOpsObject = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((k) => COLUMN_OPS.has(normalizeKey(k)));
  if (!isOpsObject || (column?.scalar.family === 'jsonb' && Object.keys(value as object).length === 0)) {
    return [{ op: '_eq', value: operand(value) }];
  }
  return Object.entries(value as Record<string, unknown>).map(([rawOp, v]) => {
    const op = normalizeKey(rawOp);
    if (COLUMN_COMPARISON_OPS.has(op)) return { op, value: columnOperand(v, table, root) };
    if (op === '_st_d_within' || op === '_st_3d_d_within') {
      const o = v as Record<string, unknown>;
      return { op, value: { kind: 'd_within', distance: operand(o.distance), from: operand(o.from), useSpheroid: o.use_spheroid === undefined ? null : operand(o.use_spheroid) } };
    }
    if (op === '_cast') {
      const [[target, inner]] = Object.entries(v as Record<string, unknown>) as [[string, unknown]];
      const scalar = scalarOf(catalog, target);
      return { op, value: { kind: 'cast', scalar, ops: parseOps(inner, null, table, root, catalog) } };
    }
    return { op, value: operand(v) };
  });
}

export function permissionToIR(json: BoolExp | null | undefined, table: TableInfo, catalog: Catalog, root: TableInfo = table): BoolExpIR {
  if (!json || typeof json !== 'object') return TRUE;
  const items: BoolExpIR[] = [];
  for (const [rawKey, value] of Object.entries(json)) {
    const key = normalizeKey(rawKey);
    if (key === '_and') items.push(and((value as BoolExp[]).map((v) => permissionToIR(v, table, catalog, root))));
    else if (key === '_or') items.push({ kind: 'or', items: (value as BoolExp[]).map((v) => permissionToIR(v, table, catalog, root)) });
    else if (key === '_not') items.push({ kind: 'not', item: permissionToIR(value as BoolExp, table, catalog, root) });
    else if (key === '_exists') {
      const spec = value as { _table: unknown; _where: BoolExp };
      const q = qualifyTable(spec._table as string);
      const target = catalog.tablesByKey.get(qualifiedKey(q.schema, q.name));
      if (!target) throw new PermissionError(`table "${q.name}" in _exists is not tracked`);
      items.push({ kind: 'exists', table: target, where: permissionToIR(spec._where, target, catalog, target) });
    } else {
      const column = table.columnsByName.get(key);
      if (column) {
        items.push({ kind: 'column', column, ops: parseOps(value, column, table, root, catalog) });
        continue;
      }
      const rel = [...table.objectRelationships, ...table.arrayRelationships].find((r) => r.name === key);
      if (rel) {
        items.push({ kind: 'relationship', rel, where: permissionToIR(value as BoolExp, rel.target, catalog, root), applyTargetPermission: false });
        continue;
      }
      const cf = table.computedFields.find((c) => c.name === key);
      if (cf) {
        if (cf.returns.kind === 'scalar') items.push({ kind: 'computed_scalar', cf, ops: parseOps(value, null, table, root, catalog) });
        else
          items.push({
            kind: 'computed_table',
            cf,
            table: cf.returns.table,
            where: permissionToIR(value as BoolExp, cf.returns.table, catalog, root),
            applyTargetPermission: false,
          });
        continue;
      }
      throw new PermissionError(`"${key}" is not a column, relationship or computed field of "${table.name}"`);
    }
  }
  return and(items);
}
