import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * Postgres sources beside `default` (pg_add_source, pg_update_source, rename_source,
 * pg_drop_source) on two real databases: source-qualified run_sql and tracking reach the added
 * database, never the engine's own; dump_internal_state and replace_metadata's v1 format.
 */
const SECRET = 'sources-admin-secret';
let main: TestDatabase;
let other: TestDatabase;
let engine: RunningEngine;

async function post(path: string, body: unknown, headers: Record<string, string> = { 'x-hasura-admin-secret': SECRET }): Promise<{ status: number; body: any }> {
  const response = await fetch(engine.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

const metadata = (type: string, args: unknown) => post('/v1/metadata', { type, args });
const runSql = (sql: string, source?: string) => post('/v1/query', { type: 'run_sql', args: { sql, ...(source ? { source } : {}) } });
const addSource = (name: string, databaseUrl: unknown = { from_env: 'HASURA_GRAPHQL_PG_SOURCE_URL_1' }) =>
  metadata('pg_add_source', { name, configuration: { connection_info: { database_url: databaseUrl, pool_settings: { max_connections: 5, idle_timeout: 180, retries: 1 } } } });

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
});

afterAll(async () => {
  await engine?.stop();
  await other?.drop();
  await main?.drop();
});

describe('adding and removing sources', () => {
  it('adds a source from an environment variable once, and drops it once', async () => {
    expect(await addSource('s1')).toEqual({ status: 200, body: { message: 'success' } });
    expect(await addSource('s1')).toEqual({ status: 400, body: { path: '$.args', error: 'source with name "s1" already exists', code: 'already-exists' } });
    const exported = await metadata('export_metadata', {});
    expect(exported.body.sources.map((s: { name: string; kind: string }) => [s.name, s.kind])).toEqual([
      ['default', 'postgres'],
      ['s1', 'postgres'],
    ]);
    expect(await metadata('pg_drop_source', { name: 's1' })).toEqual({ status: 200, body: { message: 'success' } });
    expect(await metadata('pg_drop_source', { name: 's1' })).toEqual({ status: 400, body: { path: '$.args', error: 'source with name "s1" does not exist', code: 'not-exists' } });
  });

  it('refuses a variable the server does not have, and a database it cannot reach, leaving the metadata as it was', async () => {
    const unset = await addSource('s2', { from_env: 'NO_SUCH_VARIABLE_FOR_SOURCES' });
    expect(unset.status).toBe(400);
    expect(unset.body).toMatchObject({ code: 'not-found', error: "environment variable 'NO_SUCH_VARIABLE_FOR_SOURCES' not set" });
    const unreachable = await addSource('s2', other.url.replace(/\/[^/?]+(\?|$)/, '/no_such_database_for_sources$1'));
    expect(unreachable.status).toBe(400);
    expect(unreachable.body).toMatchObject({ code: 'unexpected', error: 'cannot continue due to inconsistent metadata' });
    expect(unreachable.body.internal[0]).toMatchObject({ name: 'source s2', type: 'source' });
    const exported = await metadata('export_metadata', {});
    expect(exported.body.sources.map((s: { name: string }) => s.name)).toEqual(['default']);
  });

  it('renames a source; the old name is then unknown and the new one cannot be taken twice', async () => {
    expect((await addSource('s3')).status).toBe(200);
    expect((await addSource('s4')).status).toBe(200);
    expect(await metadata('rename_source', { name: 's3', new_name: 's4' })).toMatchObject({ status: 400, body: { code: 'already-exists' } });
    expect(await metadata('rename_source', { name: 's3', new_name: 's3_renamed' })).toEqual({ status: 200, body: { message: 'success' } });
    expect(await metadata('rename_source', { name: 's3', new_name: 'x' })).toMatchObject({ status: 400, body: { code: 'not-exists' } });
    expect((await metadata('pg_drop_source', { name: 's3_renamed' })).status).toBe(200);
    expect((await metadata('pg_drop_source', { name: 's4' })).status).toBe(200);
  });

  it('keeps a customization that names valid GraphQL names, and refuses one that does not', async () => {
    const bad = await metadata('pg_add_source', {
      name: 'bad',
      configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_PG_SOURCE_URL_1' } } },
      customization: { root_fields: { namespace: 'not a name' } },
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'parse-failed' } });
    const good = await metadata('pg_add_source', {
      name: 'custom',
      configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_PG_SOURCE_URL_1' } } },
      customization: { root_fields: { namespace: 'ns', prefix: 'p_' }, type_names: { suffix: '_t' } },
    });
    expect(good.status).toBe(200);
    const exported = await metadata('export_metadata', {});
    expect(exported.body.sources.find((s: { name: string }) => s.name === 'custom').customization).toEqual({
      root_fields: { namespace: 'ns', prefix: 'p_' },
      type_names: { suffix: '_t' },
    });
    expect((await metadata('pg_drop_source', { name: 'custom' })).status).toBe(200);
  });
});

describe('source-qualified calls', () => {
  it('runs SQL in the source named, never in the engine database', async () => {
    expect((await addSource('s5')).status).toBe(200);
    expect((await runSql('create table only_in_s5 (id int primary key, name text); insert into only_in_s5 values (1, $$a$$);', 's5')).status).toBe(200);
    expect((await runSql(`select to_regclass('public.only_in_s5') is null`)).body.result).toEqual([['?column?'], ['t']]);
    expect((await runSql('select count(*) from only_in_s5', 's5')).body.result).toEqual([['count'], ['1']]);
    expect(await runSql('select 1', 'no_such_source')).toMatchObject({ status: 400, body: { code: 'not-exists' } });
  });

  it('tracks and untracks tables and functions of the source against its own catalog', async () => {
    await runSql('create function find_s5(q text) returns setof only_in_s5 as $$ select * from only_in_s5 where name = q $$ language sql stable;', 's5');
    expect(await metadata('pg_track_table', { source: 's5', table: 'only_in_s5' })).toEqual({ status: 200, body: { message: 'success' } });
    // The engine database has no such table: tracking it there fails.
    expect(await metadata('pg_track_table', { table: 'only_in_s5' })).toMatchObject({ status: 400, body: { code: 'not-exists' } });
    expect(await metadata('pg_track_function', { source: 's5', function: 'find_s5', comment: 'finds rows' })).toEqual({ status: 200, body: { message: 'success' } });
    const source = (await metadata('export_metadata', {})).body.sources.find((s: { name: string }) => s.name === 's5');
    expect(source.tables).toEqual([{ table: { name: 'only_in_s5', schema: 'public' } }]);
    expect(source.functions).toEqual([{ function: { name: 'find_s5', schema: 'public' }, comment: 'finds rows' }]);
    // Events are delivered from the engine's own database only: a trigger on an added source is refused, not kept silently.
    const trigger = await metadata('pg_create_event_trigger', { source: 's5', table: 'only_in_s5', name: 'on_s5', webhook: 'http://127.0.0.1:1/hook', insert: { columns: '*' } });
    expect(trigger).toMatchObject({ status: 400, body: { code: 'not-supported' } });
    expect((await metadata('pg_untrack_function', { source: 's5', function: 'find_s5' })).status).toBe(200);
    expect((await metadata('pg_untrack_table', { source: 's5', table: 'only_in_s5' })).status).toBe(200);
    expect((await runSql('drop table only_in_s5 cascade', 's5')).status).toBe(200);
    expect((await metadata('pg_drop_source', { name: 's5' })).status).toBe(200);
  });
});

describe('dump_internal_state and replace_metadata v1', () => {
  it('dumps each source with its tracked tables for the admin, and refuses anyone else', async () => {
    await runSql('create table dumped (id int primary key, label text)');
    expect((await metadata('pg_track_table', { table: 'dumped' })).status).toBe(200);
    const dump = await metadata('dump_internal_state', {});
    expect(dump.status).toBe(200);
    const source = dump.body.sources.find((s: { name: string }) => s.name === 'default');
    expect(source.tables).toEqual([
      {
        table: { name: 'dumped', schema: 'public' },
        kind: 'table',
        columns: [expect.objectContaining({ name: 'id', nullable: false }), expect.objectContaining({ name: 'label', nullable: true })],
        primary_key: ['id'],
      },
    ]);
    const denied = await post('/v1/metadata', { type: 'dump_internal_state', args: {} }, { 'x-hasura-admin-secret': SECRET, 'x-hasura-role': 'user' });
    expect(denied).toEqual({ status: 400, body: { path: '$', error: 'restricted access : admin only', code: 'access-denied' } });
  });

  it('takes the v1 format, with functions by name, as the default source', async () => {
    await runSql('create function dumped_like(q text) returns setof dumped as $$ select * from dumped where label = q $$ language sql stable;');
    const replaced = await metadata('replace_metadata', { tables: [{ table: 'dumped', object_relationships: [], select_permissions: [] }], functions: ['dumped_like'] });
    expect(replaced).toEqual({ status: 200, body: { message: 'success' } });
    const exported = (await metadata('export_metadata', {})).body;
    expect(exported.sources.map((s: { name: string }) => s.name)).toEqual(['default']);
    expect(exported.sources[0].functions).toEqual([{ function: { name: 'dumped_like', schema: 'public' } }]);
    const graphql = await post('/v1/graphql', { query: '{ dumped_like(args: {q: "x"}) { id } }' });
    expect(graphql.body).toEqual({ data: { dumped_like: [] } });
  });
});

describe('inconsistencies across sources', () => {
  const withSources = (sources: unknown[], allow = false) =>
    post('/v1/metadata', { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: allow, metadata: { version: 3, sources } } });
  const defaultSource = { name: 'default', kind: 'postgres', tables: [], configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } } };
  const source = (name: string, env: string, tables: unknown[] = []) => ({
    name,
    kind: 'postgres',
    tables,
    configuration: { connection_info: { database_url: { from_env: env } } },
  });

  it("checks each source's tables against its own database", async () => {
    expect((await runSql('create table in_other (id int primary key)', 'default')).status).toBe(200);
    // in_other now exists in the engine database only: tracked in s6 (the other database) it is inconsistent.
    const refused = await withSources([defaultSource, source('s6', 'HASURA_GRAPHQL_PG_SOURCE_URL_1', [{ table: { schema: 'public', name: 'in_other' } }])]);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'unexpected', error: 'cannot continue due to inconsistent metadata' });
    expect(refused.body.internal).toEqual([
      {
        definition: { name: 'in_other', schema: 'public' },
        name: 'table in_other in source s6',
        reason: 'Inconsistent object: no such table/view exists in source: "in_other"',
        type: 'table',
      },
    ]);
    const accepted = await withSources([{ ...defaultSource, tables: [{ table: { schema: 'public', name: 'in_other' } }] }, source('s6', 'HASURA_GRAPHQL_PG_SOURCE_URL_1')]);
    expect(accepted).toEqual({ status: 200, body: { is_consistent: true, inconsistent_objects: [] } });
  });

  it('reports a source it cannot reach as one object, and drop_inconsistent_metadata removes it', async () => {
    const allowed = await withSources([defaultSource, source('s7', 'NO_SUCH_VARIABLE_FOR_SOURCES', [{ table: { schema: 'public', name: 'anything' } }])], true);
    expect(allowed.status).toBe(200);
    const expected = [{ definition: 's7', name: 'source s7', reason: "Inconsistent object: environment variable 'NO_SUCH_VARIABLE_FOR_SOURCES' not set", type: 'source' }];
    expect(allowed.body).toEqual({ is_consistent: false, inconsistent_objects: expected });
    expect((await metadata('get_inconsistent_metadata', {})).body).toEqual({ is_consistent: false, inconsistent_objects: expected });
    expect((await metadata('drop_inconsistent_metadata', {})).status).toBe(200);
    expect((await metadata('get_inconsistent_metadata', {})).body).toEqual({ is_consistent: true, inconsistent_objects: [] });
    expect((await metadata('export_metadata', {})).body.sources.map((s: { name: string }) => s.name)).toEqual(['default']);
  });
});
