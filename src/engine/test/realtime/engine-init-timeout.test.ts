import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_SECRET, startTestEngine, type TestEngine } from './engine-harness.js';
import { RawClient } from './ws-client.js';

/**
 * HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT (seconds, default 3) applies to both
 * subprotocols: a socket that never sends `connection_init` is closed with 4408 "Connection
 * initialisation timed out" (Hasura's code and reason, Transport/WebSocket/Server.hs). Hasura
 * itself times out only graphql-transport-ws; the engine closes idle legacy sockets too, after
 * a `connection_error` frame, which is how Hasura ends a legacy connection.
 */
let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine({ HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT: '1' });
});

afterAll(async () => {
  await t?.stop();
});

const TIMED_OUT = { code: 4408, reason: 'Connection initialisation timed out' };

describe('connection_init timeout on the engine', () => {
  it('closes graphql-transport-ws sockets that never send connection_init with 4408', async () => {
    const idle = Array.from({ length: 20 }, () => new RawClient(t.wsUrl, 'graphql-transport-ws'));
    const closed = await Promise.all(idle.map((c) => c.closed));
    expect(closed).toEqual(idle.map(() => TIMED_OUT));
  });

  it('closes legacy graphql-ws sockets that never send connection_init with 4408, after a connection_error', async () => {
    const idle = Array.from({ length: 20 }, () => new RawClient(t.wsUrl, 'graphql-ws'));
    const closed = await Promise.all(idle.map((c) => c.closed));
    expect(closed).toEqual(idle.map(() => TIMED_OUT));
    for (const client of idle) expect(client.frames).toEqual([{ type: 'connection_error', payload: TIMED_OUT.reason }]);
  });

  it("also closes a legacy socket offered no subprotocol at all (Hasura's default is the legacy protocol)", async () => {
    const client = new RawClient(t.wsUrl);
    expect(await client.closed).toEqual(TIMED_OUT);
  });

  it('keeps sockets that initialised, and the engine holds no idle socket once the others timed out', async () => {
    const initialised = [new RawClient(t.wsUrl, 'graphql-transport-ws'), new RawClient(t.wsUrl, 'graphql-ws')];
    for (const client of initialised) {
      client.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
      expect(await client.next()).toEqual({ type: 'connection_ack' });
    }
    const idle = [new RawClient(t.wsUrl, 'graphql-transport-ws'), new RawClient(t.wsUrl, 'graphql-ws')];
    await Promise.all(idle.map((c) => c.closed));
    await vi.waitFor(async () => expect(await t.metric('hasura_websocket_connections')).toBe(2), { timeout: 10_000, interval: 50 });

    // Still served after the idle sockets' timeout has passed.
    initialised[0]!.send({ type: 'subscribe', id: '1', payload: { query: '{ restaurants(where: {id: {_eq: 1}}) { name } }' } });
    expect(await initialised[0]!.next()).toEqual({ type: 'next', id: '1', payload: { data: { restaurants: [{ name: 'Bella Cucina' }] } } });
    initialised[1]!.send({ type: 'start', id: '1', payload: { query: '{ restaurants(where: {id: {_eq: 2}}) { name } }' } });
    expect(await initialised[1]!.next()).toEqual({ type: 'data', id: '1', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });
    for (const client of initialised) client.close();
  });
});
