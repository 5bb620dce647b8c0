import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { HasuraGraphQLError } from '../graphql/types.js';
import type { ApiLimits } from './limits-config.js';
import { depthLimitError, nodeLimitError } from './limit-errors.js';
import { operationCost } from './operation-cost.js';

/**
 * Introspection subtrees are left out of the depth limit, as Hasura leaves them out, but are
 * not unbounded: `fields { type { fields { type ... } } }` multiplies the response at every
 * level. graphql-js's standard introspection query (what GraphiQL, Apollo and the Hasura
 * console send) has a depth of 14 (`__schema { types { fields { args { type` and its `TypeRef` fragment's nine
 * nested `ofType`).
 */
export const INTROSPECTION_DEPTH_CEILING = 20;

/**
 * Checks an operation (fragments expanded) against the depth and node limits, before it is
 * validated or compiled; null when it is within them.
 */
export function checkOperationLimits(document: DocumentNode, operation: OperationDefinitionNode, limits: Pick<ApiLimits, 'depth' | 'nodes'>): HasuraGraphQLError | null {
  if (limits.depth === null && limits.nodes === null) return null;
  const cost = operationCost(document, operation);
  if (limits.depth !== null) {
    if (cost.depth > limits.depth) return depthLimitError(cost.depth, limits.depth);
    const ceiling = Math.max(limits.depth, INTROSPECTION_DEPTH_CEILING);
    if (cost.introspectionDepth > ceiling) return depthLimitError(cost.introspectionDepth, ceiling, true);
  }
  if (limits.nodes !== null && cost.nodes > limits.nodes) return nodeLimitError(cost.nodes, limits.nodes);
  return null;
}
