import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { attachRealtimeSockets, type RealtimeSocketServer } from '../../src/realtime/websocket-server.js';
import type { StartOperation } from '../../src/realtime/protocol/index.js';
import { RawClient } from './ws-client.js';

/**
 * The ws adapter over real sockets, with a stand-in for the operation router: protocol
 * selection, the send-buffer bound, malformed frames, the init timeout.
 */
let server: Server;
let sockets: RealtimeSocketServer;
let url: string;
let floodStopped: () => void = () => undefined;

const startOperation: StartOperation = async (request, session, sink) => {
  if (request.query === 'flood') {
    let running = true;
    const frame = JSON.stringify({ data: { blob: 'x'.repeat(32 * 1024) } });
    const loop = (): void => {
      if (!running) return;
      sink.next(frame);
      setImmediate(loop);
    };
    loop();
    return {
      stop: () => {
        running = false;
        floodStopped();
      },
    };
  }
  sink.next(JSON.stringify({ data: { echo: request.variables ?? null, role: session.role } }));
  sink.complete();
  return { stop: () => undefined };
};

beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(404).end());
  sockets = attachRealtimeSockets(server, {
    authenticate: async (headers) => {
      if (headers['x-hasura-admin-secret'] !== 'secret') throw new Error('invalid x-hasura-admin-secret/x-hasura-access-key');
      return { session: { role: 'admin', variables: { 'x-hasura-role': 'admin' }, isAdmin: true } };
    },
    startOperation,
    keepAliveMs: 60_000,
    initTimeoutMs: 300,
    maxBufferedBytes: 512 * 1024,
    maxPayloadBytes: 64 * 1024,
    heartbeatMs: 60_000,
    corsDomain: 'https://app.example.com, https://*.example.org',
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/graphql`;
});

afterAll(async () => {
  await sockets?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('WebSocket endpoint', () => {
  it('speaks graphql-transport-ws to the graphql-ws client', async () => {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { headers: { 'x-hasura-admin-secret': 'secret' } }, retryAttempts: 0 });
    const results: unknown[] = [];
    await new Promise<void>((resolve, reject) => client.subscribe({ query: 'echo', variables: { a: 1 } }, { next: (v) => results.push(v), error: reject, complete: resolve }));
    expect(results).toEqual([{ data: { echo: { a: 1 }, role: 'admin' } }]);
    await client.dispose();
  });

  it('speaks the legacy Apollo protocol when the client offers graphql-ws, and answers with that subprotocol', async () => {
    const client = new RawClient(url, 'graphql-ws');
    await client.opened;
    expect(client.ws.protocol).toBe('graphql-ws');
    client.send({ type: 'connection_init', payload: { headers: { 'X-Hasura-Admin-Secret': 'secret' } } });
    client.send({ type: 'start', id: '1', payload: { query: 'echo', variables: { b: 2 } } });
    expect(await client.next()).toEqual({ type: 'connection_ack' });
    expect(await client.next()).toEqual({ type: 'data', id: '1', payload: { data: { echo: { b: 2 }, role: 'admin' } } });
    expect(await client.next()).toEqual({ type: 'complete', id: '1' });
    client.close();
  });

  it('takes the admin secret from the upgrade request headers too', async () => {
    const client = new RawClient(url, 'graphql-transport-ws', { 'x-hasura-admin-secret': 'secret' });
    client.send({ type: 'connection_init' });
    expect(await client.next()).toEqual({ type: 'connection_ack' });
    client.close();
  });

  it('closes a client that does not read once its send buffer overflows, without stalling the others', async () => {
    const slow = new RawClient(url, 'graphql-transport-ws');
    slow.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'secret' } } });
    expect(await slow.next()).toEqual({ type: 'connection_ack' });
    // Stop reading: the kernel buffers fill, then the server-side send buffer grows.
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const stopped = new Promise<void>((resolve) => (floodStopped = resolve));
    slow.send({ type: 'subscribe', id: 'f', payload: { query: 'flood' } });
    await stopped;
    expect(sockets.stats.overflowClosed).toBe(1);

    const fast = new RawClient(url, 'graphql-transport-ws');
    fast.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'secret' } } });
    expect(await fast.next()).toEqual({ type: 'connection_ack' });
    fast.send({ type: 'subscribe', id: '1', payload: { query: 'echo' } });
    expect(await fast.next()).toMatchObject({ type: 'next', id: '1' });
    fast.close();
    slow.ws.terminate();
  });

  it('closes with 4400 on malformed frames and keeps serving', async () => {
    for (const garbage of ['{', '[]', '{"type":"subscribe","id":"","payload":{}}', '{"type":"bogus"}', Buffer.from([0xff, 0xfe, 0x00])]) {
      const client = new RawClient(url, 'graphql-transport-ws');
      await client.opened;
      client.ws.send(garbage);
      const closed = await client.closed;
      expect(closed.code).toBe(4400);
    }
    const ok = new RawClient(url, 'graphql-transport-ws');
    ok.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'secret' } } });
    expect(await ok.next()).toEqual({ type: 'connection_ack' });
    ok.close();
  });

  it('closes with 4408 when connection_init does not arrive in time (graphql-transport-ws)', async () => {
    const client = new RawClient(url, 'graphql-transport-ws');
    expect(await client.closed).toEqual({ code: 4408, reason: 'Connection initialisation timed out' });
  });

  it('closes a legacy (graphql-ws) socket that never sends connection_init the same way, after a connection_error', async () => {
    const client = new RawClient(url, 'graphql-ws');
    expect(await client.closed).toEqual({ code: 4408, reason: 'Connection initialisation timed out' });
    expect(client.frames).toEqual([{ type: 'connection_error', payload: 'Connection initialisation timed out' }]);
  });

  it('closes with 4403 when authentication fails (graphql-transport-ws)', async () => {
    const client = new RawClient(url, 'graphql-transport-ws');
    client.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'wrong' } } });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden: invalid x-hasura-admin-secret/x-hasura-access-key' });
  });

  it('closes a frame larger than the request limit with 1009', async () => {
    const client = new RawClient(url, 'graphql-transport-ws');
    await client.opened;
    client.ws.send('x'.repeat(100 * 1024));
    expect((await client.closed).code).toBe(1009);
  });

  it('refuses an upgrade from an origin outside HASURA_GRAPHQL_CORS_DOMAIN, accepts allowed ones and none', async () => {
    const status = (origin?: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
        ws.on('open', () => {
          resolve(101);
          ws.close();
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => undefined);
      });
    expect(await status('https://evil.example.com')).toBe(400);
    expect(await status('https://app.example.com')).toBe(101);
    expect(await status('https://dash.example.org')).toBe(101);
    expect(await status()).toBe(101);
  });

  it('refuses upgrades on other paths with 404', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(url.replace('/v1/graphql', '/v1/metadata'));
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(404);
  });
});
