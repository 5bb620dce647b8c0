import { join } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * POST /v1/graphql/explain (Hasura's explain API) on the app's database and metadata: the SQL
 * the engine would run for a request as a given session, with its values written in, and
 * Postgres's plan of it. Admin only; nothing is run.
 */
const ADMIN_SECRET = 'explain-test-admin-secret';
const JWT_KEY = 'explain-test-jwt-key-with-at-least-32-characters';
const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b0';
const ALICE_ORDER = '00000000-0000-4000-8000-0000000a0001';
const BOB_ORDER = '00000000-0000-4000-8000-0000000b0001';

let db: TestDatabase;
let engine: RunningEngine;
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };

async function explain(body: unknown, headers: Record<string, string> = admin): Promise<{ status: number; body: any }> {
  const response = await fetch(`${engine.url}/v1/graphql/explain`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function graphql(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function customerToken(userId: string): Promise<string> {
  return new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-allowed-roles': ['customer'], 'x-hasura-default-role': 'customer', 'x-hasura-user-id': userId } })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(JWT_KEY));
}

/** Runs an explained statement as it is, in a transaction with the session set, as a request would. */
async function runExplainedSql(text: string, session: Record<string, string>): Promise<unknown> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('hasura.user', $1, true)", [JSON.stringify(session)]);
    const { rows } = await client.query<{ root: unknown }>(text);
    await client.query('ROLLBACK');
    return rows[0]!.root;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase('app');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // Alice is one of the seed's customers.
  await client.query(`INSERT INTO users (id, username, password_hash) VALUES ($1, 'bob', 'x')`, [BOB]);
  await client.query(`INSERT INTO orders (id, customer_id, restaurant_id, delivery_address) VALUES ($1, $2, 1, 'Alice Lane 7'), ($3, $4, 2, 'Bob Street 1')`, [
    ALICE_ORDER,
    ALICE,
    BOB_ORDER,
    BOB,
  ]);
  await client.end();
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: db.url,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
      HASURA_GRAPHQL_PG_CONNECTIONS: '4',
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      ACTION_BASE_URL: 'http://127.0.0.1:9',
      EVENT_WEBHOOK_SECRET: 'unused',
    }),
    { logger: silentLogger() },
  );
});

afterAll(async () => {
  await engine?.stop();
  await db?.drop();
});

describe('explaining a query', () => {
  it('answers one entry per root field, in order, each with its SQL and plan; a field without SQL has neither', async () => {
    const { status, body } = await explain({
      query: { query: 'query Q($id: uuid!) { one: orders_by_pk(id: $id) { id status } __typename restaurants(limit: 2) { name } }', variables: { id: ALICE_ORDER } },
    });
    expect(status).toBe(200);
    expect(body.map((entry: { field: string }) => entry.field)).toEqual(['one', '__typename', 'restaurants']);
    expect(body[1]).toEqual({ field: '__typename', sql: null, plan: null });
    for (const entry of [body[0], body[2]]) {
      expect(typeof entry.sql).toBe('string');
      expect(entry.plan.length).toBeGreaterThan(0);
      for (const line of entry.plan) expect(typeof line).toBe('string');
    }
    // The variable is written into the text, and Postgres planned the primary key lookup.
    expect(body[0].sql).toContain(`'${ALICE_ORDER}'`);
    expect(body[0].sql).not.toMatch(/\$\d/);
    expect(body[0].plan.join('\n')).toMatch(/orders_pkey/);
  });

  it("plans as the body's user, with that role's permissions, and its SQL answers what the role would get", async () => {
    const user = { 'X-Hasura-Role': 'customer', 'X-Hasura-User-Id': ALICE };
    const { status, body } = await explain({ query: { query: '{ orders { id delivery_address } }' }, user });
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    expect(body[0].sql).toContain(`'${ALICE}'`);
    const session = { 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE };
    const fromSql = await runExplainedSql(body[0].sql, session);
    const alice = { authorization: `Bearer ${await customerToken(ALICE)}` };
    const served = await graphql(alice, '{ orders { id delivery_address } }');
    expect(fromSql).toEqual(served.data.orders);
    expect(fromSql).toEqual([{ id: ALICE_ORDER, delivery_address: 'Alice Lane 7' }]);
  });

  it("refuses a field the user's role cannot see, in Hasura's error format", async () => {
    const { status, body } = await explain({ query: { query: '{ processed_events { event_id } }' }, user: { 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE } });
    expect(status).toBe(400);
    expect(body).toEqual({ path: '$.selectionSet.processed_events', error: "field 'processed_events' not found in type: 'query_root'", code: 'validation-failed' });
  });

  it('writes a value built to break out of its quotes as one literal, and runs nothing', async () => {
    const forged = "x') OR true; DROP TABLE orders; --\\'";
    const { status, body } = await explain({
      query: { query: 'query Q($a: String!) { orders(where: {delivery_address: {_eq: $a}}) { id } }', variables: { a: forged } },
    });
    expect(status).toBe(200);
    expect(body[0].plan.length).toBeGreaterThan(0);
    // The explained SQL finds no order: the whole value is compared, nothing of it ran as SQL.
    expect(await runExplainedSql(body[0].sql, { 'x-hasura-role': 'admin' })).toEqual([]);
    const still = await graphql(admin, '{ orders_aggregate { aggregate { count } } }');
    expect(still.data.orders_aggregate.aggregate.count).toBe(2);
  });
});

describe('explaining a subscription', () => {
  it("answers the multiplexed statement a poller runs, its plan, and the cohort's variables", async () => {
    const { status, body } = await explain({
      query: { query: 'subscription S($id: uuid!) { orders_by_pk(id: $id) { id status } }', variables: { id: ALICE_ORDER } },
      user: { 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE },
    });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['plan', 'sql', 'variables']);
    expect(body.sql).toMatch(/UNNEST/);
    expect(body.plan.length).toBeGreaterThan(0);
    expect(body.variables).toEqual({ session: { 'x-hasura-user-id': ALICE }, query: { id: ALICE_ORDER }, synthetic: [], cursor: {} });
  });

  it('explains a streaming subscription the same way', async () => {
    const { status, body } = await explain({ query: { query: 'subscription { orders_stream(batch_size: 5, cursor: {initial_value: {created_at: "2000-01-01"}}) { id } }' } });
    expect(status).toBe(200);
    expect(body.sql).toMatch(/UNNEST/);
    expect(body.plan.length).toBeGreaterThan(0);
  });
});

describe('what the explain API refuses', () => {
  it('a mutation', async () => {
    const { status, body } = await explain({ query: { query: 'mutation { delete_orders(where: {}) { affected_rows } }' } });
    expect(status).toBe(400);
    expect(body).toEqual({ path: '$', error: 'only queries can be explained', code: 'invalid-params' });
    expect((await graphql(admin, '{ orders_aggregate { aggregate { count } } }')).data.orders_aggregate.aggregate.count).toBe(2);
  });

  it('anyone but an admin', async () => {
    const alice = { authorization: `Bearer ${await customerToken(ALICE)}` };
    const { status, body } = await explain({ query: { query: '{ orders { id } }' } }, alice);
    expect(status).toBe(400);
    expect(body).toEqual({ path: '$', error: 'You have to be an admin to access this endpoint', code: 'access-denied' });
    const wrong = await explain({ query: { query: '{ orders { id } }' } }, { 'x-hasura-admin-secret': 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('access-denied');
  });

  it('a body that is not an explain request', async () => {
    expect(await explain({})).toEqual({ status: 400, body: { path: '$', error: 'key "query" not found', code: 'parse-failed' } });
    expect(await explain({ query: {} })).toEqual({ status: 400, body: { path: '$.query', error: 'key "query" not found', code: 'parse-failed' } });
    const badUser = await explain({ query: { query: '{ orders { id } }' }, user: { 'x-hasura-user-id': 7 } });
    expect(badUser.status).toBe(400);
    expect(badUser.body).toMatchObject({ path: '$.user.x-hasura-user-id', code: 'parse-failed' });
    const syntax = await explain({ query: { query: '{ orders { id ' } });
    expect(syntax.status).toBe(400);
    expect(syntax.body.code).toBe('validation-failed');
  });

  it('answers at its older path too', async () => {
    const response = await fetch(`${engine.url}/v1alpha1/graphql/explain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: { query: '{ __typename }' } }),
    });
    expect(await response.json()).toEqual([{ field: '__typename', sql: null, plan: null }]);
  });

  it('a GET, as a path that is not there', async () => {
    const response = await fetch(`${engine.url}/v1/graphql/explain`, { headers: admin });
    expect(response.status).toBe(404);
  });
});
