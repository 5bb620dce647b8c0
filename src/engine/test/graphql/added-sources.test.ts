import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * GraphQL over sources added beside `default`, on two real databases: root fields are answered by
 * the source that has them (one request may read both), a source's customization renames its root
 * fields and types or puts them under a namespace, and a root field two sources would both answer
 * is refused as Hasura refuses it.
 */
const SECRET = 'added-sources-admin-secret';
let main: TestDatabase;
let other: TestDatabase;
let engine: RunningEngine;

async function post(path: string, body: unknown, role?: string): Promise<{ status: number; body: any }> {
  const headers = { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET, ...(role ? { 'x-hasura-role': role } : {}) };
  const response = await fetch(engine.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

const metadata = (type: string, args: unknown) => post('/v1/metadata', { type, args });
const runSql = (sql: string, source?: string) => post('/v1/query', { type: 'run_sql', args: { sql, ...(source ? { source } : {}) } });
const graphql = (query: string, variables?: Record<string, unknown>, role?: string) => post('/v1/graphql', { query, variables }, role);
const fromOther = { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_PG_SOURCE_URL_1' } } };

beforeAll(async () => {
  main = await createTestDatabase('empty');
  other = await createTestDatabase('empty');
  const env = {
    HASURA_GRAPHQL_DATABASE_URL: main.url,
    HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
    HASURA_GRAPHQL_SERVER_PORT: '0',
    HASURA_GRAPHQL_ADMIN_SECRET: SECRET,
    HASURA_GRAPHQL_PG_SOURCE_URL_1: other.url,
  };
  engine = await startEngine(configFromEnv(env), { logger: silentLogger() });
  expect((await runSql(`create table dish (id int primary key, name text); insert into dish values (1, 'soup');`)).status).toBe(200);
  expect((await metadata('pg_track_table', { table: 'dish' })).status).toBe(200);
  expect((await metadata('pg_add_source', { name: 'other', configuration: fromOther })).status).toBe(200);
  const sql = `create table dish (id int primary key, name text); insert into dish values (1, 'salad'), (2, 'stew');
    create table menu (id int primary key, title text); insert into menu values (7, 'lunch');`;
  expect((await runSql(sql, 'other')).status).toBe(200);
});

afterAll(async () => {
  await engine?.stop();
  await other?.drop();
  await main?.drop();
});

describe('two sources in one schema', () => {
  it('refuses a table whose root fields the default source already has, and keeps the metadata as it was', async () => {
    const refused = await metadata('pg_track_table', { source: 'other', table: 'dish' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'unexpected', error: 'cannot continue due to inconsistent metadata' });
    expect(refused.body.internal[0]).toMatchObject({ name: 'source other', type: 'source' });
    expect(refused.body.internal[0].reason).toContain('root field "dish" of source "other" conflicts with the one of source "default"');
    const exported = await metadata('export_metadata', {});
    expect(exported.body.sources.find((s: { name: string }) => s.name === 'other').tables).toEqual([]);
  });

  it('answers each root field from the database of its source, in one request', async () => {
    expect((await metadata('pg_track_table', { source: 'other', table: 'dish', configuration: { custom_name: 'other_dish' } })).status).toBe(200);
    const answer = await graphql('query Both($id: Int!) { dish { id name } other_dish(order_by: {id: asc}) { id name } other_dish_by_pk(id: $id) { name } }', { id: 2 });
    expect(answer.body).toEqual({
      data: {
        dish: [{ id: 1, name: 'soup' }],
        other_dish: [
          { id: 1, name: 'salad' },
          { id: 2, name: 'stew' },
        ],
        other_dish_by_pk: { name: 'stew' },
      },
    });
  });

  it("applies the source's permissions to a role, and runs a mutation in the source alone", async () => {
    expect(
      (await metadata('pg_create_select_permission', { source: 'other', table: 'dish', role: 'guest', permission: { columns: ['name'], filter: { id: { _eq: 1 } } } })).status,
    ).toBe(200);
    expect((await graphql('{ other_dish { name } }', undefined, 'guest')).body).toEqual({ data: { other_dish: [{ name: 'salad' }] } });
    const inserted = await graphql('mutation { insert_other_dish_one(object: {id: 3, name: "pie"}) { id } }');
    expect(inserted.body).toEqual({ data: { insert_other_dish_one: { id: 3 } } });
    expect((await runSql('select name from dish where id = 3', 'other')).body.result).toEqual([['name'], ['pie']]);
    expect((await runSql('select count(*) from dish where id = 3')).body.result).toEqual([['count'], ['0']]);
    const across = await graphql('mutation { insert_dish_one(object: {id: 9, name: "x"}) { id } insert_other_dish_one(object: {id: 9, name: "x"}) { id } }');
    expect(across.body.errors[0].message).toBe('a mutation cannot reach several sources in one request');
    expect((await runSql('select count(*) from dish where id = 9')).body.result).toEqual([['count'], ['0']]);
  });
});

describe('customization', () => {
  it('serves a namespaced source with prefixed root fields and type names, variables in its type names', async () => {
    const added = await metadata('pg_add_source', {
      name: 'menus',
      configuration: fromOther,
      customization: { root_fields: { namespace: 'menus', prefix: 'm_' }, type_names: { prefix: 'T_', suffix: '_x' } },
    });
    expect(added.status).toBe(200);
    expect((await metadata('pg_track_table', { source: 'menus', table: 'menu' })).status).toBe(200);
    const query = 'query ($w: T_menu_bool_exp_x) { n: menus { __typename m_menu(where: $w) { __typename ...M } } } fragment M on T_menu_x { title }';
    const answer = await graphql(query, { w: { id: { _eq: 7 } } });
    expect(answer.body).toEqual({ data: { n: { __typename: 'T_menus_query_x', m_menu: [{ __typename: 'T_menu_x', title: 'lunch' }] } } });
    // Outside the namespace the source's fields do not exist.
    expect((await graphql('{ m_menu { title } }')).body.errors[0]).toMatchObject({ extensions: { code: 'validation-failed' } });
  });
});
