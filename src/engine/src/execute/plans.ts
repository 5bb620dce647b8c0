import { Kind, type DocumentNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { compile, relationsOf, type SQL } from '../sql/builder.js';
import type { Catalog } from '../schema/catalog.js';
import { CompileContext } from '../compile/context.js';
import { compileMutation } from '../compile/mutation.js';
import type { MutationStep } from '../compile/mutation-step.js';
import { compileQueryRoot, queryStatement } from '../compile/query.js';
import type { PreparedOperation } from './prepare.js';
import type { ActionCall } from '../compile/mutation-step.js';

const ACTION_LOG = 'hdb_catalog.hdb_action_log';
import type { GraphQLSchema } from 'graphql';

/**
 * A compiled query: the statement as a fragment (kept, so realtime builds its multiplexed and
 * streaming statements from it), its text and parameter descriptors, what it reads, plus the
 * fields graphql-js answers.
 */
export interface QueryPlan {
  kind: 'query';
  statement: SQL | null;
  text: string | null;
  /** The `Param` descriptors of the statement's `$n`, in order; each is cast to its type in the text. */
  params: unknown[];
  /** The tables, views and functions the statement reads (`schema.name`), with how often. */
  relations: ReadonlyMap<string, number>;
  /** The statement calls a function that takes the whole session as an argument. */
  readsSession: boolean;
  fields: { key: string; by: 'sql' | 'introspection' | 'action' }[];
  /** Each SQL-answered root field's JSON expression alone (the explain API's statements). */
  sqlFields: { key: string; data: SQL }[];
  /** Sync query actions, answered by their handlers (execute/run-actions.ts) before their output statement. */
  actions: ActionCall[];
  /** The operation reduced to its introspection fields, for graphql-js. */
  introspection: DocumentNode | null;
  /** Variables whose values shaped the SQL; a plan without any is reusable for every request. */
  shapeVariables: Set<string>;
  /** Variables that must not be negative (limit/offset), checked before every run. */
  nonNegativeVariables: { name: string; path: string }[];
}

export interface MutationPlan {
  kind: 'mutation';
  steps: MutationStep[];
}

function introspectionDocument(prepared: PreparedOperation, nodes: OperationDefinitionNode['selectionSet']['selections']): DocumentNode {
  const operation: OperationDefinitionNode = {
    ...prepared.operation,
    selectionSet: { kind: Kind.SELECTION_SET, selections: nodes },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(prepared.fragments)] };
}

export function planQuery(
  catalog: Catalog,
  schema: GraphQLSchema,
  role: string,
  prepared: PreparedOperation,
  variables: Record<string, unknown>,
  rootType: GraphQLObjectType,
): QueryPlan {
  const ctx = new CompileContext(catalog, schema, role, variables, prepared.fragments);
  const root = compileQueryRoot(ctx, prepared.operation, rootType);
  const statement = root.data ? queryStatement(root.data) : null;
  const compiled = statement ? compile(statement) : null;
  const relations = statement ? relationsOf(statement) : new Map<string, number>();
  const introspectionNodes = root.fields.filter((f) => f.by === 'introspection').flatMap((f) => f.node.nodes);
  return {
    kind: 'query',
    statement,
    text: compiled?.text ?? null,
    params: compiled?.values ?? [],
    relations,
    // An async action's log entry is compared with the whole session (compile/action-root.ts).
    readsSession: [...relations.keys()].some((name) => catalog.sessionFunctions.has(name) || name === ACTION_LOG),
    fields: root.fields.map((f) => ({ key: f.key, by: f.by })),
    sqlFields: root.sqlFields,
    actions: root.actions,
    introspection: introspectionNodes.length > 0 ? introspectionDocument(prepared, introspectionNodes) : null,
    shapeVariables: ctx.reader.shapeVariables,
    nonNegativeVariables: ctx.nonNegativeVariables,
  };
}

export function planMutation(
  catalog: Catalog,
  schema: GraphQLSchema,
  role: string,
  prepared: PreparedOperation,
  variables: Record<string, unknown>,
  rootType: GraphQLObjectType,
  backendOnly: boolean,
): MutationPlan {
  const ctx = new CompileContext(catalog, schema, role, variables, prepared.fragments, backendOnly);
  return { kind: 'mutation', steps: compileMutation(ctx, prepared.operation, rootType).steps };
}
