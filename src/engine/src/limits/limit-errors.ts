import { graphqlError, type HasuraGraphQLError } from '../graphql/types.js';

/**
 * The errors a request over an API limit gets. Hasura EE does not publish its wording, so
 * each message starts with a fixed phrase a client can branch on ("depth limit exceeded",
 * ...), and the code says whether the request was refused before it ran
 * (`validation-failed`, as Hasura refuses an invalid operation) or stopped while running
 * (`time-limit-exceeded`, after Hasura Cloud's `tenant-time-limit-exceeded`;
 * `response-size-limit-exceeded`).
 */
export class ApiLimitError extends Error {
  constructor(readonly error: HasuraGraphQLError) {
    super(error.message);
    this.name = 'ApiLimitError';
  }
}

export function depthLimitError(depth: number, limit: number, introspection = false): HasuraGraphQLError {
  const what = introspection ? "the introspection query's depth" : "the operation's depth";
  return graphqlError(`depth limit exceeded: ${what} is ${count(depth)}, the limit is ${limit}`, '$', 'validation-failed');
}

export function nodeLimitError(nodes: number, limit: number): HasuraGraphQLError {
  return graphqlError(`node limit exceeded: the operation has ${count(nodes)} nodes, the limit is ${limit}`, '$', 'validation-failed');
}

export function batchLimitError(operations: number, limit: number): HasuraGraphQLError {
  return graphqlError(`batch limit exceeded: the request has ${operations} operations, the limit is ${limit}`, '$', 'validation-failed');
}

export function timeLimitError(limitMs: number): HasuraGraphQLError {
  return graphqlError(`time limit exceeded: the operation ran longer than ${limitMs / 1000} seconds`, '$', 'time-limit-exceeded');
}

export function responseSizeError(limitBytes: number): HasuraGraphQLError {
  return graphqlError(`response size limit exceeded: the response is larger than ${limitBytes} bytes`, '$', 'response-size-limit-exceeded');
}

/** Postgres cancelled the statement because `statement_timeout` ran out (not an operator's cancel). */
export function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '57014' && typeof e.message === 'string' && e.message.includes('statement timeout');
}

/** Counts from expanded fragments can be astronomically large. */
function count(n: number): string {
  return Number.isFinite(n) && n < 1e15 ? String(n) : 'more than 1e15';
}
