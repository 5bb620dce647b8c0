import { CloseCode } from './close-codes.js';
import { Connection, type ConnectionOptions } from './connection.js';
import type { Dialect } from './dialect.js';
import { encode, formatError, INIT_TIMEOUT_REASON, type ErrorFormat } from './server-messages.js';

/**
 * `graphql-transport-ws` (enisdenjo/graphql-ws PROTOCOL.md), what Apollo Client's
 * GraphQLWsLink speaks. Every client mistake closes the socket with the spec's code.
 * Authentication failures close with 4403 (Hasura's `mkWSServerErrorCode ConnInitFailed`).
 */
export function graphqlTransportWsDialect(errorFormat: ErrorFormat): Dialect {
  return {
    name: 'graphql-transport-ws',
    initTimedOut: ({ close }) => close(CloseCode.ConnectionInitialisationTimeout, INIT_TIMEOUT_REASON),
    keepAliveFrame: encode.keepAlivePing,
    nextFrame: encode.next,
    errorFrames: (id, errors) => [encode.error(id, errorFormat === 'graphql' ? errors : errors.map((e) => formatError(e, errorFormat)))],
    malformed: (message, { close }) => close(CloseCode.BadRequest, `Invalid message received: ${message}`),
    initFailed: (message, { close }) => close(CloseCode.Forbidden, `Forbidden: ${message}`),
    tooManyInits: ({ close }) => close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests'),
    notReady: (_id, _initError, { close }) => close(CloseCode.Unauthorized, 'Unauthorized'),
    duplicateId: (id, { close }) => close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`),
    // Not 4401 (fatal for graphql-ws clients): 4403 makes them reconnect with fresh connectionParams.
    credentialsExpired: ({ close }) => close(CloseCode.Forbidden, 'Forbidden: JWTExpired'),
  };
}

export function graphqlTransportWsConnection(options: ConnectionOptions, errorFormat: ErrorFormat = 'graphql'): Connection {
  return new Connection(graphqlTransportWsDialect(errorFormat), options);
}
