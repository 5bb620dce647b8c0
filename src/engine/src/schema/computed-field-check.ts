import type { DatabaseModel, FunctionModel, TableModel } from '../introspection/index.js';

const JSON_OID = 114;

export interface ComputedFieldDefinition {
  table_argument?: string | null;
  session_argument?: string | null;
}

/**
 * Why a function cannot be a computed field of a table, as Hasura's ComputedField.hs refuses it
 * (`ComputedFieldValidateError`), or null when it can: not volatile, at least one input argument,
 * the table argument (named, or else the first) of the table's row type, the session argument
 * of type json and not the table argument, a set-returning function returning a table's rows.
 * The name must not be one of the table's columns.
 */
export function computedFieldProblem(name: string, table: TableModel, fn: FunctionModel, definition: ComputedFieldDefinition, db: DatabaseModel): string | null {
  if (table.columnsByName.has(name)) return 'field definition conflicts with postgres column';
  if (fn.volatility === 'v') return `the function "${fn.schema}.${fn.name}" is of type VOLATILE; cannot be added as a computed field`;
  if (fn.args.length === 0) return 'the function has no input arguments';
  const tableArgIndex = definition.table_argument ? fn.args.findIndex((a) => a.name === definition.table_argument) : 0;
  if (tableArgIndex < 0) return `the function has no input argument named "${definition.table_argument}"`;
  const tableArg = fn.args[tableArgIndex]!;
  // Oids may arrive as text from the catalog query's JSON.
  if (Number(tableArg.typeOid) !== Number(table.rowTypeOid)) {
    return definition.table_argument
      ? `the type of the table argument "${definition.table_argument}" is not the table "${table.schema}.${table.name}"`
      : `first argument of the function "${fn.schema}.${fn.name}" is not of type table "${table.schema}.${table.name}"`;
  }
  if (definition.session_argument) {
    const sessionIndex = fn.args.findIndex((a) => a.name === definition.session_argument);
    if (sessionIndex < 0) return `the function has no input argument named "${definition.session_argument}"`;
    if (sessionIndex === tableArgIndex) return 'the table argument and the session argument are the same';
    if (Number(fn.args[sessionIndex]!.typeOid) !== JSON_OID) return `the session argument "${definition.session_argument}" is not of type json`;
  }
  if (fn.returnsSet && !db.tablesByRowType.has(fn.returnTypeOid)) return `the function "${fn.schema}.${fn.name}" returning a set of a non-table type is not supported`;
  return null;
}
