import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { Session } from '../auth/session.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { SchemaCache } from '../schema-cache/index.js';
import { runMutation, runQuery, runQueryText } from '../execute/run.js';
import { clientError, showsInternalErrors } from './client-errors.js';
import type { GraphQLService, GraphQLServiceOptions } from './graphql-service.js';
import { graphqlError, type GraphQLRequest, type GraphQLResponse, type HasuraGraphQLError } from './types.js';
import { ApiLimitError } from '../limits/limit-errors.js';

const BACKEND_ONLY_ERROR =
  'x-hasura-use-backend-only-permissions:  Not a valid boolean text. True values are ["true","t","yes","y"] and  False values are ["false","f","no","n"]. All values are case insensitive';

/** Whether a request may use backend_only permissions (admin secret plus the header); null for an invalid header. */
function backendOnlyRequested(session: Session): boolean | null {
  const value = session.variables['x-hasura-use-backend-only-permissions'];
  if (value === undefined) return false;
  if (/^(true|t|yes|y)$/i.test(value)) return session.isAdmin;
  if (/^(false|f|no|n)$/i.test(value)) return false;
  return null;
}

/** The HTTP front end over the schema cache: plan, then run the plan's SQL. */
export class HasuraGraphQLService implements GraphQLService {
  private readonly cache: SchemaCache;
  private readonly ownsCache: boolean;

  /** Without a shared schema cache, the service keeps its own (rebuilt by `reload`). */
  constructor(
    private readonly pool: pg.Pool,
    private readonly config: EngineConfig,
    cache?: SchemaCache,
  ) {
    this.ownsCache = !cache;
    this.cache = cache ?? new SchemaCache(pool, config);
  }

  /** Rebuilds the service's own schema cache; a shared cache is rebuilt by its owner (engine.ts). */
  async reload(metadata: HasuraMetadata): Promise<void> {
    if (this.ownsCache) await this.cache.rebuild(metadata, { leaveOutInconsistent: false });
  }

  /** Metadata problems found at the last rebuild (tables or functions that do not exist, ...). */
  inconsistencies(): string[] {
    return this.cache.current.catalog.inconsistencies;
  }

  schemaFor(session: Session): GraphQLSchema {
    return this.cache.schemaFor(session.role);
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
    if (typeof request.query !== 'string') return { errors: [graphqlError("the key 'query' was not present", '$', 'parse-failed')] };
    const backendOnly = backendOnlyRequested(session);
    if (backendOnly === null) return { errors: [graphqlError(BACKEND_ONLY_ERROR, '$', 'bad-request')] };
    const planned = this.cache.plan(session.role, request, { backendOnly });
    switch (planned.kind) {
      case 'error':
        return { errors: planned.errors };
      case 'mutation':
        return { data: await runMutation(this.pool, planned.plan, planned.variables, session, planned.limits) };
      case 'query': {
        const { plan, variables, limits } = planned;
        if (raw && plan.text && !plan.introspection) return { rawData: await runQueryText(this.pool, plan, variables, session, limits) };
        return { data: await runQuery(this.pool, planned.schema, plan, variables, session, limits) };
      }
      default:
        throw new Error(`unexpected ${planned.kind} plan over HTTP`);
    }
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
  const service = new HasuraGraphQLService(opts.pool, opts.config, opts.schemaCache);
  if (!opts.schemaCache) await service.reload(opts.metadata);
  return service;
}
