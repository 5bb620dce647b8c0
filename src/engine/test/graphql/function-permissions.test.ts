import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * Function permissions (pg_create_function_permission / pg_drop_function_permission) and
 * HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS: inferred from the returned table's select permission
 * unless switched off; functions exposed as mutations always need one.
 */
const SECRET = 'function-permissions-admin-secret';
let db: TestDatabase;
const engines: RunningEngine[] = [];

async function post(engine: RunningEngine, path: string, body: unknown, role?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET, ...(role ? { 'x-hasura-role': role } : {}) };
  const response = await fetch(engine.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function engineWith(extra: Record<string, string>): Promise<RunningEngine> {
  const env = { HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1', HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_ADMIN_SECRET: SECRET };
  const engine = await startEngine(configFromEnv({ ...env, ...extra }), { logger: silentLogger() });
  engines.push(engine);
  return engine;
}

beforeAll(async () => {
  db = await createTestDatabase('empty');
  const strict = await engineWith({ HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS: 'false' });
  const sql = `
    create table dish (id int primary key, name text not null);
    insert into dish values (1, 'soup'), (2, 'salad');
    create function find_dishes(q text) returns setof dish as $$ select * from dish where name ilike '%' || q || '%' $$ language sql stable;
    create function rename_dish(dish_id int, new_name text) returns setof dish as $$ update dish set name = new_name where id = dish_id returning * $$ language sql volatile;`;
  expect((await post(strict, '/v2/query', { type: 'run_sql', args: { sql } })).status).toBe(200);
  const bulk = await post(strict, '/v1/metadata', {
    type: 'bulk',
    args: [
      { type: 'pg_track_table', args: { table: 'dish' } },
      { type: 'pg_track_function', args: { function: 'find_dishes' } },
      { type: 'pg_track_function', args: { function: 'rename_dish', configuration: { exposed_as: 'mutation' } } },
      { type: 'pg_create_select_permission', args: { table: 'dish', role: 'guest', permission: { columns: ['id', 'name'], filter: {} } } },
    ],
  });
  expect(bulk.status).toBe(200);
});

afterAll(async () => {
  for (const engine of engines) await engine.stop();
  await db?.drop();
});

const find = '{ find_dishes(args: {q: "so"}) { name } }';

describe('with HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS=false', () => {
  it('hides a function from a role without a function permission, even one that may select its table', async () => {
    const r = await post(engines[0]!, '/v1/graphql', { query: find }, 'guest');
    expect(r.body.errors[0]).toMatchObject({ message: "field 'find_dishes' not found in type: 'query_root'", extensions: { code: 'validation-failed' } });
  });

  it('refuses a permission for a role that may not select from the returned table, and a second one for the same role', async () => {
    const none = await post(engines[0]!, '/v1/metadata', { type: 'pg_create_function_permission', args: { function: 'find_dishes', role: 'nobody' } });
    expect(none).toEqual({
      status: 400,
      body: {
        path: '$.args',
        code: 'not-supported',
        error: 'function permission can only be added when the function\'s return table "dish" has select permission configured for role: "nobody"',
      },
    });
    expect((await post(engines[0]!, '/v1/metadata', { type: 'pg_create_function_permission', args: { function: 'find_dishes', role: 'guest' } })).status).toBe(200);
    const again = await post(engines[0]!, '/v1/metadata', { type: 'pg_create_function_permission', args: { function: 'find_dishes', role: 'guest' } });
    expect(again.body).toMatchObject({ code: 'already-exists', error: 'permission of role "guest" already exists for function "find_dishes" in source: "default"' });
  });

  it('lets the role call the function once permitted, and not after the permission is dropped', async () => {
    expect((await post(engines[0]!, '/v1/graphql', { query: find }, 'guest')).body).toEqual({ data: { find_dishes: [{ name: 'soup' }] } });
    expect((await post(engines[0]!, '/v1/metadata', { type: 'pg_drop_function_permission', args: { function: 'find_dishes', role: 'guest' } })).status).toBe(200);
    expect((await post(engines[0]!, '/v1/graphql', { query: find }, 'guest')).body.errors[0].extensions.code).toBe('validation-failed');
    const missing = await post(engines[0]!, '/v1/metadata', { type: 'pg_drop_function_permission', args: { function: 'find_dishes', role: 'guest' } });
    expect(missing.body).toMatchObject({ code: 'not-exists', error: 'permission of role "guest" does not exist for function "find_dishes" in source: "default"' });
  });
});

describe('tracking a function as a mutation', () => {
  it('refuses a function that is not VOLATILE, listing the refused object in internal as Hasura does', async () => {
    const sql = 'create function count_dishes() returns setof dish as $$ select * from dish $$ language sql stable;';
    expect((await post(engines[0]!, '/v2/query', { type: 'run_sql', args: { sql } })).status).toBe(200);
    const r = await post(engines[0]!, '/v1/metadata', { type: 'pg_track_function', args: { function: 'count_dishes', configuration: { exposed_as: 'mutation' } } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      code: 'invalid-configuration',
      internal: [{ definition: { schema: 'public', name: 'count_dishes' }, name: 'function count_dishes in source default', type: 'function', reason: r.body.error }],
    });
  });
});

describe('with inferred function permissions (the default)', () => {
  it('lets a role that may select from the returned table call a query function, but not a mutation function without a permission', async () => {
    const engine = await engineWith({});
    expect((await post(engine, '/v1/graphql', { query: find }, 'guest')).body).toEqual({ data: { find_dishes: [{ name: 'soup' }] } });
    const rename = 'mutation { rename_dish(args: {dish_id: 2, new_name: "greens"}) { name } }';
    expect((await post(engine, '/v1/graphql', { query: rename }, 'guest')).body.errors[0]).toMatchObject({ message: 'no mutations exist' });
    expect((await post(engine, '/v1/metadata', { type: 'pg_create_function_permission', args: { function: 'rename_dish', role: 'guest' } })).status).toBe(200);
    expect((await post(engine, '/v1/graphql', { query: rename }, 'guest')).body).toEqual({ data: { rename_dish: [{ name: 'greens' }] } });
  });
});
