import type { GraphQLObjectType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo } from '../schema/catalog.js';
import { selectPermission } from '../schema/role-access.js';
import { and } from '../permissions/bool-exp-ir.js';
import { compileBoolExp } from '../permissions/compile-bool-exp.js';
import type { CompileContext } from './context.js';
import { DIRECTIONS, orderExpression } from './order-by.js';
import { countLiteral } from './params.js';
import type { SelectArgs } from './select-args.js';
import type { CollectedField } from './selection.js';
import { column, tableRef } from './sql-helpers.js';
import { pinOccurrence } from './relation-pins.js';

/**
 * Where rows come from (a table, a set-returning function, or a mutation's CTE), and what
 * every row selection (rows, one row, aggregates) builds on it: the inner FROM ... WHERE ...
 * ORDER BY ... LIMIT with the role's filter and row limit, and the order columns carried out.
 */
export interface RowSource {
  table: TableInfo;
  from: SQL;
  /** Conditions tying the rows to the parent row. */
  joins(alias: SQL): SQL[];
  /** The whole row as a value of the table's row type (for computed fields). */
  rowRef?(alias: SQL): SQL;
  /** Apply the role's select filter and row limit. */
  applyPermission: boolean;
  /** The rows are the table's own (not a function's), so pins can be proved for them (compile/relation-pins.ts). */
  pinnable?: boolean;
  /** The join to the parent occurrence as a column mapping `[parent column, this column]`, when `joins` is exactly that. */
  pinJoin?: { parent: SQL; mapping: readonly (readonly [string, string])[] };
}

export function tableSource(table: TableInfo, joins: (alias: SQL) => SQL[] = () => []): RowSource {
  return { table, from: tableRef(table), joins, applyPermission: true, pinnable: true };
}

export interface Inner {
  alias: SQL;
  rowRef: SQL;
  /** FROM ... WHERE ... ORDER BY ... LIMIT ... (everything after the select list). */
  body: SQL;
  distinct: SQL;
  orderExprs: SQL[];
}

/** How the role's row limit applies: to the rows, to nothing (single row), or only to aggregate nodes. */
type PermissionLimit = 'rows' | 'none' | 'nodes';

export function permissionLimit(ctx: CompileContext, source: RowSource): number | null {
  return source.applyPermission && !ctx.isAdmin ? (selectPermission(source.table, ctx.role)?.limit ?? null) : null;
}

export function inner(ctx: CompileContext, source: RowSource, args: SelectArgs, limitMode: PermissionLimit = 'rows'): Inner {
  const alias = ctx.aliases.fresh('_t');
  const rowRef = source.rowRef ? source.rowRef(alias) : alias;
  const conds = source.joins(alias);
  let limit = args.limit;
  const filter = source.applyPermission ? ctx.targetFilter(source.table) : null;
  // Pins first: the filters' relationships below read this occurrence's.
  const pins = source.pinnable ? pinOccurrence(ctx.pins, alias, source.table, source.pinJoin ?? null, [filter, args.where]) : [];
  const from = pins.length > 0 ? tableRef(source.table, pins) : source.from;
  if (source.applyPermission) {
    if (filter) conds.push(compileBoolExp(filter, alias, alias, ctx, rowRef));
    const permLimit = limitMode === 'rows' ? permissionLimit(ctx, source) : null;
    if (permLimit !== null) limit = limit ? sql`LEAST(${limit}, ${countLiteral(permLimit)})` : countLiteral(permLimit);
  }
  const where = args.where.kind === 'true' ? null : compileBoolExp(and([args.where]), alias, alias, ctx, rowRef);
  if (where) conds.push(where);
  const orderExprs = args.orderBy.map((o) => orderExpression(o.target, alias, rowRef, ctx));
  let body = sql`FROM ${from} AS ${alias}`;
  if (conds.length > 0) body = sql`${body} WHERE ${sql.join(conds, sql` AND `)}`;
  if (orderExprs.length > 0) body = sql`${body} ORDER BY ${sql.join(orderExprs.map((e, i) => sql`${e} ${DIRECTIONS[args.orderBy[i]!.direction]}`))}`;
  if (limit) body = sql`${body} LIMIT ${limit}`;
  if (args.offset) body = sql`${body} OFFSET ${args.offset}`;
  const distinct = args.distinctOn.length > 0 ? sql`DISTINCT ON (${sql.join(args.distinctOn.map((c) => column(alias, c.name)))}) ` : sql``;
  return { alias, rowRef, body, distinct, orderExprs };
}

export function outerOrder(r: SQL, args: SelectArgs): SQL {
  if (args.orderBy.length === 0) return sql``;
  return sql` ORDER BY ${sql.join(args.orderBy.map((o, i) => sql`${r}.${sql.ident(`__o${i}`)} ${DIRECTIONS[o.direction]}`))}`;
}

export function orderColumns(i: Inner): SQL[] {
  return i.orderExprs.map((e, n) => sql`${e} AS ${sql.ident(`__o${n}`)}`);
}

/** Builds the JSON object of one row with the selected fields (select.ts's `rowJson`, passed in so aggregates need not import it). */
export type RowJson = (ctx: CompileContext, table: TableInfo, fields: CollectedField[], type: GraphQLObjectType, alias: SQL, rowRef: SQL, path: string) => SQL;
