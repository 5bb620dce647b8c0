import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import { ADMIN_ROLE, type Session } from '../auth/session.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { SchemaCache } from '../schema-cache/index.js';
import { runMutation, runQuery, runQueryText } from '../execute/run.js';
import { usesPreparedStatements } from '../execute/prepared-statements.js';
import { clientError, showsInternalErrors } from './client-errors.js';
import type { ActionServices, GraphQLService, GraphQLServiceOptions } from './graphql-service.js';
import type { RequestHeaders } from '../auth/headers.js';
import type { ActionCallContext } from '../actions/action-runner.js';
import { plainHeaders } from '../actions/webhook-protocol.js';
import { REQUEST_HEADERS_VARIABLE } from '../compile/action-root.js';
import type { ActionCall } from '../compile/mutation-step.js';
import type { MutationPlan } from '../execute/plans.js';
import type { ApiLimits } from '../limits/limits-config.js';
import { graphqlError, type GraphQLRequest, type GraphQLResponse, type HasuraGraphQLError } from './types.js';
import { ApiLimitError } from '../limits/limit-errors.js';
import { isAllowedQuery } from '../metadata/allowlist.js';
import type { AddedSource } from '../schema-cache/added-sources.js';
import { Kind, parse, print, type FragmentDefinitionNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { routeBySource, type Routing, type RoutingSource } from './source-routing.js';
import { customizedTypeName, customizeTypenames, namespaceTypeName } from './source-names.js';

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
    private readonly actions?: ActionServices,
    /** The sources served beside `default`, each with its own schema cache and pool. */
    private readonly addedSources: () => readonly AddedSource[] = () => [],
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

  async execute(request: GraphQLRequest, session: Session, headers: RequestHeaders = {}): Promise<GraphQLResponse> {
    try {
      // Without `raw`, executeUnsafe always answers with parsed data.
      return (await this.executeUnsafe(request, session, false, headers)) as GraphQLResponse;
    } catch (error) {
      return { errors: [this.toGraphQLError(error, session)] };
    }
  }

  /**
   * The response already serialized. A query answered entirely by SQL passes Postgres's JSON
   * text through untouched: no JSON.parse/JSON.stringify round trip in Node, and bigint and
   * numeric values keep every digit, as Hasura sends them.
   */
  async executeJson(request: GraphQLRequest, session: Session, headers: RequestHeaders = {}): Promise<string> {
    try {
      const result = await this.executeUnsafe(request, session, true, headers);
      return 'rawData' in result ? `{"data":${result.rawData}}` : JSON.stringify(result);
    } catch (error) {
      return JSON.stringify({ errors: [this.toGraphQLError(error, session)] });
    }
  }

  private async executeUnsafe(request: GraphQLRequest, session: Session, raw: boolean, headers: RequestHeaders): Promise<GraphQLResponse | { rawData: string }> {
    if (typeof request.query !== 'string') return { errors: [graphqlError("the key 'query' was not present", '$', 'parse-failed')] };
    const backendOnly = backendOnlyRequested(session);
    if (backendOnly === null) return { errors: [graphqlError(BACKEND_ONLY_ERROR, '$', 'bad-request')] };
    if (this.config.enableAllowlist && session.role !== ADMIN_ROLE && !isAllowedQuery(this.cache.current.metadata, request.query, session.role)) {
      return { errors: [graphqlError('query is not allowed', '$', 'validation-failed')] };
    }
    const added = this.addedSources();
    const routing = added.length > 0 ? this.routing(request, session, added) : undefined;
    if (routing) return { data: await this.runRouted(routing, request, session, backendOnly, added) };
    const planned = this.cache.plan(session.role, request, { backendOnly });
    switch (planned.kind) {
      case 'error':
        return { errors: planned.errors };
      case 'mutation':
        return { data: await this.runMutationWithActions(planned.plan, planned.variables, session, planned.limits, request, headers) };
      case 'query': {
        const { plan, variables, limits } = planned;
        const prepared = this.config.preparedStatements && usesPreparedStatements(this.cache.current.metadata);
        if (raw && plan.text && !plan.introspection && plan.actions.length === 0) return { rawData: await runQueryText(this.pool, plan, variables, session, limits, prepared) };
        const context = this.actionContext(request, session, headers);
        return { data: await runQuery(this.pool, planned.schema, plan, variables, session, limits, (calls) => this.runActions(calls, session, context), prepared) };
      }
      default:
        throw new Error(`unexpected ${planned.kind} plan over HTTP`);
    }
  }

  /** Which added source answers which root field, for the role; undefined when `default` answers everything. */
  private routing(request: GraphQLRequest, session: Session, added: readonly AddedSource[]): Routing | undefined {
    let document;
    try {
      document = parse(request.query as string);
    } catch {
      return undefined; // default reports the syntax error
    }
    const rootOf = (cache: SchemaCache, operation: string): GraphQLObjectType | null | undefined => {
      const schema = cache.schemaFor(session.role);
      return operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    };
    const sources: RoutingSource[] = added.map((source) => ({
      name: source.name,
      customization: source.customization,
      hasRootField: (operation, field) => rootOf(source.cache, operation)?.getFields()[field] !== undefined,
      hasType: (name) => source.cache.schemaFor(session.role).getType(name) !== undefined,
    }));
    return routeBySource(document, request.operationName, (operation, field) => rootOf(this.cache, operation)?.getFields()[field] !== undefined, sources);
  }

  /**
   * Each source's part planned and run by its own schema cache on its own pool; a query's parts
   * run side by side. A mutation runs in one source's transaction, so one reaching two sources is
   * refused. `__typename`s come back in the source's customized type names.
   */
  private async runRouted(routing: Routing, request: GraphQLRequest, session: Session, backendOnly: boolean, added: readonly AddedSource[]): Promise<Record<string, unknown>> {
    if (routing.operation !== 'query' && routing.parts.length > 1) {
      throw new SourceRoutingError(`a ${routing.operation} cannot reach several sources in one request`);
    }
    const answers = await Promise.all(
      routing.parts.map(async (part) => {
        const source = part.owner === 'default' ? { cache: this.cache, pool: this.pool, customization: undefined } : added.find((s) => s.name === part.owner)!;
        const planned = source.cache.plan(session.role, { ...request, query: print(part.document) }, { backendOnly });
        if (planned.kind === 'error') throw new SourceRoutingError(planned.errors[0]?.message ?? 'invalid request', planned.errors);
        let data: Record<string, unknown>;
        if (planned.kind === 'mutation') data = await runMutation(source.pool, planned.plan, planned.variables, session, planned.limits);
        else if (planned.kind === 'query') {
          const prepared = this.config.preparedStatements && usesPreparedStatements(source.cache.current.metadata);
          data = await runQuery(source.pool, planned.schema, planned.plan, planned.variables, session, planned.limits, () => Promise.resolve({}), prepared);
        } else throw new Error(`unexpected ${planned.kind} plan over HTTP`);
        const customization = source.customization;
        if (customization?.type_names) {
          const operation = part.document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
          const fragments = new Map(
            part.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f] as const),
          );
          customizeTypenames(data, operation.selectionSet, fragments, (name) => customizedTypeName(name, customization));
        }
        return data;
      }),
    );
    const byOwner = new Map(routing.parts.map((part, i) => [part.owner, answers[i] as Record<string, unknown>]));
    const data: Record<string, unknown> = {};
    for (const { key, owner, namespace } of routing.keys) {
      const answer = byOwner.get(owner) ?? {};
      if (!namespace) {
        data[key] = answer[key];
        continue;
      }
      const customization = added.find((s) => s.name === owner)?.customization ?? {};
      const typename = namespaceTypeName(customization.root_fields?.namespace ?? key, routing.operation, customization);
      data[key] = Object.fromEntries(namespace.keys.map((k) => [k, namespace.typenameKeys.includes(k) ? typename : answer[k]]));
    }
    return data;
  }

  private actionContext(request: GraphQLRequest, session: Session, headers: RequestHeaders): ActionCallContext {
    return { sessionVariables: session.variables, clientHeaders: plainHeaders(headers), query: request.query };
  }

  private async runActions(calls: readonly ActionCall[], session: Session, context: ActionCallContext): Promise<Record<string, unknown>> {
    if (!this.actions) throw new Error('actions are not enabled in this service');
    const runner = this.actions.runner;
    const outputs = await Promise.all(calls.map((call) => runner.runSync(call, session, context)));
    return Object.fromEntries(calls.map((call, i) => [call.key, outputs[i]]));
  }

  /**
   * The database root fields in one transaction (with async actions' log entries), sync actions
   * through their handlers outside it, answered in the order asked for.
   */
  private async runMutationWithActions(
    plan: MutationPlan,
    planVariables: Record<string, unknown>,
    session: Session,
    limits: ApiLimits,
    request: GraphQLRequest,
    headers: RequestHeaders,
  ): Promise<Record<string, unknown>> {
    const variables = { ...planVariables, [REQUEST_HEADERS_VARIABLE]: plainHeaders(headers) };
    const dbSteps = plan.steps.filter((step) => !step.action);
    const syncActions = plan.steps.flatMap((step) => (step.action ? [step.action] : []));
    const dbData = dbSteps.length > 0 ? await runMutation(this.pool, { ...plan, steps: dbSteps }, variables, session, limits) : {};
    if (dbSteps.some((step) => step.logsAsyncAction)) this.actions?.asyncActionCreated();
    if (syncActions.length === 0) return dbData;
    const context = this.actionContext(request, session, headers);
    const acted: Record<string, unknown> = {};
    for (const call of syncActions) Object.assign(acted, await this.runActions([call], session, context));
    return Object.fromEntries(plan.steps.map((step) => [step.key, step.action ? acted[step.key] : dbData[step.key]]));
  }

  /** Hasura shows SQL and Postgres details only to the admin role (not to admin posing as a role). */
  private showsInternals(session: Session): boolean {
    return showsInternalErrors(session, this.config.adminInternalErrors);
  }

  private toGraphQLError(error: unknown, session: Session): HasuraGraphQLError {
    if (error instanceof ApiLimitError) return error.error;
    if (error instanceof SourceRoutingError) return error.graphqlError;
    // One mapping for HTTP and WebSocket (./client-errors.ts): internal text only for admin.
    return clientError(error, { internal: this.showsInternals(session) });
  }
}

/** A routed request refused as a whole (a planning error of one source's part, or a mutation reaching two sources). */
class SourceRoutingError extends Error {
  readonly graphqlError: HasuraGraphQLError;
  constructor(message: string, errors?: readonly HasuraGraphQLError[]) {
    super(message);
    this.graphqlError = errors?.[0] ?? graphqlError(message, '$', 'validation-failed');
  }
}

export async function createHasuraGraphQLService(opts: GraphQLServiceOptions): Promise<HasuraGraphQLService> {
  const service = new HasuraGraphQLService(opts.pool, opts.config, opts.schemaCache, opts.actions, opts.addedSources);
  if (!opts.schemaCache) await service.reload(opts.metadata);
  return service;
}
