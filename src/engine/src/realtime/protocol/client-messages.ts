/**
 * Parsing of client frames for both subprotocols. Like Hasura (Transport/WebSocket/Protocol.hs
 * `ClientMsg`), one parser accepts both vocabularies: `start`/`stop` are the legacy names of
 * `subscribe`/`complete`. Anything that is not a well-formed message is a parse error whose
 * text ends up in the close reason.
 */
export interface OperationPayload {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

export type ClientMessage =
  | { type: 'connection_init'; headers: Record<string, string> }
  | { type: 'ping'; payload: unknown }
  | { type: 'pong' }
  | { type: 'subscribe'; id: string; payload: OperationPayload }
  | { type: 'complete'; id: string }
  | { type: 'connection_terminate' };

export type ParseResult = { ok: ClientMessage } | { error: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseId(message: Record<string, unknown>): string | { error: string } {
  const id = message.id;
  if (typeof id !== 'string' || id === '') return { error: `"${String(message.type)}" message requires a non-empty string "id"` };
  return id;
}

/** Only `payload.headers` is read, as Hasura's `ConnParams` does; top-level keys are ignored. */
function parseInitHeaders(payload: unknown): { headers: Record<string, string> } | { error: string } {
  if (payload === undefined || payload === null) return { headers: {} };
  if (!isObject(payload)) return { error: '"connection_init" payload must be an object' };
  const headers = payload.headers;
  if (headers === undefined || headers === null) return { headers: {} };
  if (!isObject(headers)) return { error: '"connection_init" payload.headers must be an object' };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') return { error: `"connection_init" header "${name}" must be a string` };
    out[name.toLowerCase()] = value;
  }
  return { headers: out };
}

function parseOperation(payload: unknown): OperationPayload | { error: string } {
  if (!isObject(payload)) return { error: '"subscribe" message requires an object "payload"' };
  const { query, variables, operationName } = payload;
  if (typeof query !== 'string') return { error: '"subscribe" payload.query must be a string' };
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    return { error: '"subscribe" payload.variables must be an object or null' };
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return { error: '"subscribe" payload.operationName must be a string or null' };
  }
  return { query, variables: (variables as Record<string, unknown> | undefined) ?? null, operationName: operationName ?? null };
}

export function parseClientMessage(text: string): ParseResult {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { error: 'message is not valid JSON' };
  }
  if (!isObject(message)) return { error: 'message must be a JSON object' };
  switch (message.type) {
    case 'connection_init': {
      const parsed = parseInitHeaders(message.payload);
      return 'error' in parsed ? parsed : { ok: { type: 'connection_init', headers: parsed.headers } };
    }
    case 'ping':
      return { ok: { type: 'ping', payload: message.payload } };
    case 'pong':
      return { ok: { type: 'pong' } };
    case 'subscribe':
    case 'start': {
      const id = parseId(message);
      if (typeof id !== 'string') return id;
      const payload = parseOperation(message.payload);
      if ('error' in payload) return payload;
      return { ok: { type: 'subscribe', id, payload } };
    }
    case 'complete':
    case 'stop': {
      const id = parseId(message);
      if (typeof id !== 'string') return id;
      return { ok: { type: 'complete', id } };
    }
    case 'connection_terminate':
      return { ok: { type: 'connection_terminate' } };
    default:
      return { error: `unexpected message type ${JSON.stringify(message.type ?? null)}` };
  }
}
