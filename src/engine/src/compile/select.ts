import { GraphQLObjectType, getNamedType, type GraphQLField } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { ColumnInfo, TableInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import { selectPermission } from '../schema/role-access.js';
import { and, type BoolExpIR } from '../permissions/bool-exp-ir.js';
import { compileBoolExp, computedFieldCall, countExpression } from '../permissions/compile-bool-exp.js';
import { jsonPathValue, outputValue } from './columns.js';
import type { CompileContext } from './context.js';
import { plainValue, type InputValue } from './input-values.js';
import { parseJsonPath } from './json-path.js';
import { DIRECTIONS, aggregateFunction, orderByItems, orderExpression, type OrderItem } from './order-by.js';
import { constParam, param } from './params.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject, tableRef } from './sql-helpers.js';
import { ValidationError } from './errors.js';

/** Where rows come from: a table, a set-returning function, or a mutation's CTE. */
export interface RowSource {
  table: TableInfo;
  from: SQL;
  /** Conditions tying the rows to the parent row. */
  joins(alias: SQL): SQL[];
  /** The whole row as a value of the table's row type (for computed fields). */
  rowRef?(alias: SQL): SQL;
  /** Apply the role's select filter and row limit. */
  applyPermission: boolean;
}

export interface SelectArgs {
  where: BoolExpIR;
  orderBy: OrderItem[];
  limit: SQL | null;
  offset: SQL | null;
  distinctOn: ColumnInfo[];
}

export function tableSource(table: TableInfo, joins: (alias: SQL) => SQL[] = () => []): RowSource {
  return { table, from: tableRef(table), joins, applyPermission: true };
}

function nonNegativeInt(value: InputValue | undefined, path: string): SQL | null {
  if (!value || value.kind === 'null') return null;
  if (value.kind !== 'leaf') return null;
  if (value.source.kind === 'const') {
    const n = Number(value.source.value);
    if (!Number.isInteger(n) || n < 0) throw new ValidationError("expected a non-negative 32-bit integer for type 'Int', but found an integer", path);
    return constParam(n);
  }
  return sql`${param(value.source)}::bigint`;
}

export function readSelectArgs(ctx: CompileContext, field: CollectedField, args: Map<string, InputValue>, path: string): SelectArgs {
  const def = field.def!;
  const argType = (name: string) => def.args.find((a) => a.name === name)!.type;
  const where = args.has('where') ? whereFromArg(ctx, args.get('where'), argType('where'), `${path}.args.where`) : { kind: 'true' as const };
  const orderBy = args.has('order_by') ? orderByItems(args.get('order_by'), argType('order_by'), `${path}.args.order_by`) : [];
  const distinctNames = (plainValue(args.get('distinct_on')) as string[] | null | undefined) ?? [];
  const distinctValue = args.get('distinct_on');
  if (distinctValue?.kind === 'leaf' && distinctValue.source.kind === 'var') ctx.shaped(distinctValue.source.name);
  const table = (outputMeaning(def) as { table?: TableInfo })?.table;
  const distinctOn = distinctNames.map((n) => (table ?? targetTable(def))!.columnsByName.get(n)!).filter(Boolean);
  if (distinctOn.length > 0 && orderBy.length > 0) {
    const leading = orderBy.slice(0, distinctOn.length);
    const matches = leading.length === distinctOn.length
      && leading.every((o) => o.target.kind === 'column' && distinctOn.includes(o.target.column));
    if (!matches) throw new ValidationError('"distinct_on" columns must match initial "order_by" columns', `${path}.args`);
  }
  return {
    where, orderBy, distinctOn,
    limit: nonNegativeInt(args.get('limit'), `${path}.args.limit`),
    offset: nonNegativeInt(args.get('offset'), `${path}.args.offset`),
  };
}

import { whereToIR } from './where.js';
function whereFromArg(_ctx: CompileContext, value: InputValue | undefined, type: GraphQLField<unknown, unknown>['args'][number]['type'], path: string): BoolExpIR {
  return whereToIR(value, type, path);
}

function targetTable(def: GraphQLField<unknown, unknown>): TableInfo | undefined {
  const m = outputMeaning(def);
  if (!m) return undefined;
  if (m.kind === 'array_rel' || m.kind === 'array_rel_aggregate' || m.kind === 'object_rel') return m.rel.target;
  if (m.kind === 'computed_table') return m.table;
  if (m.kind === 'root' || m.kind === 'root_function') return m.table;
  return undefined;
}

interface Inner {
  alias: SQL;
  rowRef: SQL;
  /** FROM ... WHERE ... ORDER BY ... LIMIT ... (everything after the select list). */
  body: SQL;
  distinct: SQL;
  orderExprs: SQL[];
}

/** How the role's row limit applies: to the rows, to nothing (single row), or only to aggregate nodes. */
type PermissionLimit = 'rows' | 'none' | 'nodes';

function permissionLimit(ctx: CompileContext, source: RowSource): number | null {
  return source.applyPermission && !ctx.isAdmin ? selectPermission(source.table, ctx.role)?.limit ?? null : null;
}

function inner(ctx: CompileContext, source: RowSource, args: SelectArgs, limitMode: PermissionLimit = 'rows'): Inner {
  const alias = ctx.aliases.fresh('_t');
  const rowRef = source.rowRef ? source.rowRef(alias) : alias;
  const conds = source.joins(alias);
  let limit = args.limit;
  if (source.applyPermission) {
    const filter = ctx.targetFilter(source.table);
    if (filter) conds.push(compileBoolExp(filter, alias, alias, ctx, rowRef));
    const permLimit = limitMode === 'rows' ? permissionLimit(ctx, source) : null;
    if (permLimit !== null) limit = limit ? sql`LEAST(${limit}, ${constParam(permLimit)})` : constParam(permLimit);
  }
  const where = args.where.kind === 'true' ? null : compileBoolExp(and([args.where]), alias, alias, ctx, rowRef);
  if (where) conds.push(where);
  const orderExprs = args.orderBy.map((o) => orderExpression(o.target, alias, rowRef, ctx));
  let body = sql`FROM ${source.from} AS ${alias}`;
  if (conds.length > 0) body = sql`${body} WHERE ${sql.join(conds, sql` AND `)}`;
  if (orderExprs.length > 0) body = sql`${body} ORDER BY ${sql.join(orderExprs.map((e, i) => sql`${e} ${DIRECTIONS[args.orderBy[i]!.direction]}`))}`;
  if (limit) body = sql`${body} LIMIT ${limit}`;
  if (args.offset) body = sql`${body} OFFSET ${args.offset}`;
  const distinct = args.distinctOn.length > 0 ? sql`DISTINCT ON (${sql.join(args.distinctOn.map((c) => column(alias, c.name)))}) ` : sql``;
  return { alias, rowRef, body, distinct, orderExprs };
}

function outerOrder(r: SQL, args: SelectArgs): SQL {
  if (args.orderBy.length === 0) return sql``;
  return sql` ORDER BY ${sql.join(args.orderBy.map((o, i) => sql`${r}.${sql.ident(`__o${i}`)} ${DIRECTIONS[o.direction]}`))}`;
}

function orderColumns(i: Inner): SQL[] {
  return i.orderExprs.map((e, n) => sql`${e} AS ${sql.ident(`__o${n}`)}`);
}

/** A JSON array of rows. */
export function selectRows(ctx: CompileContext, source: RowSource, args: SelectArgs, fields: CollectedField[], type: GraphQLObjectType, path: string): SQL {
  const i = inner(ctx, source, args);
  const r = ctx.aliases.fresh('_r');
  const row = rowJson(ctx, source.table, fields, type, i.alias, i.rowRef, path);
  const cols = [sql`${row} AS "__j"`, ...orderColumns(i)];
  return sql`(SELECT coalesce(json_agg(${r}."__j"${outerOrder(r, args)}), '[]'::json) FROM (SELECT ${i.distinct}${sql.join(cols)} ${i.body}) AS ${r})`;
}

/** One row as a JSON object, or null. */
export function selectOne(ctx: CompileContext, source: RowSource, args: SelectArgs, fields: CollectedField[], type: GraphQLObjectType, path: string): SQL {
  const i = inner(ctx, source, { ...args, limit: null }, 'none');
  const row = rowJson(ctx, source.table, fields, type, i.alias, i.rowRef, path);
  return sql`(SELECT ${row} ${i.body} LIMIT 1)`;
}

/** `<t>_aggregate { aggregate { ... } nodes { ... } }` as one JSON object. */
export function selectAggregate(ctx: CompileContext, source: RowSource, args: SelectArgs, fields: CollectedField[], type: GraphQLObjectType, path: string): SQL {
  // Hasura applies the role's row limit to `nodes` only; aggregates see every permitted row.
  const i = inner(ctx, source, args, 'nodes');
  const nodeLimit = permissionLimit(ctx, source);
  const r = ctx.aliases.fresh('_r');
  const exported: SQL[] = [];
  const exportedColumns = new Map<string, SQL>();
  const exportColumn = (c: ColumnInfo): SQL => {
    let ref = exportedColumns.get(c.name);
    if (!ref) {
      const name = `__c${exportedColumns.size}`;
      exported.push(sql`${column(i.alias, c.name)} AS ${sql.ident(name)}`);
      ref = sql`${r}.${sql.ident(name)}`;
      exportedColumns.set(c.name, ref);
    }
    return ref;
  };
  let nodeCount = 0;
  const pairs: [string, SQL][] = [];
  for (const f of fields) {
    const fpath = `${path}.selectionSet.${f.key}`;
    const m = f.def && outputMeaning(f.def);
    if (!f.def) pairs.push([f.key, constParam(type.name)]);
    else if (m?.kind === 'agg_nodes') {
      const nodeType = getNamedType(f.def.type) as GraphQLObjectType;
      const name = `__j${nodeCount++}`;
      exported.push(sql`${rowJson(ctx, source.table, collectFields(ctx, nodeType, subSelections(f)), nodeType, i.alias, i.rowRef, fpath)} AS ${sql.ident(name)}`);
      const filter = nodeLimit === null ? sql`` : sql` FILTER (WHERE ${r}."__n" <= ${constParam(nodeLimit)})`;
      pairs.push([f.key, sql`coalesce(json_agg(${r}.${sql.ident(name)}${outerOrder(r, args)})${filter}, '[]'::json)`]);
    } else if (m?.kind === 'agg_aggregate') {
      const aggType = getNamedType(f.def.type) as GraphQLObjectType;
      pairs.push([f.key, aggregateFields(ctx, f, aggType, exportColumn, r, fpath)]);
    }
  }
  const cols = [...exported, ...orderColumns(i)];
  if (nodeLimit !== null) {
    const over = i.orderExprs.length > 0 ? sql`ORDER BY ${sql.join(i.orderExprs.map((e, n) => sql`${e} ${DIRECTIONS[args.orderBy[n]!.direction]}`))}` : sql``;
    cols.push(sql`row_number() OVER (${over}) AS "__n"`);
  }
  if (cols.length === 0) cols.push(sql`1 AS "__one"`);
  return sql`(SELECT ${jsonObject(pairs, ctx.aliases)} FROM (SELECT ${i.distinct}${sql.join(cols)} ${i.body}) AS ${r})`;
}

function aggregateFields(
  ctx: CompileContext, field: CollectedField, type: GraphQLObjectType, exportColumn: (c: ColumnInfo) => SQL, r: SQL, path: string,
): SQL {
  const pairs: [string, SQL][] = [];
  for (const f of collectFields(ctx, type, subSelections(field))) {
    const m = f.def && outputMeaning(f.def);
    if (!f.def) {
      pairs.push([f.key, constParam(type.name)]);
    } else if (m?.kind === 'agg_count') {
      const args = fieldArgs(ctx, f);
      const names = (plainValue(args.get('columns')) as string[] | null | undefined) ?? [];
      const distinct = plainValue(args.get('distinct')) === true;
      for (const v of [args.get('columns'), args.get('distinct')]) if (v?.kind === 'leaf' && v.source.kind === 'var') ctx.shaped(v.source.name);
      const table = (m as { table?: TableInfo }).table;
      void table;
      const cols = names.map((n) => ({ name: n }) as ColumnInfo);
      pairs.push([f.key, cols.length === 0 ? (distinct ? sql`count(DISTINCT ${r}.*)` : sql`count(*)`) : countOver(cols.map(exportColumn), distinct)]);
    } else if (m?.kind === 'agg_op') {
      const opType = getNamedType(f.def.type) as GraphQLObjectType;
      const colPairs: [string, SQL][] = [];
      for (const c of collectFields(ctx, opType, subSelections(f))) {
        const cm = c.def && outputMeaning(c.def);
        if (!c.def) colPairs.push([c.key, constParam(opType.name)]);
        else if (cm?.kind === 'agg_column') {
          const value = sql`${aggregateFunction(m.op)}(${exportColumn(cm.column)})`;
          colPairs.push([c.key, outputValue(value, cm.column.scalar, ctx.catalog.stringifyNumeric)]);
        }
      }
      pairs.push([f.key, jsonObject(colPairs, ctx.aliases)]);
    }
  }
  void path;
  return jsonObject(pairs, ctx.aliases);
}

function countOver(refs: SQL[], distinct: boolean): SQL {
  const target = refs.length === 1 ? refs[0]! : sql`(${sql.join(refs)})`;
  return distinct ? sql`count(DISTINCT ${target})` : sql`count(${target})`;
}

/** The JSON object for one row of `table` (as `alias`) with the selected fields in order. */
export function rowJson(
  ctx: CompileContext, table: TableInfo, fields: CollectedField[], type: GraphQLObjectType, alias: SQL, rowRef: SQL, path: string,
): SQL {
  const pairs: [string, SQL][] = fields.map((f) => [f.key, fieldValue(ctx, table, f, type, alias, rowRef, `${path}.selectionSet.${f.key}`)]);
  return jsonObject(pairs, ctx.aliases);
}

function joinOn(mapping: [string, string][], parent: SQL): (alias: SQL) => SQL[] {
  return (alias) => mapping.map(([s, t]) => sql`${column(parent, s)} = ${column(alias, t)}`);
}

function fieldValue(
  ctx: CompileContext, table: TableInfo, f: CollectedField, type: GraphQLObjectType, alias: SQL, rowRef: SQL, path: string,
): SQL {
  if (!f.def) return sql`${constParam(type.name)}::text`;
  const m = outputMeaning(f.def);
  if (!m) throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, path);
  const subType = () => getNamedType(f.def!.type) as GraphQLObjectType;
  const subFields = () => collectFields(ctx, subType(), subSelections(f));
  switch (m.kind) {
    case 'column': {
      let expr = column(alias, m.column.name);
      const pathArg = fieldArgs(ctx, f).get('path');
      if (pathArg && pathArg.kind === 'leaf') {
        if (pathArg.source.kind === 'var') ctx.shaped(pathArg.source.name);
        const keys = parseJsonPath(String(pathArg.value));
        if (!keys) throw new ValidationError(`parse json path error: ${String(pathArg.value)}`, `${path}.args.path`);
        return jsonPathValue(expr, keys);
      }
      return outputValue(expr, m.column.scalar, ctx.catalog.stringifyNumeric);
    }
    case 'object_rel': {
      const source = tableSource(m.rel.target, joinOn(m.rel.mapping, alias));
      return selectOne(ctx, source, noArgs(), subFields(), subType(), path);
    }
    case 'array_rel': {
      const args = readSelectArgs(ctx, f, fieldArgs(ctx, f), path);
      return selectRows(ctx, tableSource(m.rel.target, joinOn(m.rel.mapping, alias)), args, subFields(), subType(), path);
    }
    case 'array_rel_aggregate': {
      const args = readSelectArgs(ctx, f, fieldArgs(ctx, f), path);
      return selectAggregate(ctx, tableSource(m.rel.target, joinOn(m.rel.mapping, alias)), args, subFields(), subType(), path);
    }
    case 'computed_scalar': {
      const call = computedFieldCall(m.cf, rowRef, computedInputArgs(ctx, m.cf, fieldArgs(ctx, f).get('args')));
      return m.cf.returns.kind === 'scalar' ? outputValue(call, m.cf.returns.scalar, ctx.catalog.stringifyNumeric) : call;
    }
    case 'computed_table': {
      const argValues = fieldArgs(ctx, f);
      const call = computedFieldCall(m.cf, rowRef, computedInputArgs(ctx, m.cf, argValues.get('args')));
      const source: RowSource = { table: m.table, from: call, joins: () => [], applyPermission: true };
      return selectRows(ctx, source, readSelectArgs(ctx, f, argValues, path), subFields(), subType(), path);
    }
    default:
      throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, path);
  }
}

export function noArgs(): SelectArgs {
  return { where: { kind: 'true' }, orderBy: [], limit: null, offset: null, distinctOn: [] };
}

/** The values of a function's `args: {...}` input, by argument position, cast to the argument types. */
export function computedInputArgs(
  ctx: CompileContext, cf: { inputArgs: { name: string; index: number; scalar: import('../schema/catalog.js').ScalarInfo }[] }, value: InputValue | undefined,
): Map<number, SQL> {
  const result = new Map<number, SQL>();
  if (!value || value.kind !== 'object') return result;
  for (const [name, v] of value.fields) {
    const arg = cf.inputArgs.find((a) => a.name === name);
    if (!arg || v.kind === 'null' && false) continue;
    if (v.kind === 'leaf') {
      const encoding = arg.scalar.family === 'json' || arg.scalar.family === 'jsonb' ? 'json' : 'plain';
      result.set(arg.index, sql`${param(v.source, encoding)}::${sql.ident(arg.scalar.pgType.schema, arg.scalar.pgType.name)}`);
    } else if (v.kind === 'null') {
      result.set(arg.index, sql`NULL::${sql.ident(arg.scalar.pgType.schema, arg.scalar.pgType.name)}`);
    }
  }
  void ctx;
  return result;
}

export { countExpression };
