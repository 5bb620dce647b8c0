import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, ALICE, customerToken, startTestEngine, type TestEngine } from './engine-harness.js';
import { DatabaseOutage } from './database-outage.js';
import { RawClient } from './ws-client.js';

/**
 * What clients are told while the database is unreachable: the engine connects to the real
 * test Postgres through a relay that the test cuts (connections dropped, reconnects refused
 * with `connect ECONNREFUSED 127.0.0.1:<port>`). Hasura's words for that are "connection error"
 * with code postgres-error (Hasura.Base.Error, `FromPGConnErr QErr`); the driver's text goes to
 * `extensions.internal`, for the admin role only, and never into a subscription poll's error
 * (Hasura's pollers encode errors with `encodeGQLErr False`). One mapping serves HTTP and
 * WebSocket (src/graphql/client-errors.ts).
 */
let outage: DatabaseOutage;
let t: TestEngine;
let customer: Record<string, string>;
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
const CONNECTION_ERROR = { message: 'connection error', extensions: { path: '$', code: 'postgres-error' } };

beforeAll(async () => {
  outage = await DatabaseOutage.start(process.env.TEST_POSTGRES_URL!);
  // A short refetch interval: with the LISTEN connection gone, pollers poll at this interval.
  t = await startTestEngine(
    { HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '200', HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '200' },
    { engineDatabaseUrl: (url) => outage.urlFor(url) },
  );
  customer = { Authorization: `Bearer ${await customerToken(ALICE)}` };
});

afterAll(async () => {
  await outage?.restore();
  await t?.stop();
  await outage?.stop();
});

/** The text a client must never see: the driver's error, the host, the relay's port. */
function expectNoInternals(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toMatch(/ECONNREFUSED|ECONNRESET|127\.0\.0\.1|Connection terminated|connect /);
  expect(text).not.toContain(String(outage.listeningPort));
}

async function acked(protocol: 'graphql-transport-ws' | 'graphql-ws', headers: Record<string, string>): Promise<RawClient> {
  const client = new RawClient(t.wsUrl, protocol);
  client.send({ type: 'connection_init', payload: { headers } });
  expect(await client.next()).toEqual({ type: 'connection_ack' });
  return client;
}

async function http(headers: Record<string, string>, query: string): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(t.httpUrl + '/v1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe('the database is unreachable before anything was subscribed', () => {
  beforeAll(async () => {
    await outage.cut();
  });
  afterAll(async () => {
    await outage.restore();
  });

  it("gives a customer's subscription a generic connection error, with no host or port (graphql-transport-ws)", async () => {
    const client = await acked('graphql-transport-ws', customer);
    client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 1}}) { name } }' } });
    const frame = await client.next();
    expect(frame).toEqual({ type: 'error', id: '1', payload: [CONNECTION_ERROR] });
    expectNoInternals(client.frames);
    client.close();
  });

  it('does the same on the legacy protocol (error, then complete)', async () => {
    const client = await acked('graphql-ws', customer);
    client.send({ type: 'start', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 1}}) { name } }' } });
    expect(await client.next()).toEqual({ type: 'error', id: '1', payload: { errors: [CONNECTION_ERROR] } });
    expect(await client.next()).toEqual({ type: 'complete', id: '1' });
    expectNoInternals(client.frames);
    client.close();
  });

  it("shows the admin role the driver's text in extensions.internal, as Hasura shows admins", async () => {
    const client = await acked('graphql-transport-ws', admin);
    client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 1}}) { name } }' } });
    const frame = (await client.next()) as { type: string; payload: Array<{ message: string; extensions: { code: string; internal?: unknown } }> };
    expect(frame.type).toBe('error');
    expect(frame.payload).toHaveLength(1);
    expect(frame.payload[0]).toMatchObject(CONNECTION_ERROR);
    expect(frame.payload[0]!.extensions.internal).toEqual(expect.stringContaining('ECONNREFUSED'));
    client.close();
  });

  it('answers queries and mutations over HTTP and WebSocket in the same words', async () => {
    expect(await http(customer, '{ restaurants { name } }')).toEqual({ errors: [CONNECTION_ERROR] });
    expect(await http(customer, 'mutation { update_orders(where: {}, _set: {status: cancelled}) { affected_rows } }')).toEqual({ errors: [CONNECTION_ERROR] });
    const asAdmin = await http(admin, '{ restaurants { name } }');
    expect(asAdmin.errors?.[0]).toMatchObject(CONNECTION_ERROR);
    expect(asAdmin.errors?.[0]?.extensions.internal).toEqual(expect.stringContaining('ECONNREFUSED'));
    // Admin posing as a role is not the admin role: no internals (Hasura's rule).
    const posing = await http({ ...admin, 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE }, '{ restaurants { name } }');
    expect(posing).toEqual({ errors: [CONNECTION_ERROR] });

    const client = await acked('graphql-transport-ws', customer);
    client.send({ type: 'subscribe', id: 'q', payload: { query: '{ restaurants { name } }' } });
    expect(await client.next()).toEqual({ type: 'error', id: 'q', payload: [CONNECTION_ERROR] });
    expectNoInternals(client.frames);
    client.close();
  });
});

describe('the database goes away under running subscriptions', () => {
  it("pushes the generic error to a customer's live query and recovers when the database is back", async () => {
    const client = await acked('graphql-transport-ws', customer);
    const legacy = await acked('graphql-ws', customer);
    const query = 'subscription { restaurants(where: {id: {_eq: 2}}) { name } }';
    client.send({ type: 'subscribe', id: '1', payload: { query } });
    legacy.send({ type: 'start', id: '1', payload: { query } });
    expect(await client.next()).toEqual({ type: 'next', id: '1', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });
    expect(await legacy.next()).toEqual({ type: 'data', id: '1', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });

    await outage.cut();
    expect(await client.next()).toEqual({ type: 'next', id: '1', payload: { errors: [CONNECTION_ERROR] } });
    expect(await legacy.next()).toEqual({ type: 'data', id: '1', payload: { errors: [CONNECTION_ERROR] } });
    expectNoInternals([client.frames, legacy.frames]);

    await outage.restore();
    expect(await client.next()).toEqual({ type: 'next', id: '1', payload: { data: { restaurants: [{ name: 'Sakura Sushi' }] } } });
    client.close();
    legacy.close();
  });

  it('tells the admin role the same in a poll: Hasura sends no internals from a poller', async () => {
    const client = await acked('graphql-transport-ws', admin);
    client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {id: {_eq: 3}}) { id } }' } });
    expect(await client.next()).toMatchObject({ type: 'next', id: '1', payload: { data: { restaurants: [{ id: 3 }] } } });
    await outage.cut();
    expect(await client.next()).toEqual({ type: 'next', id: '1', payload: { errors: [CONNECTION_ERROR] } });
    await outage.restore();
    client.close();
  });

  it('refuses a new subscription shape while the database is away (the statement cannot be prepared)', async () => {
    await outage.cut();
    const client = await acked('graphql-transport-ws', customer);
    client.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { restaurants(where: {name: {_eq: "Bella Cucina"}}) { id name } }' } });
    expect(await client.next()).toEqual({ type: 'error', id: '1', payload: [CONNECTION_ERROR] });
    client.send({ type: 'subscribe', id: '2', payload: { query: 'subscription { restaurants_stream(batch_size: 1, cursor: {initial_value: {id: 0}}) { id } }' } });
    expect(await client.next()).toEqual({ type: 'error', id: '2', payload: [CONNECTION_ERROR] });
    expectNoInternals(client.frames);
    await outage.restore();
    client.close();
  });
});
