import { Kind, getVariableValues, type FieldNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Param } from '../compile/params.js';
import { NEGATIVE_INT_MESSAGE } from '../compile/select-args.js';
import { nodePaths } from '../execute/node-paths.js';
import { planMutation, planQuery } from '../execute/plans.js';
import type { PreparedOperation } from '../execute/prepare.js';
import { hasuraMessage } from '../execute/validation.js';
import { graphqlError, type GraphQLRequest } from '../graphql/types.js';
import { limitsForRole, type ApiLimits, type ApiLimitsConfig } from '../limits/limits-config.js';
import { streamMeaning } from '../schema/stream-fields.js';
import { liveOccurrences } from './cohort-target.js';
import type { OperationCache } from './operation-cache.js';
import type { PlanOptions, RequestPlan } from './plan-types.js';
import type { RoleSchemas } from './role-schemas.js';
import type { SchemaVersion } from './schema-version.js';
import { CURSOR_VARIABLE, rewriteStream } from './stream-rewrite.js';

/** What planning reads: one schema version with its role schemas and operation cache. */
export interface PlanState {
  version: SchemaVersion;
  schemas: RoleSchemas;
  operations: OperationCache;
  apiLimits: ApiLimitsConfig;
}

function error(message: string, path: string, code: string): RequestPlan {
  return { kind: 'error', errors: [graphqlError(message, path, code)] };
}

/**
 * The one path from a GraphQL request to a plan: the role's schema, the cached parsed and
 * validated operation, coerced variables, then a query, mutation, live query or stream plan.
 * Compile errors (ValidationError, StreamArgumentError, ...) are thrown for the front end to map.
 */
export function planRequest(state: PlanState, role: string, request: GraphQLRequest, options: PlanOptions = {}): RequestPlan {
  const backendOnly = options.backendOnly === true;
  const { catalog } = state.version;
  const schema = state.schemas.get(role, backendOnly);
  const limits = limitsForRole(state.apiLimits, role);
  const cached = state.operations.get(schema, role, backendOnly, request.query, request.operationName, limits);
  if (!cached.prepared.ok) return { kind: 'error', errors: cached.prepared.errors };
  const op = cached.prepared.op;
  const kind = op.operation.operation;
  if (options.subscriptions && kind !== 'subscription') return error('not a subscription', '$', 'validation-failed');
  const coerced = getVariableValues(schema, op.operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) return error(hasuraMessage(coerced.errors[0]!.message), '$.variableValues', 'validation-failed');
  const variables = coerced.coerced;

  if (kind === 'mutation') {
    const rootType = schema.getMutationType();
    if (!rootType) return error('no mutations exist', '$', 'validation-failed');
    return { kind: 'mutation', plan: planMutation(catalog, schema, role, op, variables, rootType, backendOnly), variables, limits };
  }
  const rootType = (kind === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()) as GraphQLObjectType;
  if (options.subscriptions) {
    const rootFields = op.operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    const streamField = rootFields.find((f) => streamMeaning(rootType.getFields()[f.name.value]));
    if (streamField) return planStream(state, schema, role, op, streamField, rootType, variables, limits);
  }
  let plan = cached.plan;
  if (!plan) {
    plan = planQuery(catalog, schema, role, op, variables, rootType);
    if (plan.shapeVariables.size === 0) cached.plan = plan;
  }
  if (!options.subscriptions) {
    for (const check of plan.nonNegativeVariables) {
      const value = variables[check.name];
      if (typeof value === 'number' && value < 0) return error(NEGATIVE_INT_MESSAGE, check.path, 'validation-failed');
    }
    return { kind: 'query', plan, schema, variables, limits };
  }
  if (plan.introspection || !plan.text) return error('subscriptions cannot select introspection fields at the root', '$', 'not-supported');
  return { kind: 'live', plan, variables, limits, occurrences: liveOccurrences(plan.statement!, plan.params) };
}

/** A `<table>_stream` field, planned from the rewritten operation AST (no print, no re-parse). */
function planStream(
  state: PlanState,
  schema: GraphQLSchema,
  role: string,
  op: PreparedOperation,
  field: FieldNode,
  rootType: GraphQLObjectType,
  variables: Record<string, unknown>,
  limits: ApiLimits,
): RequestPlan {
  if (op.operation.selectionSet.selections.length > 1) {
    return error('multiple root fields in a streaming subscription are not supported', '$', 'not-supported');
  }
  const rewrite = rewriteStream(op.document, op.operation, field, rootType.getFields()[field.name.value]!, variables);
  const operation = rewrite.operation;
  const prepared: PreparedOperation = { document: rewrite.document, operation, fragments: op.fragments, paths: nodePaths(rewrite.document, operation) };
  const plan = planQuery(state.version.catalog, schema, role, prepared, rewrite.variables, rootType);
  const valueIndex = (plan.params as Param[]).findIndex((p) => p.source.kind === 'var' && p.source.name === CURSOR_VARIABLE);
  if (!plan.text || valueIndex < 0) return error('could not compile the streaming cursor', '$', 'unexpected');
  return {
    kind: 'stream',
    plan,
    variables: rewrite.variables,
    limits,
    cursor: { valueIndex, responseKey: rewrite.responseKey, key: rewrite.cursorKey, hidden: rewrite.hiddenCursor, ...(rewrite.batchSize ? { batchSize: rewrite.batchSize } : {}) },
    occurrences: liveOccurrences(plan.statement!, plan.params),
  };
}
