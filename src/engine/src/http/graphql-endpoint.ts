import { AuthError } from '../auth/auth-error.js';
import { authenticate, type AuthSettings } from '../auth/authenticate.js';
import type { RequestHeaders } from '../auth/headers.js';
import type { Session } from '../auth/session.js';
import type { Logger } from '../platform/logger.js';
import { limitsForRole, type ApiLimitsConfig } from '../limits/limits-config.js';
import { batchLimitError } from '../limits/limit-errors.js';
import { graphqlError, type GraphQLExecutor, type GraphQLRequest, type GraphQLResponse } from './graphql-types.js';

/**
 * POST /v1/graphql: one request or a batch (JSON array), answered with HTTP 200 even for
 * errors, as Hasura does. A batch runs its requests one after another, so a mutation's
 * effect is visible to the query after it.
 */
function toRequest(value: unknown): GraphQLRequest | GraphQLResponse {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return graphqlError('parse-failed', 'Error in $: expected an object with a "query" key');
  }
  const { query, variables, operationName } = value as Record<string, unknown>;
  if (query === undefined || query === null) return graphqlError('parse-failed', 'Error in $: key "query" not found');
  if (typeof query !== 'string') return graphqlError('parse-failed', 'Error in $.query: expected String');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return graphqlError('parse-failed', 'Error in $.variables: expected Object');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return graphqlError('parse-failed', 'Error in $.operationName: expected String');
  }
  return { query, variables: (variables ?? null) as Record<string, unknown> | null, operationName: (operationName ?? null) as string | null };
}

const isResponse = (x: GraphQLRequest | GraphQLResponse): x is GraphQLResponse => 'errors' in x;

/** Internal error details (SQL, Postgres messages) are for the admin role only. */
function forRole(response: GraphQLResponse, session: Session, adminInternalErrors: boolean): GraphQLResponse {
  if ((adminInternalErrors && session.role === 'admin') || !response.errors?.some((e) => e.extensions && 'internal' in e.extensions)) {
    return response;
  }
  return {
    ...response,
    errors: response.errors.map((e) => {
      const { internal: _internal, ...extensions } = e.extensions;
      return { ...e, extensions };
    }),
  };
}

interface GraphQLDeps {
  auth: AuthSettings;
  graphql: GraphQLExecutor;
  /** HASURA_GRAPHQL_ADMIN_INTERNAL_ERRORS */
  adminInternalErrors: boolean;
  /** The role's batch limit comes from here (none without it). */
  apiLimits?: ApiLimitsConfig;
  /** The request's logger (with its request_id). */
  logger?: Logger;
}

async function executeSafely(request: GraphQLRequest, session: Session, deps: GraphQLDeps, headers: RequestHeaders): Promise<GraphQLResponse> {
  try {
    return forRole(await deps.graphql.execute(request, session, headers), session, deps.adminInternalErrors);
  } catch (error) {
    deps.logger?.error({ err: error }, 'graphql execution threw');
    return graphqlError('unexpected', 'an unexpected error occurred');
  }
}

export interface GraphQLOutcome {
  body: GraphQLResponse | GraphQLResponse[];
  /**
   * The status Hasura's legacy `/v1alpha1/graphql` answers a failed request with
   * (`/v1/graphql` always answers 200).
   */
  legacyStatus: number;
}

/** Status of a whole-request failure on /v1alpha1/graphql: the error's own (400 mostly, 500 unexpected). */
function legacyStatusOf(body: GraphQLResponse | GraphQLResponse[]): number {
  if (Array.isArray(body) || !body.errors?.length || body.data !== undefined) return 200;
  return body.errors[0]!.extensions.code === 'unexpected' ? 500 : 400;
}

export async function handleGraphQL(body: unknown, headers: RequestHeaders, deps: GraphQLDeps): Promise<GraphQLOutcome> {
  const result = await handle(body, headers, deps);
  return 'legacyStatus' in result ? result : { body: result, legacyStatus: legacyStatusOf(result) };
}

async function handle(body: unknown, headers: RequestHeaders, deps: GraphQLDeps): Promise<GraphQLOutcome | GraphQLResponse | GraphQLResponse[]> {
  let session: Session;
  try {
    session = await authenticate(headers, deps.auth);
  } catch (error) {
    if (error instanceof AuthError) return { body: graphqlError(error.code, error.message), legacyStatus: error.status };
    throw error;
  }
  if (Array.isArray(body)) {
    const batchLimit = deps.apiLimits ? limitsForRole(deps.apiLimits, session.role).batch : null;
    if (batchLimit !== null && body.length > batchLimit) return { errors: [batchLimitError(body.length, batchLimit)] };
    const requests = body.map(toRequest);
    const invalid = requests.find(isResponse);
    if (invalid) return invalid;
    const responses: GraphQLResponse[] = [];
    for (const request of requests as GraphQLRequest[]) responses.push(await executeSafely(request, session, deps, headers));
    return responses;
  }
  const request = toRequest(body);
  if (isResponse(request)) return request;
  return executeSafely(request, session, deps, headers);
}
