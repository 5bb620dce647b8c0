import { describe, expect, it } from 'vitest';
import { createConnection, chooseSubprotocol, type AuthResult, type OperationSink, type StartOperation } from '../../src/realtime/protocol/index.js';
import { parseClientMessage } from '../../src/realtime/protocol/client-messages.js';
import { closeReason } from '../../src/realtime/protocol/server-messages.js';
import type { Session } from '../../src/auth/session.js';
import { FakeSocket, FakeTimers, flush } from './fake-socket.js';

const session: Session = { role: 'user', variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': '1' }, isAdmin: false };

interface Harness {
  socket: FakeSocket;
  timers: FakeTimers;
  conn: ReturnType<typeof createConnection>;
  sinks: Map<string, OperationSink>;
  stopped: string[];
  seenHeaders: Array<Record<string, unknown>>;
  send(message: unknown): void;
}

function harness(
  protocol: 'graphql-transport-ws' | 'graphql-ws',
  opts: { auth?: (h: Record<string, unknown>) => Promise<AuthResult>; errorFormat?: 'graphql' | 'legacy' } = {},
): Harness {
  const socket = new FakeSocket();
  const timers = new FakeTimers();
  const sinks = new Map<string, OperationSink>();
  const stopped: string[] = [];
  const seenHeaders: Array<Record<string, unknown>> = [];
  const startOperation: StartOperation = async (payload, _session, sink) => {
    const id = payload.operationName ?? payload.query;
    sinks.set(id, sink);
    return { stop: () => stopped.push(id) };
  };
  const conn = createConnection(
    protocol,
    {
      socket,
      timers,
      upgradeHeaders: { 'x-from-upgrade': 'u', 'x-hasura-role': 'upgrade-role' },
      authenticate: async (headers) => {
        seenHeaders.push({ ...headers });
        return opts.auth ? opts.auth(headers as Record<string, unknown>) : { session };
      },
      startOperation,
      keepAliveMs: 5000,
      initTimeoutMs: 3000,
    },
    opts.errorFormat ?? 'graphql',
  );
  return { socket, timers, conn, sinks, stopped, seenHeaders, send: (m) => conn.onMessage(typeof m === 'string' ? m : JSON.stringify(m)) };
}

describe('subprotocol choice (Hasura toWSSubProtocol)', () => {
  it('picks graphql-transport-ws only when offered; anything else is the legacy protocol', () => {
    expect(chooseSubprotocol(new Set(['graphql-transport-ws']))).toBe('graphql-transport-ws');
    expect(chooseSubprotocol(new Set(['graphql-ws']))).toBe('graphql-ws');
    expect(chooseSubprotocol(new Set())).toBe('graphql-ws');
    expect(chooseSubprotocol(new Set(['something-else']))).toBe('graphql-ws');
  });
});

describe('client message parsing', () => {
  it('accepts both vocabularies', () => {
    expect(parseClientMessage('{"type":"start","id":"1","payload":{"query":"{a}"}}')).toEqual({
      ok: { type: 'subscribe', id: '1', payload: { query: '{a}', variables: null, operationName: null } },
    });
    expect(parseClientMessage('{"type":"stop","id":"1"}')).toEqual({ ok: { type: 'complete', id: '1' } });
  });
  it('reads only payload.headers of connection_init, lower-casing names', () => {
    expect(parseClientMessage('{"type":"connection_init","payload":{"Authorization":"x","headers":{"X-Hasura-Admin-Secret":"s"}}}')).toEqual({
      ok: { type: 'connection_init', headers: { 'x-hasura-admin-secret': 's' } },
    });
    expect(parseClientMessage('{"type":"connection_init","payload":{"headers":{"error":"not special"}}}')).toEqual({
      ok: { type: 'connection_init', headers: { error: 'not special' } },
    });
  });
  it.each([
    ['not json', 'message is not valid JSON'],
    ['[1,2]', 'message must be a JSON object'],
    ['{"type":"subscribe","payload":{"query":"{a}"}}', '"subscribe" message requires a non-empty string "id"'],
    ['{"type":"subscribe","id":"1","payload":{"query":5}}', '"subscribe" payload.query must be a string'],
    ['{"type":"subscribe","id":"1","payload":{"query":"{a}","variables":[1]}}', '"subscribe" payload.variables must be an object or null'],
    ['{"type":"connection_init","payload":{"headers":{"a":1}}}', '"connection_init" header "a" must be a string'],
    ['{"type":"nope"}', 'unexpected message type "nope"'],
  ])('rejects %s', (text, error) => {
    expect(parseClientMessage(text)).toEqual({ error });
  });
});

describe('graphql-transport-ws', () => {
  it('acks an init, merges upgrade headers under payload headers, and pings to keep alive', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init', payload: { headers: { 'X-Hasura-Role': 'payload-role' } } });
    await flush();
    expect(h.seenHeaders[0]).toMatchObject({ 'x-from-upgrade': 'u', 'x-hasura-role': 'payload-role' });
    expect(h.socket.types()).toEqual(['connection_ack', 'ping']);
    h.timers.advance(5000);
    expect(h.socket.frames.at(-1)).toEqual({ type: 'ping', payload: { message: 'keepalive' } });
  });

  it('closes with 4408 when no connection_init arrives in time', () => {
    const h = harness('graphql-transport-ws');
    h.timers.advance(3000);
    expect(h.socket.closed).toEqual({ code: 4408, reason: 'Connection initialisation timed out' });
  });

  it('closes with 4429 on a second connection_init', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'connection_init' });
    expect(h.socket.closed?.code).toBe(4429);
  });

  it('closes with 4403 when authentication fails', async () => {
    const h = harness('graphql-transport-ws', { auth: async () => Promise.reject(new Error('Could not verify JWT: JWTExpired')) });
    h.send({ type: 'connection_init', payload: { headers: { Authorization: 'Bearer x' } } });
    await flush();
    expect(h.socket.closed).toEqual({ code: 4403, reason: 'Forbidden: Could not verify JWT: JWTExpired' });
  });

  it('closes with 4401 on subscribe before connection_ack', () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { a }' } });
    expect(h.socket.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes with 4400 on a malformed frame and never throws', () => {
    const h = harness('graphql-transport-ws');
    expect(() => h.send('{"type":')).not.toThrow();
    expect(h.socket.closed).toEqual({ code: 4400, reason: 'Invalid message received: message is not valid JSON' });
  });

  it('closes with 4409 on a duplicate operation id', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'subscribe', id: '1', payload: { query: 'a' } });
    h.send({ type: 'subscribe', id: '1', payload: { query: 'b' } });
    expect(h.socket.closed).toEqual({ code: 4409, reason: 'Subscriber for 1 already exists' });
    await flush();
    expect(h.stopped).toEqual(['a']);
  });

  it('routes results, answers pings, and stops an operation on complete', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'ping', payload: { n: 1 } });
    h.send({ type: 'subscribe', id: 'op', payload: { query: 'q' } });
    await flush();
    h.sinks.get('q')!.next('{"data":{"a":1}}');
    h.send({ type: 'complete', id: 'op' });
    h.sinks.get('q')!.next('{"data":{"a":2}}');
    expect(h.socket.frames.slice(2)).toEqual([
      { type: 'pong', payload: { n: 1 } },
      { type: 'next', id: 'op', payload: { data: { a: 1 } } },
    ]);
    expect(h.stopped).toEqual(['q']);
  });

  it('sends errors as a list and allows the id to be reused afterwards', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'subscribe', id: '1', payload: { query: 'a' } });
    await flush();
    h.sinks.get('a')!.error([{ message: 'bad', extensions: { path: '$', code: 'validation-failed' } }]);
    h.send({ type: 'subscribe', id: '1', payload: { query: 'b' } });
    await flush();
    h.sinks.get('a')!.next('{"data":1}');
    h.sinks.get('b')!.next('{"data":2}');
    expect(h.socket.frames.slice(2)).toEqual([
      { type: 'error', id: '1', payload: [{ message: 'bad', extensions: { path: '$', code: 'validation-failed' } }] },
      { type: 'next', id: '1', payload: { data: 2 } },
    ]);
    expect(h.socket.closed).toBeNull();
  });

  it('stops an operation that the client completed before it had started', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'subscribe', id: '1', payload: { query: 'a' } });
    h.send({ type: 'complete', id: '1' });
    await flush();
    expect(h.stopped).toEqual(['a']);
  });

  it('closes with 4403 when the JWT expires, and stops every operation', async () => {
    const h = harness('graphql-transport-ws', { auth: async () => ({ session, expiresAt: 60_000 }) });
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'subscribe', id: '1', payload: { query: 'a' } });
    await flush();
    h.timers.advance(59_999);
    expect(h.socket.closed).toBeNull();
    h.timers.advance(1);
    expect(h.socket.closed).toEqual({ code: 4403, reason: 'Forbidden: JWTExpired' });
    expect(h.stopped).toEqual(['a']);
    expect(h.timers.size).toBe(0);
  });

  it('stops operations and timers when the transport closes', async () => {
    const h = harness('graphql-transport-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'subscribe', id: '1', payload: { query: 'a' } });
    await flush();
    h.conn.onClose();
    expect(h.stopped).toEqual(['a']);
    expect(h.timers.size).toBe(0);
  });
});

describe('legacy Apollo protocol (graphql-ws)', () => {
  it('queues a start sent before the ack arrives, then runs it', async () => {
    let release!: (r: AuthResult) => void;
    const h = harness('graphql-ws', { auth: () => new Promise((r) => (release = r)) });
    h.send({ type: 'connection_init', payload: { headers: {} } });
    h.send({ type: 'start', id: '1', payload: { query: 'a' } });
    expect(h.sinks.size).toBe(0);
    release({ session });
    await flush();
    h.sinks.get('a')!.next('{"data":{"x":1}}');
    h.sinks.get('a')!.complete();
    expect(h.socket.frames).toEqual([{ type: 'connection_ack' }, { type: 'ka' }, { type: 'data', id: '1', payload: { data: { x: 1 } } }, { type: 'complete', id: '1' }]);
  });

  it('has the same init timeout: connection_error, then close with 4408', () => {
    const h = harness('graphql-ws');
    h.timers.advance(2999);
    expect(h.socket.closed).toBeNull();
    h.timers.advance(1);
    expect(h.socket.frames).toEqual([{ type: 'connection_error', payload: 'Connection initialisation timed out' }]);
    expect(h.socket.closed).toEqual({ code: 4408, reason: 'Connection initialisation timed out' });
    expect(h.timers.size).toBe(0);
  });

  it('keeps a connection whose connection_init arrived in time', async () => {
    const h = harness('graphql-ws');
    h.timers.advance(2000);
    h.send({ type: 'connection_init', payload: { headers: {} } });
    await flush();
    h.timers.advance(60_000);
    expect(h.socket.closed).toBeNull();
    expect(h.socket.types()).toContain('connection_ack');
  });

  it('answers a failed init with connection_error and closes with 4400', async () => {
    const h = harness('graphql-ws', { auth: async () => Promise.reject(new Error('invalid x-hasura-admin-secret/x-hasura-access-key')) });
    h.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'wrong' } } });
    await flush();
    expect(h.socket.frames).toEqual([{ type: 'connection_error', payload: 'invalid x-hasura-admin-secret/x-hasura-access-key' }]);
    expect(h.socket.closed?.code).toBe(4400);
  });

  it('answers start before init with a start-failed error and complete', () => {
    const h = harness('graphql-ws');
    h.send({ type: 'start', id: '7', payload: { query: 'a' } });
    expect(h.socket.frames).toEqual([
      {
        type: 'error',
        id: '7',
        payload: { errors: [{ message: 'start received before the connection is initialised', extensions: { path: '$', code: 'start-failed' } }] },
      },
      { type: 'complete', id: '7' },
    ]);
    expect(h.socket.closed).toBeNull();
  });

  it('sends a connection_error and closes with 4400 on an unparsable frame', () => {
    const h = harness('graphql-ws');
    h.send('garbage');
    expect(h.socket.frames).toEqual([{ type: 'connection_error', payload: 'parsing ClientMessage failed: message is not valid JSON' }]);
    expect(h.socket.closed?.code).toBe(4400);
  });

  it('uses the legacy error shape on /v1alpha1/graphql', async () => {
    const h = harness('graphql-ws', { errorFormat: 'legacy' });
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'start', id: '1', payload: { query: 'a' } });
    await flush();
    h.sinks.get('a')!.error([{ message: 'field "x" not found', extensions: { path: '$.selectionSet.x', code: 'validation-failed' } }]);
    expect(h.socket.frames.slice(2)).toEqual([
      { type: 'error', id: '1', payload: { error: 'field "x" not found', path: '$.selectionSet.x', code: 'validation-failed' } },
      { type: 'complete', id: '1' },
    ]);
  });

  it('closes normally on connection_terminate', async () => {
    const h = harness('graphql-ws');
    h.send({ type: 'connection_init' });
    await flush();
    h.send({ type: 'connection_terminate' });
    expect(h.socket.closed?.code).toBe(1000);
  });
});

describe('close reasons', () => {
  it('are cut to 123 bytes without splitting a character', () => {
    const reason = closeReason('é'.repeat(200));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason).not.toContain('\uFFFD');
  });
});
