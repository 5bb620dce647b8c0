/**
 * Close codes. 4xxx are the GraphQL over WebSocket protocol's (enisdenjo/graphql-ws
 * PROTOCOL.md), which Hasura uses for both subprotocols (Transport/WebSocket/Protocol.hs
 * `ServerErrorCode`); 1012 is what Hasura sends when it drops every connection on shutdown.
 */
export const CloseCode = {
  Normal: 1000,
  ProtocolError: 1002,
  ServiceRestart: 1012,
  BadRequest: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  ConnectionInitialisationTimeout: 4408,
  SubscriberAlreadyExists: 4409,
  TooManyInitialisationRequests: 4429,
  InternalServerError: 4500,
  /** RFC 6455 "try again later": the client did not read fast enough and its send buffer overflowed. */
  TryAgainLater: 1013,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
