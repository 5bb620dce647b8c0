import type { Session } from '../../auth/session.js';
import { bindParams } from '../../compile/params.js';
import { AliasGenerator } from '../../compile/sql-helpers.js';
import { compileBoolExp } from '../../permissions/compile-bool-exp.js';
import { PermissionError, permissionToIR } from '../../permissions/permission-filter.js';
import type { Catalog, TableInfo } from '../../schema/catalog.js';
import { compile, sql, type SQL } from '../../sql/builder.js';
import type { BoolExp } from '../types.js';
import { MetadataApiError } from '../errors.js';

/**
 * The where clause of the legacy v1 DML operations (`select`, `count`, `update`, `delete`).
 * Hasura parses it as the same boolean expression as a permission's filter
 * (`parseBoolExpOperations`), so it goes through the same parser and compiler: `$op` or `_op`,
 * `col: value` for `_eq`, `$and`/`$or`/`$not`, relationships, `_exists`, session variables.
 * The session's values are bound here, so the clause fits any statement.
 */
export function compileWhere(where: unknown, table: TableInfo, catalog: Catalog, session: Session, alias: SQL): SQL {
  let condition: SQL;
  try {
    const ir = permissionToIR(v1Form(where, table) as BoolExp, table, catalog);
    condition = compileBoolExp(ir, alias, alias, { aliases: new AliasGenerator(), targetFilter: () => null, bindConstants: true });
  } catch (error) {
    if (error instanceof PermissionError) throw new MetadataApiError('parse-failed', error.message, 400, '$.args.where');
    throw error;
  }
  const values = bindParams(compile(condition).values, {}, session);
  return sql.readParams(condition, (i) => sql.value(values[i]));
}

/**
 * Two forms the v1 API takes beyond a permission's: a list is the AND of its items, and a
 * column compared with null (`col: null`, `$eq`/`$ne`: null) is tested for null, which is what
 * Hasura's nullable comparison (`col = v OR (col IS NULL AND v IS NULL)`) comes to for a null `v`.
 */
function v1Form(where: unknown, table: TableInfo): unknown {
  if (where === undefined || where === null) return {};
  if (Array.isArray(where)) return { _and: where.map((w) => v1Form(w, table)) };
  if (typeof where !== 'object') throw new MetadataApiError('parse-failed', 'expected Object for where', 400, '$.args.where');
  const rewritten = Object.entries(where as Record<string, unknown>).map(([key, value]): [string, unknown] => {
    const op = key.replace(/^\$/, '_');
    if (op === '_and' || op === '_or') return [key, (Array.isArray(value) ? value : [value]).map((w) => v1Form(w, table))];
    if (op === '_not') return [key, v1Form(value, table)];
    if (table.columnsByName.has(key)) return [key, columnComparison(value)];
    const rel = [...table.objectRelationships, ...table.arrayRelationships].find((r) => r.name === key);
    return rel ? [key, v1Form(value, rel.target)] : [key, value];
  });
  return Object.fromEntries(rewritten);
}

const EQ = new Set(['$eq', '_eq']);
const NE = new Set(['$ne', '_ne', '$neq', '_neq']);

function columnComparison(value: unknown): unknown {
  if (value === null) return { _is_null: true };
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([op, operand]) => {
      if (operand === null && EQ.has(op)) return ['_is_null', true];
      if (operand === null && NE.has(op)) return ['_is_null', false];
      return [op, operand];
    }),
  );
}
