import { GraphQLObjectType, getNamedType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import { outputMeaning } from '../schema/extensions.js';
import { outputValue } from './columns.js';
import type { CompileContext } from './context.js';
import { shownIn } from './field-visibility.js';
import { plainValue } from './input-values.js';
import { DIRECTIONS, aggregateFunction } from './order-by.js';
import { constParam, countLiteral } from './params.js';
import { PG } from './pg-types.js';
import { inner, orderColumns, outerOrder, permissionLimit, type RowJson, type RowSource } from './row-source.js';
import type { SelectArgs } from './select-args.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject } from './sql-helpers.js';

/** `<t>_aggregate { aggregate { ... } nodes { ... } }` as one JSON object; `rowJson` builds each of the nodes. */
export function selectAggregate(ctx: CompileContext, source: RowSource, args: SelectArgs, fields: CollectedField[], type: GraphQLObjectType, path: string, rowJson: RowJson): SQL {
  // Hasura applies the role's row limit to `nodes` only; aggregates see every permitted row.
  const i = inner(ctx, source, args, 'nodes');
  const nodeLimit = permissionLimit(ctx, source);
  const r = ctx.aliases.fresh('_r');
  const exported: SQL[] = [];
  const exportedColumns = new Map<string, SQL>();
  // Aggregated columns leave the inner select under generated names, so no user column can collide.
  const exportColumn = (columnName: string): SQL => {
    let ref = exportedColumns.get(columnName);
    if (!ref) {
      const name = `__c${exportedColumns.size}`;
      const value = source.applyPermission ? shownIn(ctx, source.table, columnName, column(i.alias, columnName), i.alias, i.rowRef) : column(i.alias, columnName);
      exported.push(sql`${value} AS ${sql.ident(name)}`);
      ref = sql`${r}.${sql.ident(name)}`;
      exportedColumns.set(columnName, ref);
    }
    return ref;
  };
  let nodeCount = 0;
  const pairs: [string, SQL][] = [];
  for (const f of fields) {
    const fpath = `${path}.selectionSet.${f.key}`;
    const m = f.def && outputMeaning(f.def);
    if (!f.def) pairs.push([f.key, constParam(type.name, PG.text)]);
    else if (m?.kind === 'agg_nodes') {
      const nodeType = getNamedType(f.def.type) as GraphQLObjectType;
      const name = `__j${nodeCount++}`;
      exported.push(sql`${rowJson(ctx, source.table, collectFields(ctx, nodeType, subSelections(f)), nodeType, i.alias, i.rowRef, fpath)} AS ${sql.ident(name)}`);
      const filter = nodeLimit === null ? sql`` : sql` FILTER (WHERE ${r}."__n" <= ${countLiteral(nodeLimit)})`;
      pairs.push([f.key, sql`coalesce(json_agg(${r}.${sql.ident(name)}${outerOrder(r, args)})${filter}, '[]'::json)`]);
    } else if (m?.kind === 'agg_aggregate') {
      const aggType = getNamedType(f.def.type) as GraphQLObjectType;
      pairs.push([f.key, aggregateFields(ctx, f, aggType, exportColumn)]);
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

function aggregateFields(ctx: CompileContext, field: CollectedField, type: GraphQLObjectType, exportColumn: (columnName: string) => SQL): SQL {
  const pairs: [string, SQL][] = [];
  for (const f of collectFields(ctx, type, subSelections(field))) {
    const m = f.def && outputMeaning(f.def);
    if (!f.def) {
      pairs.push([f.key, constParam(type.name, PG.text)]);
    } else if (m?.kind === 'agg_count') {
      const args = fieldArgs(ctx, f);
      const names = (plainValue(args.get('columns')) as string[] | null | undefined) ?? [];
      const distinct = plainValue(args.get('distinct')) === true;
      for (const v of [args.get('columns'), args.get('distinct')]) if (v?.kind === 'leaf' && v.source.kind === 'var') ctx.shaped(v.source.name);
      const refs = names.map((n) => exportColumn(n));
      pairs.push([f.key, refs.length === 0 ? sql`count(*)` : countOver(refs, distinct)]);
    } else if (m?.kind === 'agg_op') {
      const opType = getNamedType(f.def.type) as GraphQLObjectType;
      const colPairs: [string, SQL][] = [];
      for (const c of collectFields(ctx, opType, subSelections(f))) {
        const cm = c.def && outputMeaning(c.def);
        if (!c.def) colPairs.push([c.key, constParam(opType.name, PG.text)]);
        else if (cm?.kind === 'agg_column') {
          const value = sql`${aggregateFunction(m.op)}(${exportColumn(cm.column.name)})`;
          colPairs.push([c.key, outputValue(value, cm.column.scalar, ctx.catalog.stringifyNumeric)]);
        }
      }
      pairs.push([f.key, jsonObject(colPairs, ctx.aliases)]);
    }
  }
  return jsonObject(pairs, ctx.aliases);
}

function countOver(refs: SQL[], distinct: boolean): SQL {
  const target = refs.length === 1 ? refs[0]! : sql`(${sql.join(refs)})`;
  return distinct ? sql`count(DISTINCT ${target})` : sql`count(${target})`;
}
