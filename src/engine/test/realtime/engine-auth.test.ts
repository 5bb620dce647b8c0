import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { ADMIN_SECRET, ALICE, customerToken, startTestEngine, type TestEngine } from './engine-harness.js';
import { RawClient } from './ws-client.js';

/** Authentication, expiry and malformed input on the engine's WebSocket endpoint. */
let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
});

afterAll(async () => {
  await t?.stop();
});

function forged(): Promise<string> {
  return new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'customer', 'x-hasura-allowed-roles': ['customer'], 'x-hasura-user-id': ALICE } })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode('not-the-engine-key-but-long-enough-0123456789'));
}

async function acked(protocol: string, headers: Record<string, string>): Promise<RawClient> {
  const client = new RawClient(t.wsUrl, protocol);
  client.send({ type: 'connection_init', payload: { headers } });
  expect(await client.next()).toEqual({ type: 'connection_ack' });
  return client;
}

describe('authentication over the socket', () => {
  it('closes with 4403 on a JWT with a bad signature (graphql-transport-ws)', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await forged()}` } } });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden: Could not verify JWT: JWSError JWSInvalidSignature' });
  });

  it('answers a bad JWT with connection_error and closes with 4400 (legacy protocol)', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await forged()}` } } });
    expect(await client.next()).toEqual({ type: 'connection_error', payload: 'Could not verify JWT: JWSError JWSInvalidSignature' });
    expect((await client.closed).code).toBe(4400);
  });

  it('refuses a JWT that has already expired', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await customerToken(ALICE, { expiresInSec: -60 })}` } } });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden: Could not verify JWT: JWTExpired' });
  });

  it('closes the socket when the JWT expires during the connection, ending its subscriptions', async () => {
    const client = await acked('graphql-transport-ws', { Authorization: `Bearer ${await customerToken(ALICE, { expiresInSec: 3 })}` });
    client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 1}}) { name } }' } });
    expect(await client.next()).toEqual({ type: 'next', id: '1', payload: { data: { restaurants: [{ name: 'Bella Cucina' }] } } });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden: JWTExpired' });
  });

  it('refuses a connection without credentials when there is no unauthorized role', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
    client.send({ type: 'connection_init' });
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toContain("Missing 'Authorization' or 'Cookie' header");
  });

  it('accepts the admin secret from connection_init headers and lets admin pose as a role', async () => {
    const client = await acked('graphql-transport-ws', { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE });
    client.send({ type: 'subscribe', id: 'q', payload: { query: 'query { users { username } }' } });
    expect(await client.next()).toEqual({ type: 'next', id: 'q', payload: { data: { users: [{ username: 'alice' }] } } });
    expect(await client.next()).toEqual({ type: 'complete', id: 'q' });
    client.close();
  });
});

describe('malformed input', () => {
  it('closes with 4400 on frames that are not protocol messages, and the engine keeps serving', async () => {
    for (const frame of ['{', 'null', '{"type":"subscribe","id":"1"}', '{"type":"connection_init","payload":{"headers":{"a":1}}}']) {
      const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
      client.send(frame);
      expect((await client.closed).code).toBe(4400);
    }
    const legacy = new RawClient(t.wsUrl, 'graphql-ws');
    legacy.send('not json');
    expect(await legacy.next()).toEqual({ type: 'connection_error', payload: 'parsing ClientMessage failed: message is not valid JSON' });
    expect((await legacy.closed).code).toBe(4400);

    const ok = await acked('graphql-transport-ws', { 'x-hasura-admin-secret': ADMIN_SECRET });
    ok.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 2}}) { name } }' } });
    expect(await ok.next()).toEqual({ type: 'next', id: '1', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });
    ok.close();
  });

  it('uses the legacy error shape on /v1alpha1/graphql', async () => {
    const client = new RawClient(t.wsUrl.replace('/v1/graphql', '/v1alpha1/graphql'), 'graphql-ws');
    client.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
    client.send({ type: 'start', id: '1', payload: { query: 'subscription { restaurants { nope } }' } });
    expect(await client.next()).toEqual({ type: 'connection_ack' });
    expect(await client.next()).toEqual({
      type: 'error',
      id: '1',
      payload: { error: "field 'nope' not found in type: 'restaurants'", path: '$.selectionSet.restaurants.selectionSet.nope', code: 'validation-failed' },
    });
    expect(await client.next()).toEqual({ type: 'complete', id: '1' });
    client.close();
  });
});

describe('metadata changes', () => {
  it('close every socket with 1012 so clients resubscribe against the new schema (Hasura)', async () => {
    const client = await acked('graphql-transport-ws', { 'x-hasura-admin-secret': ADMIN_SECRET });
    const response = await fetch(t.httpUrl + '/v1/metadata', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({
        type: 'pg_create_select_permission',
        args: { source: 'default', table: { schema: 'public', name: 'agents' }, role: 'realtime_tester', permission: { columns: ['id'], filter: {} } },
      }),
    });
    expect(response.status).toBe(200);
    expect(await client.closed).toEqual({ code: 1012, reason: 'Server state changed, restarting the server' });
    const again = await acked('graphql-transport-ws', { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'realtime_tester' });
    again.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { agents(where: {id: {_eq: 1}}) { id } }' } });
    expect(await again.next()).toEqual({ type: 'next', id: '1', payload: { data: { agents: [{ id: 1 }] } } });
    again.close();
  });
});
