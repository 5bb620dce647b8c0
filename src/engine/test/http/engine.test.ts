import { join } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * The whole engine (real GraphQL service, events, HTTP) on a copy of the app's database
 * with the app's metadata directory, checked the way the app uses it: customers with JWTs.
 */
const ADMIN_SECRET = 'engine-test-admin-secret';
const JWT_KEY = 'engine-test-jwt-key-with-at-least-32-characters';
const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b0';

let db: TestDatabase;
let engine: RunningEngine;

function env(extra: Record<string, string> = {}) {
  return configFromEnv({
    HASURA_GRAPHQL_DATABASE_URL: db.url,
    HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
    HASURA_GRAPHQL_SERVER_PORT: '0',
    HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
    HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
    HASURA_GRAPHQL_PG_CONNECTIONS: '5',
    // No function server in this test: deliveries fail and retry later, which is fine here.
    ACTION_BASE_URL: 'http://127.0.0.1:9',
    EVENT_WEBHOOK_SECRET: 'unused',
    ...extra,
  });
}

async function customerToken(userId: string): Promise<string> {
  return new SignJWT({
    'https://hasura.io/jwt/claims': { 'x-hasura-allowed-roles': ['customer'], 'x-hasura-default-role': 'customer', 'x-hasura-user-id': userId },
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(JWT_KEY));
}

async function graphql(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string; path: string } }[] };
}

beforeAll(async () => {
  db = await createTestDatabase('app');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`INSERT INTO users (id, username, password_hash) VALUES ($1, 'bob', 'x')`, [BOB]);
  await client.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, 'Bob Street 1')`, [BOB]);
  await client.end();
  engine = await startEngine(env({ HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata') }), { logger: silentLogger() });
});

afterAll(async () => {
  await engine?.stop();
  await db?.drop();
});

describe('the app as a customer with a JWT', () => {
  it('places an order whose customer is preset from the token', async () => {
    const alice = { authorization: `Bearer ${await customerToken(ALICE)}` };
    const placed = await graphql(alice, `mutation { insert_orders_one(object: {restaurant_id: 1, delivery_address: "Alice Lane 7"}) { customer_id status } }`);
    expect(placed).toEqual({ data: { insert_orders_one: { customer_id: ALICE, status: 'placed' } } });
  });

  it("sees only their own orders and cannot read another customer's order by id", async () => {
    const alice = { authorization: `Bearer ${await customerToken(ALICE)}` };
    const mine = await graphql(alice, `{ orders { customer_id delivery_address } }`);
    expect(mine.data.orders.length).toBeGreaterThan(0);
    expect(mine.data.orders.every((o: { customer_id: string }) => o.customer_id === ALICE)).toBe(true);

    const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
    const all = await graphql(admin, `{ orders(where: {customer_id: {_eq: "${BOB}"}}) { id } }`);
    const bobsOrder = all.data.orders[0].id as string;
    const peek = await graphql(alice, `query ($id: uuid!) { orders_by_pk(id: $id) { id } }`, { id: bobsOrder });
    expect(peek).toEqual({ data: { orders_by_pk: null } });
  });

  it('cannot set status or total_cents', async () => {
    const alice = { authorization: `Bearer ${await customerToken(ALICE)}` };
    for (const field of ['status: delivered', 'total_cents: 1']) {
      const attempt = await graphql(alice, `mutation { insert_orders_one(object: {restaurant_id: 1, delivery_address: "Alice Lane 7", ${field}}) { id } }`);
      expect(attempt.errors?.[0]?.extensions.code).toBe('validation-failed');
    }
    // Customers may only cancel: the permission's check (and the database's status machine) refuse the rest.
    const deliver = await graphql(alice, `mutation { update_orders(where: {}, _set: {status: delivered}) { affected_rows } }`);
    expect(deliver.errors?.[0]?.extensions.code).toBe('permission-error');
    const price = await graphql(alice, `mutation { update_orders(where: {}, _set: {total_cents: 1}) { affected_rows } }`);
    expect(price.errors?.[0]?.extensions.code).toBe('validation-failed');
    const mine = await graphql(alice, `{ orders { status total_cents } }`);
    expect(mine.data.orders.every((o: { status: string; total_cents: number | null }) => o.status === 'placed' && o.total_cents === null)).toBe(true);
  });

  it("refuses an expired token with Hasura's error, as HTTP 200", async () => {
    const expired = await new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-allowed-roles': ['customer'], 'x-hasura-default-role': 'customer' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(JWT_KEY));
    const result = await graphql({ authorization: `Bearer ${expired}` }, '{ orders { id } }');
    expect(result).toEqual({ errors: [{ message: 'Could not verify JWT: JWTExpired', extensions: { path: '$', code: 'invalid-jwt' } }] });
  });
});

describe('running the engine', () => {
  it('serves health, version and metrics (event delivery counters included)', async () => {
    const health = await fetch(`${engine.url}/healthz`);
    expect(await health.text()).toBe('OK');
    expect(((await (await fetch(`${engine.url}/v1/version`)).json()) as { version: string }).version).toMatch(/^v2\./);
    const metrics = await (await fetch(`${engine.url}/metrics`, { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } })).text();
    expect(metrics).toMatch(/^# (HELP|TYPE) /m);
    expect((await fetch(`${engine.url}/metrics`)).status).toBe(401);
  });

  it('tracks a table through /v1/metadata and serves it at once', async () => {
    const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET };
    const post = (path: string, body: unknown) => fetch(`${engine.url}${path}`, { method: 'POST', headers: admin, body: JSON.stringify(body) });
    expect(
      (await post('/v2/query', { type: 'run_sql', args: { sql: "create table notes (id serial primary key, body text); insert into notes (body) values ('hi')" } })).status,
    ).toBe(200);
    expect((await post('/v1/metadata', { type: 'pg_track_table', args: { source: 'default', table: 'notes' } })).status).toBe(200);
    expect(await graphql({ 'x-hasura-admin-secret': ADMIN_SECRET }, '{ notes { body } }')).toEqual({ data: { notes: [{ body: 'hi' }] } });
  });

  it('keeps its metadata in hdb_catalog: a restart without a metadata directory serves the same', async () => {
    const before = engine.metadata();
    await engine.stop();
    engine = await startEngine(env(), { logger: silentLogger() });
    expect(engine.metadata()).toEqual(before);
    expect(await graphql({ 'x-hasura-admin-secret': ADMIN_SECRET }, '{ notes { body } }')).toEqual({ data: { notes: [{ body: 'hi' }] } });
  });
});

describe('two engines on one database', () => {
  it('the second picks up metadata the first changed (schema sync)', async () => {
    const second = await startEngine(env({ HASURA_GRAPHQL_SCHEMA_SYNC_POLL_INTERVAL: '50' }), { logger: silentLogger() });
    try {
      const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET };
      const post = (path: string, body: unknown) => fetch(`${engine.url}${path}`, { method: 'POST', headers: admin, body: JSON.stringify(body) });
      await post('/v2/query', { type: 'run_sql', args: { sql: "create table shared_notes (id serial primary key, body text); insert into shared_notes (body) values ('both')" } });
      expect((await post('/v1/metadata', { type: 'pg_track_table', args: { table: 'shared_notes' } })).status).toBe(200);
      await vi.waitFor(() => expect(second.metadata().sources[0]!.tables.some((t) => t.table.name === 'shared_notes')).toBe(true), { timeout: 10_000, interval: 20 });
      const response = await fetch(`${second.url}/v1/graphql`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ query: '{ shared_notes { body } }' }),
      });
      expect(await response.json()).toEqual({ data: { shared_notes: [{ body: 'both' }] } });
    } finally {
      await second.stop();
    }
  });
});
