import type { RequestHeaders } from '../../auth/headers.js';
import type { Session } from '../../auth/session.js';
import type { OperationPayload } from './client-messages.js';

/** A GraphQL error in Hasura's format (`{message, extensions: {path, code}}`). */
export interface GraphQLErrorJson {
  message: string;
  extensions?: { path?: string; code?: string; [key: string]: unknown };
}

/**
 * Where an operation's results go. The protocol turns each call into its own message
 * vocabulary (`next`/`data`, `error`, `complete`); calls after the operation ended are ignored.
 */
export interface OperationSink {
  /** One result: the JSON text of `{"data": ...}` (or `{"errors": [...]}` when a poll failed; not terminal). */
  next(payloadJson: string): void;
  /** The operation failed before producing results (validation, permissions); terminal. */
  error(errors: GraphQLErrorJson[]): void;
  /** The operation is finished (queries and mutations after their one result); terminal. */
  complete(): void;
}

export interface StartedOperation {
  /** Stops delivering results and frees resources; idempotent. */
  stop(): void;
}

/** Runs a query, mutation or subscription for a session. Never rejects: failures go to `sink.error`. */
export type StartOperation = (request: OperationPayload, session: Session, sink: OperationSink) => Promise<StartedOperation>;

export interface AuthResult {
  session: Session;
  /** When the credential stops being valid (JWT `exp`), in ms since the epoch. */
  expiresAt?: number;
}

/** The same authentication as HTTP; rejects with an error whose message is shown to the client. */
export type Authenticate = (headers: RequestHeaders) => Promise<AuthResult>;
