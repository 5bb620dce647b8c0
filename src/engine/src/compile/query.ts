import { getNamedType, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo, TrackedFunctionInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import { and, type BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { CompileContext } from './context.js';
import type { InputValue } from './input-values.js';
import { param } from './params.js';
import { PG } from './pg-types.js';
import { selectAggregate } from './aggregate.js';
import { tableSource, type RowSource } from './row-source.js';
import { readSelectArgs } from './select-args.js';
import { computedInputArgs, rowJson, selectOne, selectRows } from './select.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { functionCall, jsonObject } from './sql-helpers.js';
import { ValidationError } from './errors.js';
import { compileActionCall, compileAsyncActionQuery } from './action-root.js';
import type { ActionCall } from './mutation-step.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename', 'no_queries_available']);

export interface CompiledRoot {
  /** Root fields in response order, each answered by SQL or by graphql-js introspection. */
  fields: { key: string; by: 'sql' | 'introspection' | 'action'; node: CollectedField }[];
  /** Sync query actions, run through their handlers. */
  actions: ActionCall[];
  /** The JSON object with every SQL-answered root field, or null when there is none. */
  data: SQL | null;
  /** Each SQL-answered root field's JSON expression alone, in response order (the explain API plans them one by one). */
  sqlFields: { key: string; data: SQL }[];
}

export function primaryKeyFilter(table: TableInfo, args: Map<string, InputValue>): BoolExpIR {
  return and(
    table.primaryKey!.map((column) => {
      const v = args.get(column.gqlName);
      const source = v?.kind === 'leaf' ? v.source : { kind: 'const' as const, value: null };
      return { kind: 'column' as const, column, ops: [{ op: '_eq', value: { kind: 'param' as const, source } }] };
    }),
  );
}

export function functionSource(ctx: CompileContext, fn: TrackedFunctionInfo, args: InputValue | undefined): RowSource {
  const values = computedInputArgs(fn, args);
  if (fn.sessionArgIndex !== null) values.set(fn.sessionArgIndex, param({ kind: 'session_json' }, PG.json));
  return { table: fn.returnTable, from: functionCall(fn.fn, values), joins: () => [], applyPermission: true };
}

/** One query root field as a SQL expression producing its JSON value. */
export function compileQueryField(ctx: CompileContext, field: CollectedField): SQL {
  const def = field.def!;
  const m = outputMeaning(def);
  const path = `$.selectionSet.${field.key}`;
  const type = getNamedType(def.type) as GraphQLObjectType;
  const sub = () => collectFields(ctx, type, subSelections(field));
  const args = fieldArgs(ctx, field);
  if (m?.kind === 'root') {
    const source = tableSource(m.table);
    switch (m.root) {
      case 'select':
        return selectRows(ctx, source, readSelectArgs(ctx, field, args, path), sub(), type, path);
      case 'select_aggregate':
        return selectAggregate(ctx, source, readSelectArgs(ctx, field, args, path), sub(), type, path, rowJson);
      case 'select_by_pk': {
        const where = primaryKeyFilter(m.table, args);
        return selectOne(ctx, source, { where, orderBy: [], limit: null, offset: null, distinctOn: [] }, sub(), type, path);
      }
      default:
        break;
    }
  }
  if (m?.kind === 'action_async_query') return compileAsyncActionQuery(ctx, field, m.action, path);
  if (m?.kind === 'root_function') {
    const source = functionSource(ctx, m.fn, args.get('args'));
    const selectArgs = readSelectArgs(ctx, field, args, path);
    if (m.aggregate) return selectAggregate(ctx, source, selectArgs, sub(), type, path, rowJson);
    // A function returning one row (not SETOF) answers with an object or null.
    return m.fn.fn.returnsSet ? selectRows(ctx, source, selectArgs, sub(), type, path) : selectOne(ctx, source, selectArgs, sub(), type, path);
  }
  throw new ValidationError(`field '${field.name}' not found in type: '${ctx.schema.getQueryType()!.name}'`, path);
}

/** A query (or subscription) operation: every data root field in one JSON object. */
export function compileQueryRoot(ctx: CompileContext, operation: OperationDefinitionNode, rootType: GraphQLObjectType): CompiledRoot {
  const collected = collectFields(ctx, rootType, [operation.selectionSet]);
  const fields: CompiledRoot['fields'] = [];
  const pairs: [string, SQL][] = [];
  const actions: ActionCall[] = [];
  for (const f of collected) {
    const m = f.def && outputMeaning(f.def);
    if (INTROSPECTION_FIELDS.has(f.name)) {
      fields.push({ key: f.key, by: 'introspection', node: f });
    } else if (m?.kind === 'action') {
      fields.push({ key: f.key, by: 'action', node: f });
      actions.push(compileActionCall(ctx, f, m.action, `$.selectionSet.${f.key}`));
    } else {
      fields.push({ key: f.key, by: 'sql', node: f });
      pairs.push([f.key, compileQueryField(ctx, f)]);
    }
  }
  const sqlFields = pairs.map(([key, data]) => ({ key, data }));
  return { fields, actions, data: pairs.length > 0 ? jsonObject(pairs, ctx.aliases) : null, sqlFields };
}

/**
 * The statement for a query: the JSON built in Postgres, with the session variables set for
 * the statement's implicit transaction (functions and triggers read `hasura.user`).
 */
export function queryStatement(data: SQL): SQL {
  return sql`SELECT ${data} AS "data" FROM (SELECT set_config('hasura.user', ${param({ kind: 'session_json' }, PG.text)}, true)) AS "_session"`;
}
