import {
  Kind, getVariableValues, print,
  type FieldNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type pg from 'pg';
import type { Session } from '../../auth/session.js';
import type { EngineConfig } from '../../config.js';
import type { HasuraMetadata } from '../../metadata/types.js';
import { introspectDatabase } from '../../introspection/index.js';
import { readEnumTableValues } from '../../graphql/enum-tables.js';
import { clientError, showsInternalErrors } from '../../graphql/client-errors.js';
import { hasuraMessage } from '../../graphql/validation.js';
import { resolveCatalog } from '../../schema/resolve-catalog.js';
import { buildRoleSchema } from '../../schema/build-schema.js';
import type { Catalog } from '../../schema/catalog.js';
import { prepareOperation, type Prepared } from '../../execute/prepare.js';
import { planQuery, type QueryPlan } from '../../execute/plans.js';
import { LruCache } from '../../execute/prepared-cache.js';
import { limitsForRole } from '../../limits/limits-config.js';
import type { Param } from '../../compile/params.js';
import { quoteLiteral } from '../../sql/builder.js';
import type { GraphQLErrorJson, OperationPayload } from '../protocol/index.js';
import type { PrepareResult, SubscriptionPreparer } from '../subscription-planner.js';
import { qualifiedNames } from '../live/sql-text.js';
import { bindForCohort } from './cohort-binding.js';
import { proposeTarget } from './cohort-target.js';
import { streamMeaning, withStreamFields } from './stream-fields.js';
import { CURSOR_VARIABLE, rewriteStream, StreamArgumentError, type StreamRewrite } from './stream-rewrite.js';

const CACHE_SIZE = 2000;

interface CachedOperation {
  prepared: Prepared;
  /** The compiled plan, once a compile showed that no variable value shapes the SQL. */
  plan?: QueryPlan;
}

function error(message: string, path: string, code: string): { errors: GraphQLErrorJson[] } {
  return { errors: [{ message, extensions: { path, code } }] };
}

/**
 * Compiles subscriptions for the realtime part, over the GraphQL core's own building blocks
 * (catalog, role schema, prepareOperation, planQuery): the compiled statement is the very one
 * a query of the same text would run. What it adds: `<table>_stream` fields (rewritten into
 * the select they stand for, with the cursor as a parameter), and binding values the way
 * cohorts need them (only the session variables the statement reads).
 *
 * It keeps its own catalog, rebuilt on `reload`, because the GraphQL service does not expose
 * a compile entry point (see /work/notes/realtime-needs.md); once it does, this shrinks to a call.
 */
export class SubscriptionCompiler implements SubscriptionPreparer {
  private catalog: Catalog | null = null;
  /** The metadata to build the catalog from, lazily: most metadata changes are never followed by a subscription. */
  private pending: HasuraMetadata | null = null;
  private building: Promise<void> | null = null;
  private sessionFunctions = new Set<string>();
  private readonly schemas = new Map<string, GraphQLSchema>();
  private readonly operations = new LruCache<CachedOperation>(CACHE_SIZE);

  constructor(
    private readonly pool: pg.Pool,
    private readonly config: Pick<EngineConfig, 'maxQueryDepth' | 'stringifyNumericTypes' | 'adminInternalErrors' | 'apiLimits'>,
  ) {}

  async reload(metadata: HasuraMetadata): Promise<void> {
    this.pending = metadata;
    this.catalog = null;
    this.schemas.clear();
    this.operations.clear();
  }

  private async ensureCatalog(): Promise<void> {
    while (!this.catalog) {
      if (!this.building) {
        const metadata = this.pending;
        if (!metadata) throw new Error('the subscription compiler has no metadata yet');
        this.building = this.build(metadata).finally(() => (this.building = null));
      }
      await this.building;
    }
  }

  private async build(metadata: HasuraMetadata): Promise<void> {
    const db = await introspectDatabase(this.pool);
    const enumTableValues = await readEnumTableValues(this.pool, metadata, db);
    const catalog = resolveCatalog(metadata, db, { stringifyNumeric: this.config.stringifyNumericTypes, enumTableValues });
    // Functions that receive the session as an argument need all of it, not just the variables the SQL names.
    const sessionFunctions = new Set<string>();
    for (const fn of catalog.functions) if (fn.sessionArgIndex !== null) sessionFunctions.add(`${fn.fn.schema}.${fn.fn.name}`);
    for (const table of catalog.tables) {
      for (const cf of table.computedFields) if (cf.sessionArgIndex !== null) sessionFunctions.add(`${cf.fn.schema}.${cf.fn.name}`);
    }
    // A reload that arrived while building wins: build again from it.
    if (metadata !== this.pending) return;
    this.catalog = catalog;
    this.sessionFunctions = sessionFunctions;
    this.schemas.clear();
    this.operations.clear();
  }

  /** The role's schema with the streaming fields added. */
  schemaFor(role: string): GraphQLSchema {
    let schema = this.schemas.get(role);
    if (!schema) {
      schema = withStreamFields(buildRoleSchema(this.requireCatalog(), role));
      this.schemas.set(role, schema);
    }
    return schema;
  }

  async prepareSubscription(request: OperationPayload, session: Session): Promise<PrepareResult> {
    try {
      await this.ensureCatalog();
      return this.prepare(request, session);
    } catch (e) {
      return { errors: [toGraphQLError(e, { internal: showsInternalErrors(session, this.config.adminInternalErrors) })] };
    }
  }

  private prepare(request: OperationPayload, session: Session): PrepareResult {
    const catalog = this.requireCatalog();
    const schema = this.schemaFor(session.role);
    const cached = this.operation(schema, session.role, request.query, request.operationName);
    if (!cached.prepared.ok) return { errors: cached.prepared.errors };
    const op = cached.prepared.op;
    if (op.operation.operation !== 'subscription') return error('not a subscription', '$', 'validation-failed');
    const root = schema.getSubscriptionType() as GraphQLObjectType;
    const coerced = getVariableValues(schema, op.operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors) return error(hasuraMessage(coerced.errors[0]!.message), '$.variableValues', 'validation-failed');

    const rootFields = op.operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    const streamField = rootFields.find((f) => streamMeaning(root.getFields()[f.name.value]));
    if (!streamField) {
      let plan = cached.plan;
      if (!plan) {
        plan = planQuery(catalog, schema, session.role, op, coerced.coerced, root);
        if (plan.shapeVariables.size === 0) cached.plan = plan;
      }
      if (plan.introspection || !plan.text) return error('subscriptions cannot select introspection fields at the root', '$', 'not-supported');
      const single = op.operation.selectionSet.selections.length === 1 && rootFields.length === 1 ? rootFields[0]! : null;
      const target = single ? proposeTarget(single, root.getFields()[single.name.value]!, session.role, plan.params) : undefined;
      return { ok: { text: plan.text, values: this.bind(plan, coerced.coerced, session), ...(target ? { target } : {}) } };
    }

    if (op.operation.selectionSet.selections.length > 1) {
      return error('multiple root fields in a streaming subscription are not supported', '$', 'not-supported');
    }
    const rewrite = rewriteStream(op.document, op.operation, streamField, root.getFields()[streamField.name.value]!, coerced.coerced);
    const streamOp = this.operation(schema, session.role, print(rewrite.document), request.operationName, `${rewrite.column}\u0000${rewrite.ordering}`);
    if (!streamOp.prepared.ok) return { errors: streamOp.prepared.errors };
    const plan = planQuery(catalog, schema, session.role, streamOp.prepared.op, rewrite.variables, root);
    const cursorValueIndex = (plan.params as Param[]).findIndex((p) => p.source.kind === 'var' && p.source.name === CURSOR_VARIABLE);
    if (!plan.text || cursorValueIndex < 0) return error('could not compile the streaming cursor', '$', 'unexpected');
    return {
      ok: {
        text: streamStatement(plan.text, rewrite),
        values: this.bind(plan, rewrite.variables, session),
        stream: { cursorValueIndex, ...(rewrite.hiddenCursor ? { hiddenField: { responseKey: rewrite.responseKey, key: rewrite.cursorKey } } : {}) },
      },
    };
  }

  private bind(plan: QueryPlan, variables: Record<string, unknown>, session: Session): unknown[] {
    const callsSessionFunction = [...qualifiedNames(plan.text ?? '')].some((n) => this.sessionFunctions.has(n));
    return bindForCohort(plan.params, variables, session, callsSessionFunction);
  }

  private operation(schema: GraphQLSchema, role: string, query: string, operationName: string | null, variant = ''): CachedOperation {
    const key = `${role}\u0000${operationName ?? ''}\u0000${variant}\u0000${query}`;
    let cached = this.operations.get(key);
    if (!cached) {
      // The role's depth and node limits hold for subscriptions too (cached per role, like the limits).
      cached = { prepared: prepareOperation(schema, query, operationName, this.config.maxQueryDepth, limitsForRole(this.config.apiLimits, role)) };
      this.operations.set(key, cached);
    }
    return cached;
  }

  private requireCatalog(): Catalog {
    if (!this.catalog) throw new Error('the subscription compiler has no metadata yet');
    return this.catalog;
  }
}

/**
 * The streaming statement: the select's JSON plus the batch's last cursor value, read from
 * the last row of the (ordered) result, as Hasura's `mkStreamingMultiplexedQuery` returns it.
 */
function streamStatement(text: string, rewrite: StreamRewrite): string {
  return (
    `SELECT "_q"."data", ("_q"."data"->${quoteLiteral(rewrite.responseKey)}->-1->${quoteLiteral(rewrite.cursorKey)}) AS "cursor" ` +
    `FROM (${text}) AS "_q"`
  );
}

/** The GraphQL core's error mapping (graphql/client-errors.ts), plus the streaming arguments' own errors. */
function toGraphQLError(e: unknown, audience: { internal: boolean }): GraphQLErrorJson {
  if (e instanceof StreamArgumentError) return { message: e.message, extensions: { path: e.path, code: 'validation-failed' } };
  return clientError(e, audience);
}
