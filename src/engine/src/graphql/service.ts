import { getVariableValues, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { Session } from '../auth/session.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { introspectDatabase } from '../introspection/index.js';
import type { Catalog } from '../schema/catalog.js';
import { buildRoleSchema } from '../schema/build-schema.js';
import { resolveCatalog } from '../schema/resolve-catalog.js';
import { withStreamFields } from '../realtime/graphql-adapter/stream-fields.js';
import { NEGATIVE_INT_MESSAGE } from '../compile/select-args.js';
import { LruCache } from '../execute/prepared-cache.js';
import { prepareOperation, type Prepared } from '../execute/prepare.js';
import { planMutation, planQuery, type QueryPlan } from '../execute/plans.js';
import { runMutation, runQuery, runQueryText } from '../execute/run.js';
import { clientError, showsInternalErrors } from './client-errors.js';
import { readEnumTableValues } from './enum-tables.js';
import { graphqlError, type GraphQLRequest, type GraphQLResponse, type GraphQLService, type GraphQLServiceOptions, type HasuraGraphQLError } from './types.js';
import { hasuraMessage } from './validation.js';
import { limitsForRole } from '../limits/limits-config.js';
import { ApiLimitError } from '../limits/limit-errors.js';

interface CacheEntry {
  prepared: Prepared;
  /** Set once a compile read no variable values: every later request only binds. */
  plan?: QueryPlan;
}

const PLAN_CACHE_SIZE = 2000;

const BACKEND_ONLY_ERROR = 'x-hasura-use-backend-only-permissions:  Not a valid boolean text. True values are ["true","t","yes","y"] and  False values are ["false","f","no","n"]. All values are case insensitive';

/** Whether a request may use backend_only permissions (admin secret plus the header); null for an invalid header. */
function backendOnlyRequested(session: Session): boolean | null {
  const value = session.variables['x-hasura-use-backend-only-permissions'];
  if (value === undefined) return false;
  if (/^(true|t|yes|y)$/i.test(value)) return session.isAdmin;
  if (/^(false|f|no|n)$/i.test(value)) return false;
  return null;
}

export class HasuraGraphQLService implements GraphQLService {
  private catalog!: Catalog;
  private readonly schemas = new Map<string, GraphQLSchema>();
  private readonly plans = new LruCache<CacheEntry>(PLAN_CACHE_SIZE);

  constructor(private readonly pool: pg.Pool, private readonly config: EngineConfig) {}

  async reload(metadata: HasuraMetadata): Promise<void> {
    const db = await introspectDatabase(this.pool);
    const enumTableValues = await readEnumTableValues(this.pool, metadata, db);
    this.catalog = resolveCatalog(metadata, db, { stringifyNumeric: this.config.stringifyNumericTypes, enumTableValues });
    this.schemas.clear();
    this.plans.clear();
  }

  /** Metadata problems found at the last reload (tables or functions that do not exist, ...). */
  inconsistencies(): string[] {
    return this.catalog.inconsistencies;
  }

  schemaFor(session: Session): GraphQLSchema {
    return this.schemaForRole(session.role, false);
  }

  private schemaForRole(role: string, backendOnly: boolean): GraphQLSchema {
    const key = backendOnly ? `${role}\u0000backend` : role;
    let schema = this.schemas.get(key);
    if (!schema) {
      // The realtime part's `<table>_stream` fields belong to the schema too, so introspection shows them.
      schema = withStreamFields(buildRoleSchema(this.catalog, role, { backendOnly }));
      this.schemas.set(key, schema);
    }
    return schema;
  }

  async execute(request: GraphQLRequest, session: Session): Promise<GraphQLResponse> {
    try {
      // Without `raw`, executeUnsafe always answers with parsed data.
      return (await this.executeUnsafe(request, session, false)) as GraphQLResponse;
    } catch (error) {
      return { errors: [this.toGraphQLError(error, session)] };
    }
  }

  /**
   * The response already serialized. A query answered entirely by SQL passes Postgres's JSON
   * text through untouched: no JSON.parse/JSON.stringify round trip in Node, and bigint and
   * numeric values keep every digit, as Hasura sends them.
   */
  async executeJson(request: GraphQLRequest, session: Session): Promise<string> {
    try {
      const result = await this.executeUnsafe(request, session, true);
      return 'rawData' in result ? `{"data":${result.rawData}}` : JSON.stringify(result);
    } catch (error) {
      return JSON.stringify({ errors: [this.toGraphQLError(error, session)] });
    }
  }

  private async executeUnsafe(request: GraphQLRequest, session: Session, raw: boolean): Promise<GraphQLResponse | { rawData: string }> {
    if (typeof request.query !== 'string') return { errors: [graphqlError('the key \'query\' was not present', '$', 'parse-failed')] };
    const backendOnly = backendOnlyRequested(session);
    if (backendOnly === null) return { errors: [graphqlError(BACKEND_ONLY_ERROR, '$', 'bad-request')] };
    const schema = this.schemaForRole(session.role, backendOnly);
    // Plans are cached per role, and so are limits: a cached refusal stays right.
    const limits = limitsForRole(this.config.apiLimits, session.role);
    const key = `${session.role}\u0000${backendOnly ? 'b' : ''}\u0000${request.operationName ?? ''}\u0000${request.query}`;
    let entry = this.plans.get(key);
    if (!entry) {
      entry = { prepared: prepareOperation(schema, request.query, request.operationName, this.config.maxQueryDepth, limits) };
      this.plans.set(key, entry);
    }
    if (!entry.prepared.ok) return { errors: entry.prepared.errors };
    const op = entry.prepared.op;
    const coerced = getVariableValues(schema, op.operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors) {
      return { errors: coerced.errors.slice(0, 1).map((e) => graphqlError(hasuraMessage(e.message), '$.variableValues', 'validation-failed')) };
    }
    const variables = coerced.coerced;
    if (op.operation.operation === 'mutation') {
      const rootType = schema.getMutationType();
      if (!rootType) return { errors: [graphqlError('no mutations exist', '$', 'validation-failed')] };
      const plan = planMutation(this.catalog, schema, session.role, op, variables, rootType, backendOnly);
      return { data: await runMutation(this.pool, plan, variables, session, limits) };
    }
    const rootType = (op.operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()) as GraphQLObjectType;
    let plan = entry.plan;
    if (!plan) {
      plan = planQuery(this.catalog, schema, session.role, op, variables, rootType);
      if (plan.shapeVariables.size === 0) entry.plan = plan;
    }
    for (const check of plan.nonNegativeVariables) {
      const value = variables[check.name];
      if (typeof value === 'number' && value < 0) return { errors: [graphqlError(NEGATIVE_INT_MESSAGE, check.path, 'validation-failed')] };
    }
    if (raw && plan.text && !plan.introspection) return { rawData: await runQueryText(this.pool, plan, variables, session, limits) };
    return { data: await runQuery(this.pool, schema, plan, variables, session, limits) };
  }

  /** Hasura shows SQL and Postgres details only to the admin role (not to admin posing as a role). */
  private showsInternals(session: Session): boolean {
    return showsInternalErrors(session, this.config.adminInternalErrors);
  }

  private toGraphQLError(error: unknown, session: Session): HasuraGraphQLError {
    if (error instanceof ApiLimitError) return error.error;
    // One mapping for HTTP and WebSocket (./client-errors.ts): internal text only for admin.
    return clientError(error, { internal: this.showsInternals(session) });
  }
}

export async function createHasuraGraphQLService(opts: GraphQLServiceOptions): Promise<HasuraGraphQLService> {
  const service = new HasuraGraphQLService(opts.pool, opts.config);
  await service.reload(opts.metadata);
  return service;
}
