export { CloseCode } from './close-codes.js';
export { Connection, type ConnectionOptions } from './connection.js';
export { graphqlTransportWsConnection } from './graphql-transport-ws.js';
export { legacyApolloConnection } from './legacy-apollo.js';
export type { Authenticate, AuthResult, GraphQLErrorJson, OperationSink, StartedOperation, StartOperation } from './operation.js';
export type { OperationPayload } from './client-messages.js';
export type { ErrorFormat } from './server-messages.js';
export { realTimers, type ProtocolConnection, type ProtocolSocket, type Timers } from './socket.js';

import { graphqlTransportWsConnection } from './graphql-transport-ws.js';
import { legacyApolloConnection } from './legacy-apollo.js';
import type { ConnectionOptions } from './connection.js';
import type { ErrorFormat } from './server-messages.js';

export const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';
export const LEGACY_APOLLO = 'graphql-ws';

/**
 * Hasura's rule (`toWSSubProtocol`): `graphql-transport-ws` if the client offers it,
 * anything else (including nothing) is the legacy Apollo protocol.
 */
export function chooseSubprotocol(offered: ReadonlySet<string>): typeof GRAPHQL_TRANSPORT_WS | typeof LEGACY_APOLLO {
  return offered.has(GRAPHQL_TRANSPORT_WS) ? GRAPHQL_TRANSPORT_WS : LEGACY_APOLLO;
}

export function createConnection(subprotocol: typeof GRAPHQL_TRANSPORT_WS | typeof LEGACY_APOLLO, options: ConnectionOptions, errorFormat: ErrorFormat) {
  return subprotocol === GRAPHQL_TRANSPORT_WS ? graphqlTransportWsConnection(options, errorFormat) : legacyApolloConnection(options, errorFormat);
}
