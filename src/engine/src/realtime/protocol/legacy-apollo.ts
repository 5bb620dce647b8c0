import { CloseCode } from './close-codes.js';
import { Connection, type ConnectionOptions } from './connection.js';
import type { Dialect } from './dialect.js';
import { encode, formatError, INIT_TIMEOUT_REASON, startFailed, type ErrorFormat } from './server-messages.js';

/**
 * Hasura's legacy Apollo protocol: subprotocol `graphql-ws` of subscriptions-transport-ws
 * (`connection_init`/`connection_ack`/`ka`/`start`/`data`/`error`/`complete`/`stop`/
 * `connection_terminate`). Hasura picks it for any `Sec-WebSocket-Protocol` other than
 * `graphql-transport-ws`. Operation mistakes answer with `error` + `complete` as Hasura's
 * `sendStartErr` does; a frame that cannot be parsed gets a `connection_error` and then the
 * socket is closed with 4400.
 */
export function legacyApolloDialect(errorFormat: ErrorFormat): Dialect {
  const errorPayload = (errors: Parameters<Dialect['errorFrames']>[1]): unknown =>
    errorFormat === 'graphql' ? { errors } : formatError(errors[0] ?? { message: 'unexpected error' }, errorFormat);
  const startError = (id: string, message: string): string[] => [encode.error(id, errorPayload([startFailed(message)])), encode.complete(id)];
  return {
    name: 'graphql-ws',
    // Hasura's way of ending a legacy connection (sendCloseWithMsg with SMConnErr): a
    // connection_error frame, which subscriptions-transport-ws clients surface, then the close.
    initTimedOut: ({ send, close }) => {
      send(encode.connectionError(INIT_TIMEOUT_REASON));
      close(CloseCode.ConnectionInitialisationTimeout, INIT_TIMEOUT_REASON);
    },
    keepAliveFrame: encode.keepAliveLegacy,
    nextFrame: encode.data,
    errorFrames: (id, errors) => [encode.error(id, errorPayload(errors)), encode.complete(id)],
    malformed: (message, { send, close }) => {
      send(encode.connectionError(`parsing ClientMessage failed: ${message}`));
      close(CloseCode.BadRequest, `Parsing client message failed: ${message}`);
    },
    initFailed: (message, { send, close }) => {
      send(encode.connectionError(message));
      close(CloseCode.BadRequest, `Connection initialization failed: ${message}`);
    },
    tooManyInits: ({ close }) => close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests'),
    notReady: (id, initError, { send }) => {
      const message = initError === null ? 'start received before the connection is initialised' : `cannot start as connection_init failed with: ${initError}`;
      for (const frame of startError(id, message)) send(frame);
    },
    duplicateId: (id, { send }) => {
      send(encode.error(id, errorPayload([startFailed(`an operation already exists with this id: ${id}`)])));
    },
    credentialsExpired: ({ send, close }) => {
      send(encode.connectionError('Could not verify JWT: JWTExpired'));
      close(CloseCode.Forbidden, 'Forbidden: JWTExpired');
    },
  };
}

export function legacyApolloConnection(options: ConnectionOptions, errorFormat: ErrorFormat = 'graphql'): Connection {
  return new Connection(legacyApolloDialect(errorFormat), options);
}
