import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AuthSettings } from '../auth/authenticate.js';
import type { MetadataExecutor, Endpoint } from '../metadata/api/executor.js';
import { adminRefusal, handleApi } from './api-endpoint.js';
import { serverConfig, type ReportedConfig } from './server-config.js';
import { handleRest } from './rest-endpoint.js';
import type { RestServices } from '../rest/index.js';
import type { PgDumpResponse } from '../pgdump/index.js';
import type { EngineApi } from '../config.js';
import { BodyTooLargeError, readBody } from '@3factor/http-body';
import { parseJson } from './body.js';
import { CONSOLE_HTML } from './console-page.js';
import { applyCors } from './cors.js';
import { handleGraphQL } from './graphql-endpoint.js';
import { graphqlError, type GraphQLExecutor } from './graphql-types.js';
import { metricsResponse, type MetricsRegistry } from './metrics.js';
import type { ApiLimitsConfig } from '../limits/limits-config.js';
import { runInLogScope, silentLogger, type Logger } from '../platform/logger.js';

export interface HttpDependencies {
  auth: AuthSettings;
  graphql: GraphQLExecutor;
  metadata: Pick<MetadataExecutor, 'run'>;
  metrics: MetricsRegistry;
  maxRequestBytes: number;
  corsDomain: string;
  /** Show `extensions.internal` (SQL, Postgres errors) to the admin role. */
  adminInternalErrors: boolean;
  /** API limits (the batch limit is checked here; the others in the GraphQL service). */
  apiLimits?: ApiLimitsConfig;
  version: string;
  /** Each request logs through a child carrying its `request_id` (the `x-request-id` it answers with). */
  logger?: Logger;
  /** For `/healthz`: whether the database answers and whether metadata objects were left out; without it `/healthz` always answers OK. */
  health?: () => Promise<{ reachable: boolean; inconsistent: boolean }>;
  /** HASURA_GRAPHQL_ENABLED_APIS: the API groups served; the paths of the others do not exist (all when absent). */
  enabledApis?: ReadonlySet<EngineApi>;
  /** `POST /v1alpha1/pg_dump` (admin only); without it the path does not exist. */
  pgDump?: (body: unknown) => Promise<PgDumpResponse>;
  /** What `GET /v1alpha1/config` reports; without it the path does not exist. */
  serverConfig?: ReportedConfig;
  /** RESTified endpoints under `/api/rest/`; without them the path does not exist. */
  rest?: RestServices;
  /** `POST /v1/graphql/explain` (admin only); without it the path does not exist. */
  explain?: (body: unknown) => Promise<{ status: number; body: unknown }>;
}

const API_ENDPOINTS: Record<string, Endpoint> = { '/v1/metadata': 'metadata', '/v1/query': 'query', '/v2/query': 'queryV2' };
const GRAPHQL_PATHS = new Set(['/v1/graphql', '/v1alpha1/graphql']);
const EXPLAIN_PATHS = new Set(['/v1/graphql/explain', '/v1alpha1/graphql/explain']);
const REST_PREFIX = '/api/rest/';
const PG_DUMP_PATH = '/v1alpha1/pg_dump';

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, contentType: string, text: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/**
 * Hasura's health check: 500 `ERROR` when the database does not answer; with metadata objects
 * left out, 200 `WARN: inconsistent objects in schema`, or 500 `ERROR: ...` with `?strict=true`.
 */
function healthAnswer(health: { reachable: boolean; inconsistent: boolean }, strict: boolean): { status: number; text: string } {
  if (!health.reachable) return { status: 500, text: 'ERROR' };
  if (!health.inconsistent) return { status: 200, text: 'OK' };
  return strict ? { status: 500, text: 'ERROR: inconsistent objects in schema' } : { status: 200, text: 'WARN: inconsistent objects in schema' };
}

const notFound = { path: '$', error: 'resource does not exist', code: 'not-found' };

async function route(request: IncomingMessage, response: ServerResponse, deps: HttpDependencies, log: Logger): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]!.replace(/\/+$/, '') || '/';
  const method = request.method ?? 'GET';
  if (applyCors(request, response, deps.corsDomain)) return;

  if (method === 'GET' && (path === '/healthz' || path === '/hasura/healthz')) {
    const health = deps.health
      ? healthAnswer(await deps.health(), new URL(request.url ?? '/', 'http://engine').searchParams.get('strict') === 'true')
      : { status: 200, text: 'OK' };
    return sendText(response, health.status, 'text/plain; charset=utf-8', health.text);
  }
  if (method === 'GET' && path === '/v1/version') return send(response, 200, { version: deps.version });
  if (method === 'GET' && (path === '/metrics' || path === '/v1/metrics')) {
    const metrics = metricsResponse(request.headers, deps.auth, deps.metrics);
    return sendText(response, metrics.status, metrics.contentType, metrics.body);
  }
  const enabled = (api: EngineApi): boolean => deps.enabledApis === undefined || deps.enabledApis.has(api);
  if (method === 'GET' && path === '/v1alpha1/config' && deps.serverConfig && enabled('config')) {
    const refused = await adminRefusal(request.headers, deps.auth);
    return refused ? send(response, refused.status, refused.body) : send(response, 200, serverConfig(deps.serverConfig, deps.auth, deps.version));
  }
  if (method === 'GET' && (path === '/console' || path.startsWith('/console/'))) return sendText(response, 200, 'text/html; charset=utf-8', CONSOLE_HTML);
  if (method === 'GET' && path === '/') {
    response.writeHead(307, { location: '/console' }).end();
    return;
  }

  if (path.startsWith(REST_PREFIX) && deps.rest && enabled('graphql')) return serveRest(request, response, path.slice(REST_PREFIX.length), deps, deps.rest);

  const isGraphQL = GRAPHQL_PATHS.has(path) && enabled('graphql');
  const isExplain = EXPLAIN_PATHS.has(path) && deps.explain !== undefined && enabled('metadata');
  const isPgDump = path === PG_DUMP_PATH && deps.pgDump !== undefined && enabled('pgdump');
  const apiEndpoint = enabled('metadata') ? API_ENDPOINTS[path] : undefined;
  if ((!isGraphQL && !isExplain && !isPgDump && !apiEndpoint) || method !== 'POST') return send(response, 404, notFound);

  let body: Buffer;
  try {
    body = await readBody(request, deps.maxRequestBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const message = `${error.message} (HASURA_GRAPHQL_MAX_REQUEST_BYTES)`;
      return send(response, 413, isGraphQL ? graphqlError('request-too-large', message) : { path: '$', error: message, code: 'request-too-large' });
    }
    throw error;
  }
  const parsed = parseJson(body);
  if (isGraphQL) {
    const legacy = path === '/v1alpha1/graphql';
    if (!parsed.ok) return send(response, legacy ? 400 : 200, graphqlError('invalid-json', parsed.message));
    const outcome = await handleGraphQL(parsed.value, request.headers, { ...deps, logger: log });
    return send(response, legacy ? outcome.legacyStatus : 200, outcome.body);
  }
  if (!parsed.ok) return send(response, 400, { path: '$', error: parsed.message, code: 'invalid-json' });
  if (isPgDump || isExplain) {
    // Admin only; the explain API's role to plan for comes from the body's `user`, not from the headers.
    const refused = await adminRefusal(request.headers, deps.auth);
    if (refused) return send(response, refused.status, refused.body);
    if (isExplain) {
      const result = await deps.explain!(parsed.value);
      return send(response, result.status, result.body);
    }
    const dumped = await deps.pgDump!(parsed.value);
    return 'sql' in dumped ? sendText(response, dumped.status, 'application/sql; charset=utf-8', dumped.sql) : send(response, dumped.status, dumped.body);
  }
  // Only the metadata/query APIs log from deep inside (the executor's queue), so only they pay for a log scope.
  const result = await runInLogScope(log, () => handleApi(apiEndpoint!, parsed.value, request.headers, deps));
  return send(response, result.status, result.body);
}

/** A RESTified endpoint's request: its body read (any method may carry one), its query string decoded. */
async function serveRest(request: IncomingMessage, response: ServerResponse, path: string, deps: HttpDependencies, services: RestServices): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(request, deps.maxRequestBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return send(response, 413, { path: '$', error: `${error.message} (HASURA_GRAPHQL_MAX_REQUEST_BYTES)`, code: 'request-too-large' });
    throw error;
  }
  const search = (request.url ?? '').indexOf('?');
  const query = search < 0 ? [] : [...new URLSearchParams((request.url ?? '').slice(search + 1))];
  const restRequest = { method: request.method ?? 'GET', path, query, body: body.toString('utf8') };
  const result = await handleRest(restRequest, request.headers, deps.auth, services);
  return send(response, result.status, result.body);
}

/** The engine's HTTP server. Every failure becomes an error response; none escapes to crash the process. */
export function createHttpServer(deps: HttpDependencies): Server {
  const root = deps.logger ?? silentLogger();
  return createServer((request, response) => {
    const requestId = (request.headers['x-request-id'] as string | undefined) ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    const log = root.child({ type: 'http-log', request_id: requestId });
    route(request, response, deps, log).catch((error: unknown) => {
      log.error({ url: request.url, err: error }, 'request failed');
      if (response.headersSent) {
        response.destroy();
        return;
      }
      send(response, 500, { path: '$', error: 'an unexpected error occurred', code: 'unexpected' });
    });
  });
}
