import type { GraphQLErrorJson } from './operation.js';

/**
 * Encoders for server frames. Results arrive as JSON text straight from Postgres and are
 * spliced in without a parse/stringify round trip: with thousands of subscribers that is
 * most of the CPU a push costs.
 */
export type ErrorFormat = 'graphql' | 'legacy';

const id = (opId: string): string => JSON.stringify(opId);

export const encode = {
  connectionAck: (): string => '{"type":"connection_ack"}',
  keepAliveLegacy: (): string => '{"type":"ka"}',
  keepAlivePing: (): string => '{"type":"ping","payload":{"message":"keepalive"}}',
  pong: (payload: unknown): string => (payload === undefined ? '{"type":"pong"}' : `{"type":"pong","payload":${JSON.stringify(payload)}}`),
  connectionError: (message: string): string => `{"type":"connection_error","payload":${JSON.stringify(message)}}`,
  next: (opId: string, payloadJson: string): string => `{"type":"next","id":${id(opId)},"payload":${payloadJson}}`,
  data: (opId: string, payloadJson: string): string => `{"type":"data","id":${id(opId)},"payload":${payloadJson}}`,
  complete: (opId: string): string => `{"type":"complete","id":${id(opId)}}`,
  error: (opId: string, payload: unknown): string => `{"type":"error","id":${id(opId)},"payload":${JSON.stringify(payload)}}`,
};

/** `/v1alpha1/graphql` keeps Hasura's pre-GraphQL-spec error shape `{error, path, code}`. */
export function formatError(error: GraphQLErrorJson, format: ErrorFormat): unknown {
  if (format === 'graphql') return error;
  return { error: error.message, path: error.extensions?.path ?? '$', code: error.extensions?.code ?? 'unexpected' };
}

/** Hasura's close reason when no `connection_init` arrives in time (Transport/WebSocket/Server.hs). */
export const INIT_TIMEOUT_REASON = 'Connection initialisation timed out';

/** Close reasons are limited to 123 bytes by RFC 6455. */
export function closeReason(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= 123) return text;
  let cut = bytes.subarray(0, 120).toString('utf8');
  // A multi-byte character cut in half decodes to U+FFFD; drop it.
  cut = cut.replace(/\uFFFD+$/, '');
  return cut + '...';
}

export function startFailed(message: string): GraphQLErrorJson {
  return { message, extensions: { path: '$', code: 'start-failed' } };
}
