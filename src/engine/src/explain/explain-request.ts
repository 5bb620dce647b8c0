import { ADMIN_ROLE, type Session } from '../auth/session.js';

/** An error of the explain API, in Hasura's `{path, error, code}` form. */
export interface ExplainError {
  status: number;
  body: { path: string; error: string; code: string };
}

/** The request to explain, every key present (what both the GraphQL core and the realtime part take). */
export interface ExplainedRequest {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

export type ParsedExplain = { ok: true; request: ExplainedRequest; session: Session } | { ok: false; error: ExplainError };

/** A GraphQL error (the core's or the realtime part's) as the explain API answers it. */
export function explainError(error: { message: string; extensions?: { path?: string; code?: string } }): ExplainError {
  return { status: 400, body: { path: error.extensions?.path ?? '$', error: error.message, code: error.extensions?.code ?? 'unexpected' } };
}

const parseFailed = (path: string, error: string): ParsedExplain => ({ ok: false, error: { status: 400, body: { path, error, code: 'parse-failed' } } });

function jsonKind(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return 'Object';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'Number';
  return 'Boolean';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body of `POST /v1/graphql/explain` (Hasura's `GQLExplain`): `query` is a GraphQL request
 * (`query`, `variables`, `operationName`), `user` the session to plan for, its role in
 * `x-hasura-role` (admin without one). Session variable names are case-insensitive, as in
 * request headers. The caller has already checked that the request came from an admin.
 */
export function parseExplainRequest(body: unknown): ParsedExplain {
  if (!isObject(body)) return parseFailed('$', `parsing Hasura.GraphQL.Explain.GQLExplain failed, expected Object, but encountered ${jsonKind(body)}`);
  const query = body['query'];
  if (query === undefined) return parseFailed('$', 'key "query" not found');
  if (!isObject(query)) return parseFailed('$.query', `parsing GQLReq failed, expected Object, but encountered ${jsonKind(query)}`);
  if (query['query'] === undefined) return parseFailed('$.query', 'key "query" not found');
  if (typeof query['query'] !== 'string') return parseFailed('$.query.query', `parsing Text failed, expected String, but encountered ${jsonKind(query['query'])}`);
  const variables = query['variables'];
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    return parseFailed('$.query.variables', `parsing HashMap failed, expected Object, but encountered ${jsonKind(variables)}`);
  }
  const operationName = query['operationName'];
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return parseFailed('$.query.operationName', `parsing Text failed, expected String, but encountered ${jsonKind(operationName)}`);
  }
  const user = body['user'];
  if (user !== undefined && user !== null && !isObject(user)) return parseFailed('$.user', `parsing HashMap failed, expected Object, but encountered ${jsonKind(user)}`);
  const sessionVariables: Record<string, string> = {};
  for (const [name, value] of Object.entries(user ?? {})) {
    if (typeof value !== 'string') return parseFailed(`$.user.${name}`, `parsing Text failed, expected String, but encountered ${jsonKind(value)}`);
    sessionVariables[name.toLowerCase()] = value;
  }
  const role = sessionVariables['x-hasura-role'] ?? ADMIN_ROLE;
  return {
    ok: true,
    request: {
      query: query['query'],
      variables: (variables as Record<string, unknown> | null | undefined) ?? null,
      operationName: (operationName as string | null | undefined) ?? null,
    },
    session: { role, variables: { ...sessionVariables, 'x-hasura-role': role }, isAdmin: true },
  };
}
