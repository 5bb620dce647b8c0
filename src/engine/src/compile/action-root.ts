import { getArgumentValues, getNamedType, Kind, visit, type GraphQLObjectType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { ActionInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import { actionOutputJson } from './action-output.js';
import type { CompileContext } from './context.js';
import type { ActionCall, MutationStep } from './mutation-step.js';
import { constParam, param } from './params.js';
import { PG } from './pg-types.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject } from './sql-helpers.js';
import { ValidationError } from './errors.js';

/** Bound at run time, not by the client: the handler's JSON for the output statement, the client's headers for the action log. */
export const ACTION_PAYLOAD_VARIABLE = '\u0000action_payload';
export const REQUEST_HEADERS_VARIABLE = '\u0000request_headers';

/** The arguments as the handler gets them; the variables they read shape the plan (it is not reused for other values). */
function actionInput(ctx: CompileContext, field: CollectedField): Record<string, unknown> {
  const node = field.nodes[0]!;
  for (const arg of node.arguments ?? []) {
    visit(arg.value, { [Kind.VARIABLE]: (v: { name: { value: string } }) => void ctx.shaped(v.name.value) });
  }
  return getArgumentValues(field.def!, node, ctx.reader.variables) as Record<string, unknown>;
}

export function compileActionCall(ctx: CompileContext, field: CollectedField, action: ActionInfo, path: string): ActionCall {
  const type = getNamedType(field.def!.type) as GraphQLObjectType;
  const fields = collectFields(ctx, type, subSelections(field));
  const payload = sql`"_action"."payload"`;
  const json = actionOutputJson(ctx, payload, type, action.output.isList, fields, path);
  const output = sql`SELECT ${json} AS "data" FROM (SELECT ${param({ kind: 'var', name: ACTION_PAYLOAD_VARIABLE }, PG.jsonb, 'json')} AS "payload") AS "_action"`;
  return { key: field.key, action, input: actionInput(ctx, field), output };
}

/**
 * An async action's mutation: the log entry Hasura's insertActionTx writes (in the mutation's
 * transaction, so it is there exactly when the mutation committed); the worker delivers it.
 */
export function compileAsyncActionInsert(ctx: CompileContext, field: CollectedField, action: ActionInfo): MutationStep {
  const statement = sql`INSERT INTO ${sql.ident('hdb_catalog', 'hdb_action_log')} ("action_name", "session_variables", "request_headers", "input_payload", "status") VALUES (${constParam(
    action.name,
    PG.text,
  )}, ${param({ kind: 'session_json' }, PG.jsonb)}, ${param({ kind: 'var', name: REQUEST_HEADERS_VARIABLE }, PG.jsonb, 'json')}, ${constParam(actionInput(ctx, field), PG.jsonb, 'json')}, 'created') RETURNING "id"`;
  return {
    key: field.key,
    logsAsyncAction: true,
    async execute(runner) {
      const [row] = await runner.run<{ id: string }>(statement, '$');
      return row!.id;
    },
  };
}

/**
 * `<action>(id)`: the log entry with its output shaped like a sync action's. A role other than
 * admin sees only entries made with its own session variables, as Hasura checks.
 */
export function compileAsyncActionQuery(ctx: CompileContext, field: CollectedField, action: ActionInfo, path: string): SQL {
  const type = getNamedType(field.def!.type) as GraphQLObjectType;
  const log = ctx.aliases.fresh('_t');
  const id = fieldArgs(ctx, field).get('id');
  const idValue = id?.kind === 'leaf' ? param(id.source, sql.raw('uuid')) : sql`NULL::uuid`;
  const pairs: [string, SQL][] = collectFields(ctx, type, subSelections(field)).map((f) => {
    const fieldPath = `${path}.selectionSet.${f.key}`;
    if (!f.def) return [f.key, constParam(type.name, PG.text)];
    const m = outputMeaning(f.def);
    if (m?.kind !== 'action_log_field') throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, fieldPath);
    if (m.column !== 'output') return [f.key, column(log, m.column)];
    const outputType = getNamedType(f.def.type) as GraphQLObjectType;
    const fields = collectFields(ctx, outputType, subSelections(f));
    return [f.key, actionOutputJson(ctx, column(log, 'response_payload'), outputType, action.output.isList, fields, fieldPath)];
  });
  const conditions = [sql`${column(log, 'id')} = ${idValue}`];
  if (!ctx.isAdmin) conditions.push(sql`${column(log, 'session_variables')} = ${param({ kind: 'session_json' }, PG.jsonb)}`);
  return sql`(SELECT ${jsonObject(pairs, ctx.aliases)} FROM ${sql.relation('hdb_catalog', 'hdb_action_log')} AS ${log} WHERE ${sql.join(conditions, sql` AND `)})`;
}
