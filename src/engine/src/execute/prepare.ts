import {
  GraphQLError,
  Kind,
  NoUnusedVariablesRule,
  parse,
  specifiedRules,
  validate,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { nodePaths, selectionDepth } from './node-paths.js';
import { graphqlError, type HasuraGraphQLError } from '../graphql/types.js';
import { validationErrors } from './validation.js';
import { relaxLiterals } from './lenient-literals.js';
import type { ApiLimits } from '../limits/limits-config.js';
import { checkOperationLimits } from '../limits/operation-limits.js';

// Hasura accepts variables it does not use, and list variables for array-typed columns (`_text`).
const RULES = specifiedRules.filter((r) => r !== NoUnusedVariablesRule);

function isArrayColumnMismatch(error: GraphQLError): boolean {
  return /^Variable "\$[^"]+" of type "\[[^"]+\]!?" used in position expecting type "_[^"]+!?"\.$/.test(error.message);
}

/** An operation parsed and validated against one role's schema: what the plan cache holds. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  paths: Map<ASTNode, string>;
}

export type Prepared = { ok: true; op: PreparedOperation } | { ok: false; errors: HasuraGraphQLError[] };

function pickOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | HasuraGraphQLError {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) {
    const op = operations.find((o) => o.name?.value === operationName);
    return op ?? graphqlError(`no such operation found in the document: "${operationName}"`, '$', 'validation-failed');
  }
  if (operations.length === 1) return operations[0]!;
  if (operations.length === 0) return graphqlError('no operations found in the document', '$', 'validation-failed');
  return graphqlError('exactly one operation has to be present in the document when operationName is not specified', '$', 'validation-failed');
}

/** `limits`: the role's depth and node limits, checked before validation so an oversized document costs no more than a count. */
export function prepareOperation(
  schema: GraphQLSchema,
  query: string,
  operationName: string | null | undefined,
  maxDepth: number,
  limits?: Pick<ApiLimits, 'depth' | 'nodes'>,
): Prepared {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    const message = e instanceof GraphQLError ? e.message.replace(/^Syntax Error: /, '') : String(e);
    return { ok: false, errors: [graphqlError(`not a valid graphql query: ${message}`, '$.query', 'validation-failed')] };
  }
  document = relaxLiterals(schema, document);
  const operation = pickOperation(document, operationName);
  if (!('kind' in operation)) return { ok: false, errors: [operation] };
  const overLimit = limits ? checkOperationLimits(document, operation, limits) : null;
  if (overLimit) return { ok: false, errors: [overLimit] };
  const paths = nodePaths(document, operation);
  const errors = validate(schema, document, RULES).filter((e) => !isArrayColumnMismatch(e));
  if (errors.length > 0) {
    // Report only errors that concern the chosen operation (Hasura validates that one).
    const relevant = errors.filter((e) => !e.nodes || e.nodes.some((n) => paths.has(n)) || e.nodes.every((n) => n.kind !== Kind.FIELD && n.kind !== Kind.OPERATION_DEFINITION));
    if (relevant.length > 0) return { ok: false, errors: validationErrors(relevant, paths).slice(0, 1) };
  }
  const depth = selectionDepth(document, operation);
  if (depth > maxDepth) {
    return { ok: false, errors: [graphqlError(`the query exceeds the maximum depth of ${maxDepth} (depth ${depth})`, '$', 'validation-failed')] };
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { ok: true, op: { document, operation, fragments, paths } };
}
