import { GraphQLError } from 'graphql';
import { ActionError } from '../actions/webhook-protocol.js';
import { ADMIN_ROLE, type Session } from '../auth/session.js';
import { CompileError } from '../compile/errors.js';
import { CheckFailedError } from '../compile/mutation-step.js';
import { MissingSessionVariableError } from '../compile/params.js';
import { StatementError } from '../execute/run.js';
import { PermissionError } from '../permissions/permission-filter.js';
import { pgErrorToGraphQL } from './pg-errors.js';
import { graphqlError, type HasuraGraphQLError } from './types.js';
import { hasuraMessage } from '../execute/validation.js';

/**
 * The one mapping from an error raised while serving a request to what the client is told,
 * for HTTP (/v1/graphql) and WebSocket (queries, mutations, subscriptions) alike. A client
 * gets Hasura's message and code; internal text (connection errors with host and port,
 * Postgres messages, SQL) goes only to `extensions.internal`, and only when `internal` is
 * set: for the admin role with HASURA_GRAPHQL_ADMIN_INTERNAL_ERRORS on (`showsInternalErrors`),
 * never for a subscription poll (Hasura's pollers encode errors with `encodeGQLErr False`).
 */
export interface ErrorAudience {
  internal: boolean;
}

/** Hasura shows internal details to the admin role only (not to admin posing as a role). */
export function showsInternalErrors(session: Session, adminInternalErrors: boolean): boolean {
  return session.isAdmin && session.role === ADMIN_ROLE && adminInternalErrors;
}

/** Errors raised by the socket layer before the server answered (node's `connect ECONNREFUSED ...`). */
const SOCKET_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

/** What node-postgres says when a connection is lost or cannot be had. */
const DRIVER_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

/**
 * SQLSTATEs of a connection that failed or was cut: class 08 (connection exception), 28
 * (authentication), 3D000 (no such database), 57P01-57P03 (server shutting down, in
 * recovery), 53300 (too many connections).
 */
function isConnectionSqlState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('28') || code === '3D000' || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0 && !error.message) return errorText(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}

/** Whether an error means the database could not be reached (rather than that a statement failed). */
export function isConnectionError(error: unknown): boolean {
  const code = errorCode(error);
  if (SOCKET_ERROR_CODES.has(code) || isConnectionSqlState(code)) return true;
  const message = errorText(error);
  return DRIVER_CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * Hasura's `FromPGConnErr QErr` (Hasura.Base.Error): "connection error" with code
 * postgres-error, or "max connections reached on postgres"; the driver's text, which names
 * the host and port, is the `internal` value (Hasura's PGConnErr encodes as that string).
 */
function connectionError(error: unknown, audience: ErrorAudience): HasuraGraphQLError {
  const internal = audience.internal ? errorText(error) : undefined;
  if (errorCode(error) === '53300') return graphqlError('max connections reached on postgres', '$', 'postgres-max-connections-error', internal);
  return graphqlError('connection error', '$', 'postgres-error', internal);
}

/** A Postgres error that reached us without a statement (a subscription poll, a PREPARE). */
function isPostgresError(error: unknown): boolean {
  return /^[0-9A-Z]{5}$/.test(errorCode(error)) && typeof (error as { severity?: unknown }).severity === 'string';
}

export function clientError(error: unknown, audience: ErrorAudience): HasuraGraphQLError {
  if (error instanceof ActionError) {
    // A handler's own extensions replace Hasura's {path, code}, as its ExtraExtensions do.
    if (error.extensions) return { message: error.message, extensions: error.extensions as HasuraGraphQLError['extensions'] };
    return graphqlError(error.message, '$', error.code, audience.internal ? error.internal : undefined);
  }
  if (error instanceof CompileError) return graphqlError(error.message, error.path, error.code);
  if (error instanceof CheckFailedError) return graphqlError(error.message, error.path, 'permission-error');
  if (error instanceof MissingSessionVariableError) return graphqlError(error.message, '$', 'not-found');
  if (error instanceof PermissionError) return graphqlError(error.message, '$', 'permission-error');
  if (error instanceof StatementError) {
    if (isConnectionError(error.pgError)) return connectionError(error.pgError, audience);
    return pgErrorToGraphQL(error.pgError, { path: error.path, isAdmin: audience.internal, statement: error.statement });
  }
  if (error instanceof GraphQLError) return graphqlError(hasuraMessage(error.message), '$', 'validation-failed');
  if (isConnectionError(error)) return connectionError(error, audience);
  if (isPostgresError(error)) return pgErrorToGraphQL(error, { path: '$', isAdmin: audience.internal });
  return graphqlError('unexpected error while executing the request', '$', 'unexpected', audience.internal ? { message: errorText(error) } : undefined);
}
