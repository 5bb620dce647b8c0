import type { GraphQLObjectType, OperationDefinitionNode } from 'graphql';
import { outputMeaning } from '../schema/extensions.js';
import { compileActionCall, compileAsyncActionInsert } from './action-root.js';
import type { CompileContext } from './context.js';
import { compileInsert } from './insert.js';
import type { MutationStep } from './mutation-step.js';
import { collectFields, fieldArgs, type CollectedField } from './selection.js';
import { compileQueryField } from './query.js';
import { sql } from '../sql/builder.js';
import { compileDelete, compileUpdate, compileUpdateMany } from './update-delete.js';
import { ValidationError } from './errors.js';

/** A volatile SQL function tracked as a mutation: its rows, selected like a query, inside the transaction. */
function functionStep(ctx: CompileContext, field: CollectedField): MutationStep {
  const statement = sql`SELECT ${compileQueryField(ctx, field)} AS "data"`;
  return {
    key: field.key,
    async execute(runner) {
      const [row] = await runner.run<{ data: unknown }>(statement, '$');
      return row!.data;
    },
  };
}

/** Every root field of a mutation, in order; the executor runs them in one transaction. */
export function compileMutation(ctx: CompileContext, operation: OperationDefinitionNode, rootType: GraphQLObjectType): { steps: MutationStep[]; typename: string[] } {
  const steps: MutationStep[] = [];
  const typename: string[] = [];
  for (const field of collectFields(ctx, rootType, [operation.selectionSet])) {
    const path = `$.selectionSet.${field.key}`;
    if (field.name === '__typename') {
      typename.push(field.key);
      steps.push({ key: field.key, execute: async () => rootType.name });
      continue;
    }
    const m = field.def && outputMeaning(field.def);
    if (m?.kind === 'root_function') {
      steps.push(functionStep(ctx, field));
      continue;
    }
    if (m?.kind === 'action') {
      if (m.action.kind === 'asynchronous') steps.push(compileAsyncActionInsert(ctx, field, m.action));
      else {
        const action = compileActionCall(ctx, field, m.action, path);
        steps.push({ key: field.key, action, execute: () => Promise.reject(new Error('a sync action runs through its handler')) });
      }
      continue;
    }
    if (m?.kind !== 'root') throw new ValidationError(`field '${field.name}' not found in type: '${rootType.name}'`, path);
    const args = fieldArgs(ctx, field);
    switch (m.root) {
      case 'insert':
        steps.push(compileInsert(ctx, field, m.table, args, false, path));
        break;
      case 'insert_one':
        steps.push(compileInsert(ctx, field, m.table, args, true, path));
        break;
      case 'update':
        steps.push(compileUpdate(ctx, field, m.table, args, false, path));
        break;
      case 'update_by_pk':
        steps.push(compileUpdate(ctx, field, m.table, args, true, path));
        break;
      case 'update_many':
        steps.push(compileUpdateMany(ctx, field, m.table, args, path));
        break;
      case 'delete':
        steps.push(compileDelete(ctx, field, m.table, args, false, path));
        break;
      case 'delete_by_pk':
        steps.push(compileDelete(ctx, field, m.table, args, true, path));
        break;
      default:
        throw new ValidationError(`field '${field.name}' not found in type: '${rootType.name}'`, path);
    }
  }
  return { steps, typename };
}
