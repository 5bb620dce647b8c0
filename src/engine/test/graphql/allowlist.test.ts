import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { Subscription, wsClient } from '../realtime/gql-ws.js';

/**
 * Query collections and HASURA_GRAPHQL_ENABLE_ALLOWLIST: a non-admin request runs only when its
 * document (layout and __typename aside) is in a collection of the allow-list whose scope covers
 * the role; the admin is not held to the list.
 */
const SECRET = 'allowlist-admin-secret';
let db: TestDatabase;
let engine: RunningEngine;

async function post(path: string, body: unknown, role?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET, ...(role ? { 'x-hasura-role': role } : {}) };
  const response = await fetch(engine.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}
const metadata = (type: string, args: unknown) => post('/v1/metadata', { type, args });

const listed = 'query { dish { id name } }';
const staffOnly = 'query Staff { dish { id } }';
const liveListed = 'subscription LiveDishes { dish { id name } }';
const notAllowed = { errors: [{ message: 'query is not allowed', extensions: { path: '$', code: 'validation-failed' } }] };

beforeAll(async () => {
  db = await createTestDatabase('empty');
  const env = { HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1', HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_ADMIN_SECRET: SECRET };
  engine = await startEngine(configFromEnv({ ...env, HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true' }), { logger: silentLogger() });
  expect((await post('/v2/query', { type: 'run_sql', args: { sql: "create table dish (id int primary key, name text); insert into dish values (1, 'soup');" } })).status).toBe(200);
  const bulk = await metadata('bulk', [
    { type: 'pg_track_table', args: { table: 'dish' } },
    { type: 'pg_create_select_permission', args: { table: 'dish', role: 'guest', permission: { columns: '*', filter: {} } } },
    { type: 'pg_create_select_permission', args: { table: 'dish', role: 'staff', permission: { columns: '*', filter: {} } } },
    { type: 'create_query_collection', args: { name: 'app', definition: { queries: [{ name: 'dishes', query: listed }] } } },
    { type: 'create_query_collection', args: { name: 'staff', definition: { queries: [{ name: 'staff_dishes', query: staffOnly }] } } },
    { type: 'add_collection_to_allowlist', args: { collection: 'app' } },
    { type: 'add_collection_to_allowlist', args: { collection: 'staff', scope: { global: false, roles: ['staff'] } } },
  ]);
  expect(bulk.status).toBe(200);
});

afterAll(async () => {
  await engine?.stop();
  await db?.drop();
});

describe('the allow-list', () => {
  it('runs a listed query whatever its layout and __typename fields', async () => {
    const r = await post('/v1/graphql', { query: 'query {\n  dish {\n    __typename\n    id\n    name\n  }\n}' }, 'guest');
    expect(r.body).toEqual({ data: { dish: [{ __typename: 'dish', id: 1, name: 'soup' }] } });
  });

  it('refuses a query not in the list, but not for the admin', async () => {
    expect((await post('/v1/graphql', { query: '{ dish { name } }' }, 'guest')).body).toEqual(notAllowed);
    expect((await post('/v1/graphql', { query: '{ dish { name } }' })).body).toEqual({ data: { dish: [{ name: 'soup' }] } });
  });

  it('applies a role-scoped collection to its roles only', async () => {
    expect((await post('/v1/graphql', { query: staffOnly }, 'staff')).body).toEqual({ data: { dish: [{ id: 1 }] } });
    expect((await post('/v1/graphql', { query: staffOnly }, 'guest')).body).toEqual(notAllowed);
    expect((await metadata('update_scope_of_collection_in_allowlist', { collection: 'staff', scope: { global: true } })).status).toBe(200);
    expect((await post('/v1/graphql', { query: staffOnly }, 'guest')).body).toEqual({ data: { dish: [{ id: 1 }] } });
  });

  it('follows queries added to and dropped from a collection', async () => {
    const query = 'query { dish { name } }';
    expect((await metadata('add_query_to_collection', { collection_name: 'app', query_name: 'names', query })).status).toBe(200);
    expect((await post('/v1/graphql', { query }, 'guest')).body).toEqual({ data: { dish: [{ name: 'soup' }] } });
    const again = await metadata('add_query_to_collection', { collection_name: 'app', query_name: 'names', query });
    expect(again.body).toEqual({ path: '$.args', code: 'already-exists', error: 'query with name "names" already exists in collection "app"' });
    expect((await metadata('drop_query_from_collection', { collection_name: 'app', query_name: 'names' })).status).toBe(200);
    expect((await post('/v1/graphql', { query }, 'guest')).body).toEqual(notAllowed);
  });

  it('refuses an empty collection name as Hasura parses it', async () => {
    const r = await metadata('create_query_collection', { name: '', definition: { queries: [] } });
    expect(r).toEqual({ status: 400, body: { path: '$.name', code: 'parse-failed', error: 'empty string not allowed' } });
  });

  it('keeps a listed collection unless dropped with cascade, which also takes it off the list', async () => {
    const refused = await metadata('drop_query_collection', { collection: 'app', cascade: false });
    expect(refused.body).toMatchObject({ code: 'dependency-error' });
    expect((await metadata('drop_query_collection', { collection: 'app', cascade: true })).status).toBe(200);
    expect((await post('/v1/graphql', { query: listed }, 'guest')).body).toEqual(notAllowed);
    const missing = await metadata('drop_collection_from_allowlist', { collection: 'app' });
    expect(missing.body).toMatchObject({ code: 'not-exists', error: 'collection "app" doesn\'t exist in the allowlist' });
  });

  it('holds subscriptions over WebSocket to the list too, but not the admin', async () => {
    const socket = engine.url.replace(/^http/, 'ws') + '/v1/graphql';
    const guest = wsClient(socket, { 'x-hasura-admin-secret': SECRET, 'x-hasura-role': 'guest' });
    const admin = wsClient(socket, { 'x-hasura-admin-secret': SECRET });
    const live = await metadata('bulk', [
      { type: 'create_query_collection', args: { name: 'live', definition: { queries: [{ name: 'live_dishes', query: liveListed }] } } },
      { type: 'add_collection_to_allowlist', args: { collection: 'live' } },
    ]);
    expect(live.status).toBe(200);
    try {
      expect(await new Subscription(guest, liveListed).next()).toEqual({ data: { dish: [{ id: 1, name: 'soup' }] } });
      await expect(new Subscription(guest, 'subscription { dish { name } }').next()).rejects.toEqual([
        { message: 'query is not allowed', extensions: { path: '$', code: 'validation-failed' } },
      ]);
      // A query sent over the socket is held to the list as over HTTP.
      await expect(new Subscription(guest, '{ dish { name } }').next()).rejects.toEqual([
        { message: 'query is not allowed', extensions: { path: '$', code: 'validation-failed' } },
      ]);
      expect(await new Subscription(admin, 'subscription { dish { name } }').next()).toEqual({ data: { dish: [{ name: 'soup' }] } });
    } finally {
      await guest.dispose();
      await admin.dispose();
    }
  });
});
