import { GraphQLObjectType, getNamedType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { ScalarInfo, TableInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import { computedFieldCall } from '../permissions/compile-bool-exp.js';
import { shownIn } from './field-visibility.js';
import { selectAggregate } from './aggregate.js';
import { jsonPathValue, outputValue } from './columns.js';
import type { CompileContext } from './context.js';
import type { InputValue } from './input-values.js';
import { parseJsonPath } from './json-path.js';
import { constParam, param } from './params.js';
import { PG } from './pg-types.js';
import { inner, orderColumns, outerOrder, tableSource, type RowSource } from './row-source.js';
import { noArgs, readSelectArgs, type SelectArgs } from './select-args.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject, typeRef } from './sql-helpers.js';
import { ValidationError } from './errors.js';

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

/** The JSON object for one row of `table` (as `alias`) with the selected fields in order. */
export function rowJson(ctx: CompileContext, table: TableInfo, fields: CollectedField[], type: GraphQLObjectType, alias: SQL, rowRef: SQL, path: string): SQL {
  const pairs: [string, SQL][] = fields.map((f) => [f.key, fieldValue(ctx, table, f, type, alias, rowRef, `${path}.selectionSet.${f.key}`)]);
  return jsonObject(pairs, ctx.aliases);
}

/** The rows of a relationship's target table joined to the parent row `parent`. */
function relationshipSource(rel: { target: TableInfo; mapping: [string, string][] }, parent: SQL): RowSource {
  const joins = (alias: SQL) => rel.mapping.map(([s, t]) => sql`${column(parent, s)} = ${column(alias, t)}`);
  return { ...tableSource(rel.target, joins), pinJoin: { parent, mapping: rel.mapping } };
}

function fieldValue(ctx: CompileContext, table: TableInfo, f: CollectedField, type: GraphQLObjectType, alias: SQL, rowRef: SQL, path: string): SQL {
  if (!f.def) return constParam(type.name, PG.text);
  const m = outputMeaning(f.def);
  if (!m) throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, path);
  const subType = () => getNamedType(f.def!.type) as GraphQLObjectType;
  const subFields = () => collectFields(ctx, subType(), subSelections(f));
  switch (m.kind) {
    case 'column': {
      const expr = shownIn(ctx, table, m.column.name, column(alias, m.column.name), alias, rowRef);
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
      const source = relationshipSource(m.rel, alias);
      return selectOne(ctx, source, noArgs(), subFields(), subType(), path);
    }
    case 'array_rel': {
      const args = readSelectArgs(ctx, f, fieldArgs(ctx, f), path);
      return selectRows(ctx, relationshipSource(m.rel, alias), args, subFields(), subType(), path);
    }
    case 'array_rel_aggregate': {
      const args = readSelectArgs(ctx, f, fieldArgs(ctx, f), path);
      return selectAggregate(ctx, relationshipSource(m.rel, alias), args, subFields(), subType(), path, rowJson);
    }
    case 'computed_scalar': {
      const call = shownIn(ctx, table, m.cf.name, computedFieldCall(m.cf, rowRef, computedInputArgs(m.cf, fieldArgs(ctx, f).get('args'))), alias, rowRef);
      return m.cf.returns.kind === 'scalar' ? outputValue(call, m.cf.returns.scalar, ctx.catalog.stringifyNumeric) : call;
    }
    case 'computed_table': {
      const argValues = fieldArgs(ctx, f);
      const call = computedFieldCall(m.cf, rowRef, computedInputArgs(m.cf, argValues.get('args')));
      const source: RowSource = { table: m.table, from: call, joins: () => [], applyPermission: true };
      return selectRows(ctx, source, readSelectArgs(ctx, f, argValues, path), subFields(), subType(), path);
    }
    default:
      throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, path);
  }
}

/** The values of a function's `args: {...}` input, by argument position, cast to the argument types. */
export function computedInputArgs(cf: { inputArgs: { name: string; index: number; scalar: ScalarInfo }[] }, value: InputValue | undefined): Map<number, SQL> {
  const result = new Map<number, SQL>();
  if (!value || value.kind !== 'object') return result;
  for (const [name, v] of value.fields) {
    const arg = cf.inputArgs.find((a) => a.name === name);
    if (!arg) continue;
    if (v.kind === 'leaf') {
      const encoding = arg.scalar.family === 'json' || arg.scalar.family === 'jsonb' ? 'json' : 'plain';
      result.set(arg.index, param(v.source, typeRef(arg.scalar), encoding));
    } else if (v.kind === 'null') {
      result.set(arg.index, sql`NULL::${typeRef(arg.scalar)}`);
    }
  }
  return result;
}
