import type { GraphQLErrorJson } from './operation.js';

/** What a dialect may do to the connection. */
export interface ConnectionActions {
  send(frame: string): void;
  close(code: number, reason: string): void;
}

/**
 * What differs between the two subprotocols: message names, and what happens on each
 * kind of client mistake (the graphql-transport-ws spec closes the socket with a 44xx code;
 * Hasura's legacy Apollo protocol mostly answers with an `error` or `connection_error` frame).
 */
export interface Dialect {
  readonly name: 'graphql-transport-ws' | 'graphql-ws';
  /**
   * No `connection_init` arrived within HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT. Both
   * protocols close with 4408 (Hasura times out graphql-transport-ws only, which left idle
   * legacy sockets open for ever).
   */
  initTimedOut(actions: ConnectionActions): void;
  keepAliveFrame(): string;
  nextFrame(id: string, payloadJson: string): string;
  /** Frames that end an operation with request errors. */
  errorFrames(id: string, errors: GraphQLErrorJson[], actions: ConnectionActions): string[];
  malformed(message: string, actions: ConnectionActions): void;
  initFailed(message: string, actions: ConnectionActions): void;
  tooManyInits(actions: ConnectionActions): void;
  /** `subscribe`/`start` before `connection_ack`; `initError` is set when `connection_init` failed. */
  notReady(id: string, initError: string | null, actions: ConnectionActions): void;
  duplicateId(id: string, actions: ConnectionActions): void;
  credentialsExpired(actions: ConnectionActions): void;
}
