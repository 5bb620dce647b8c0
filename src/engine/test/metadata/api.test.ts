import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { adminSession } from '../../src/auth/session.js';
import { createMetadataExecutor, type MetadataExecutor } from '../../src/metadata/api/executor.js';
import { createRegistry } from '../../src/metadata/api/registry.js';
import { createMetadataStore } from '../../src/metadata/store.js';
import { withDefaultSource } from '../../src/metadata/normalize.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';

/**
 * The metadata/query APIs against a real database. The "apply" seam (GraphQL reload and
 * event trigger sync in the engine) records what it is given.
 */
let db: TestDatabase;
let pool: pg.Pool;
let executor: MetadataExecutor;
let served: HasuraMetadata;
const applied: HasuraMetadata[] = [];

function makeExecutor(): MetadataExecutor {
  return createMetadataExecutor({
    pool,
    config: configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }),
    registry: createRegistry(),
    store: createMetadataStore(pool),
    getMetadata: () => served,
    apply: async (next) => {
      served = next;
      applied.push(next);
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  await createMetadataStore(pool).init();
  served = withDefaultSource({ version: 3, sources: [] });
  executor = makeExecutor();
});

afterAll(async () => {
  await pool.end();
  await db.drop();
});

const admin = adminSession();
const run = (endpoint: 'metadata' | 'query' | 'queryV2', body: unknown) => executor.run(endpoint, body, admin);
const tables = () => served.sources[0]!.tables;

describe('run_sql', () => {
  it('returns TuplesOk with every value as text, CommandOk otherwise', async () => {
    const r = await run('queryV2', { type: 'run_sql', args: { sql: "select 1 as n, 'x'::text as s, null::int as z, now() is not null as b" } });
    expect(r).toEqual({
      status: 200,
      body: {
        result_type: 'TuplesOk',
        result: [
          ['n', 's', 'z', 'b'],
          ['1', 'x', null, 't'],
        ],
      },
    });
    const c = await run('queryV2', { type: 'run_sql', args: { sql: 'create table scratch (id int)' } });
    expect(c).toEqual({ status: 200, body: { result_type: 'CommandOk', result: null } });
  });

  it('reports Postgres errors in Hasura format and rolls the statement back', async () => {
    const r = await run('queryV2', { type: 'run_sql', args: { sql: 'create table t_rollback (id int); select * from nope' } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'postgres-error', path: '$', internal: { error: { status_code: '42P01' } } });
    const exists = await pool.query("select to_regclass('t_rollback') as t");
    expect(exists.rows[0].t).toBeNull();
  });

  it('refuses writes when read_only', async () => {
    const r = await run('queryV2', { type: 'run_sql', args: { sql: 'insert into scratch values (1)', read_only: true } });
    expect(r.body).toMatchObject({ code: 'postgres-error', internal: { error: { status_code: '25006' } } });
  });
});

describe('tracking through /v1/query (Hasura test setup style)', () => {
  it('runs a bulk of run_sql, track_table, relationships, permissions and insert, applying once', async () => {
    const appliedBefore = applied.length;
    const r = await run('query', {
      type: 'bulk',
      args: [
        {
          type: 'run_sql',
          args: {
            sql: `create table author (id serial primary key, name text unique, info jsonb);
                  create table article (id serial primary key, title text, author_id int references author(id), tags text[]);`,
          },
        },
        { type: 'track_table', args: { schema: 'public', name: 'author' } },
        { type: 'track_table', args: { name: 'article' } },
        { type: 'create_object_relationship', args: { table: 'article', name: 'author', using: { foreign_key_constraint_on: 'author_id' } } },
        {
          type: 'create_array_relationship',
          args: { table: 'author', name: 'articles', using: { foreign_key_constraint_on: { table: 'article', columns: 'author_id' } } },
        },
        { type: 'create_select_permission', args: { table: 'article', role: 'user', permission: { columns: '*', filter: { author: { id: 'X-Hasura-User-Id' } } } } },
        { type: 'insert', args: { table: 'author', objects: [{ name: 'A1', info: { age: 3 } }, { name: 'A2' }] } },
        { type: 'insert', args: { table: 'article', objects: [{ title: 'T', author_id: 1, tags: ['x', 'y'] }], returning: ['id', 'tags'] } },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual([
      { result_type: 'CommandOk', result: null },
      { message: 'success' },
      { message: 'success' },
      { message: 'success' },
      { message: 'success' },
      { message: 'success' },
      { affected_rows: 2 },
      { affected_rows: 1, returning: [{ id: 1, tags: ['x', 'y'] }] },
    ]);
    expect(applied.length).toBe(appliedBefore + 1);
    expect(tables().map((t) => t.table)).toEqual([
      { name: 'author', schema: 'public' },
      { name: 'article', schema: 'public' },
    ]);
    expect(tables()[1]).toEqual({
      table: { name: 'article', schema: 'public' },
      object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
      select_permissions: [{ role: 'user', permission: { columns: '*', filter: { author: { id: 'X-Hasura-User-Id' } } } }],
    });
    const rows = await pool.query('select name, info from author order by id');
    expect(rows.rows).toEqual([
      { name: 'A1', info: { age: 3 } },
      { name: 'A2', info: null },
    ]);
  });

  it('persists metadata in hdb_catalog.hdb_metadata and bumps resource_version', async () => {
    const stored = await pool.query('select metadata, resource_version from hdb_catalog.hdb_metadata');
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].metadata).toEqual(served);
    const before = stored.rows[0].resource_version as number;
    await run('metadata', { type: 'pg_create_insert_permission', args: { source: 'default', table: 'author', role: 'user', permission: { check: {}, columns: ['name'] } } });
    const after = await pool.query('select resource_version from hdb_catalog.hdb_metadata');
    expect(after.rows[0].resource_version).toBe(before + 1);
  });

  it('answers with Hasura error codes and bulk paths', async () => {
    const again = await run('metadata', { type: 'pg_track_table', args: { source: 'default', table: 'author' } });
    expect(again).toEqual({ status: 400, body: { path: '$.args', error: 'view/table already tracked: "author"', code: 'already-tracked' } });
    const missing = await run('metadata', { type: 'pg_track_table', args: { table: { schema: 'public', name: 'ghost' } } });
    expect(missing.body).toMatchObject({ code: 'not-exists', error: 'no such table/view exists in source: "ghost"' });
    const noFk = await run('query', {
      type: 'bulk',
      args: [{ type: 'create_object_relationship', args: { table: 'author', name: 'x', using: { foreign_key_constraint_on: 'name' } } }],
    });
    expect(noFk.body).toMatchObject({ path: '$.args[0].args', code: 'invalid-configuration' });
    const duplicate = await run('query', { type: 'create_select_permission', args: { table: 'article', role: 'user', permission: { columns: '*', filter: {} } } });
    expect(duplicate.body).toMatchObject({ code: 'already-exists' });
    const badColumn = await run('query', { type: 'create_select_permission', args: { table: 'author', role: 'x', permission: { columns: ['nope'], filter: {} } } });
    expect(badColumn.body).toMatchObject({ code: 'invalid-configuration' });
    const badFilter = await run('query', {
      type: 'create_select_permission',
      args: { table: 'author', role: 'x', permission: { columns: '*', filter: { articles: { nope: { _eq: 1 } } } } },
    });
    expect(badFilter.body).toMatchObject({ code: 'invalid-configuration' });
    const unknown = await run('metadata', { type: 'track_table', args: {} });
    expect(unknown.body).toMatchObject({ code: 'parse-failed' });
    const notAdmin = await executor.run('metadata', { type: 'export_metadata', args: {} }, { role: 'user', variables: {}, isAdmin: true });
    expect(notAdmin).toEqual({ status: 400, body: { path: '$', error: 'restricted access : admin only', code: 'access-denied' } });
  });

  it('keeps the work before a failing operation of a bulk, and bulk_atomic keeps none', async () => {
    await run('queryV2', { type: 'run_sql', args: { sql: 'create table extra1 (id int primary key); create table extra2 (id int primary key)' } });
    const partial = await run('metadata', {
      type: 'bulk',
      args: [
        { type: 'pg_track_table', args: { table: 'extra1' } },
        { type: 'pg_track_table', args: { table: 'ghost' } },
      ],
    });
    expect(partial.body).toMatchObject({ path: '$.args[1].args', code: 'not-exists' });
    expect(tables().some((t) => t.table.name === 'extra1')).toBe(true);
    const atomic = await run('metadata', {
      type: 'bulk_atomic',
      args: [
        { type: 'pg_track_table', args: { table: 'extra2' } },
        { type: 'pg_track_table', args: { table: 'ghost' } },
      ],
    });
    expect(atomic.status).toBe(400);
    expect(tables().some((t) => t.table.name === 'extra2')).toBe(false);
  });
});

describe('DDL through run_sql keeps metadata consistent', () => {
  it('refuses to drop a table other metadata depends on, and untracks it with cascade', async () => {
    const refused = await run('query', { type: 'run_sql', args: { sql: 'drop table article' } });
    expect(refused.body).toMatchObject({ code: 'dependency-error' });
    expect(refused.body).toMatchObject({ error: expect.stringContaining('articles') });
    expect((await pool.query("select to_regclass('article') as t")).rows[0].t).toBe('article');

    await run('query', { type: 'drop_relationship', args: { table: 'author', relationship: 'articles' } });
    const dropped = await run('query', { type: 'run_sql', args: { sql: 'drop table article' } });
    expect(dropped.status).toBe(200);
    expect(tables().some((t) => t.table.name === 'article')).toBe(false);

    await run('queryV2', { type: 'run_sql', args: { sql: 'create table note (id int primary key, author_id int references author(id))' } });
    await run('query', { type: 'track_table', args: { name: 'note' } });
    await run('query', {
      type: 'create_array_relationship',
      args: { table: 'author', name: 'notes', using: { foreign_key_constraint_on: { table: 'note', column: 'author_id' } } },
    });
    const cascaded = await run('queryV2', { type: 'run_sql', args: { sql: 'drop table note', cascade: true } });
    expect(cascaded.status).toBe(200);
    expect(tables().find((t) => t.table.name === 'author')!.array_relationships).toBeUndefined();
  });

  it('reports and drops inconsistent objects', async () => {
    await run('metadata', {
      type: 'replace_metadata',
      version: 2,
      args: {
        allow_inconsistent_metadata: true,
        metadata: { ...served, sources: [{ ...served.sources[0]!, tables: [...tables(), { table: { schema: 'public', name: 'ghost' } }] }] },
      },
    });
    const report = await run('metadata', { type: 'get_inconsistent_metadata', args: {} });
    expect(report.body).toMatchObject({ is_consistent: false, inconsistent_objects: [{ type: 'table', definition: { name: 'ghost', schema: 'public' } }] });
    await run('metadata', { type: 'drop_inconsistent_metadata', args: {} });
    expect(await run('metadata', { type: 'get_inconsistent_metadata', args: {} })).toEqual({
      status: 200,
      body: { is_consistent: true, inconsistent_objects: [] },
    });
  });
});

describe('export, replace, clear, reload', () => {
  it('round-trips metadata and refuses inconsistent metadata without allow_inconsistent_metadata', async () => {
    const exported = (await run('metadata', { type: 'export_metadata', args: {} })).body as HasuraMetadata;
    expect(exported.sources[0]!.name).toBe('default');
    const v2 = (await run('metadata', { type: 'export_metadata', version: 2, args: {} })).body as { resource_version: number; metadata: unknown };
    expect(v2.metadata).toEqual(exported);
    expect(v2.resource_version).toBeGreaterThan(1);

    const bad = await run('metadata', {
      type: 'replace_metadata',
      args: { ...exported, sources: [{ ...exported.sources[0]!, tables: [{ table: { schema: 'public', name: 'ghost' } }] }] },
    });
    expect(bad.body).toMatchObject({ code: 'unexpected', error: 'cannot continue due to inconsistent metadata' });

    expect(await run('metadata', { type: 'clear_metadata', args: {} })).toEqual({ status: 200, body: { message: 'success' } });
    expect(tables()).toEqual([]);
    expect(await run('metadata', { type: 'replace_metadata', args: exported })).toEqual({ status: 200, body: { message: 'success' } });
    expect(served).toEqual(exported);
  });

  it('accepts version 2 metadata (tables at the top level)', async () => {
    const r = await run('query', { type: 'replace_metadata', args: { version: 2, tables: [{ table: 'author' }] } });
    expect(r.status).toBe(200);
    expect(tables()).toEqual([{ table: { name: 'author', schema: 'public' } }]);
  });

  it('reload_metadata re-reads the stored metadata and rebuilds', async () => {
    const before = applied.length;
    const r = await run('metadata', { type: 'reload_metadata', args: {} });
    expect(r).toEqual({ status: 200, body: { message: 'success', is_consistent: true } });
    expect(applied.length).toBe(before + 1);
    const fresh = makeExecutor();
    expect((await fresh.run('metadata', { type: 'export_metadata', args: {} }, admin)).body).toEqual(served);
  });
});

describe('legacy DML', () => {
  it('selects, counts, updates and deletes with v1 where clauses', async () => {
    expect((await run('query', { type: 'count', args: { table: 'author', where: { name: { $like: 'A%' } } } })).body).toEqual({ count: 2 });
    expect((await run('query', { type: 'select', args: { table: 'author', columns: ['id', 'name'], order_by: ['-id'], limit: 1 } })).body).toEqual([{ id: 2, name: 'A2' }]);
    const updated = await run('query', { type: 'update', args: { table: 'author', where: { id: 2 }, $set: { name: 'B2', info: { k: [1] } }, returning: ['name', 'info'] } });
    expect(updated.body).toEqual({ affected_rows: 1, returning: [{ name: 'B2', info: { k: [1] } }] });
    const deleted = await run('query', { type: 'delete', args: { table: 'author', where: { $or: [{ id: { $eq: 2 } }, { name: { _in: ['zz'] } }] } } });
    expect(deleted.body).toEqual({ affected_rows: 1 });
    const bad = await run('query', { type: 'insert', args: { table: 'author', objects: [{ nope: 1 }] } });
    expect(bad.body).toMatchObject({ code: 'not-exists' });
    const violation = await run('query', { type: 'insert', args: { table: 'author', objects: [{ name: 'A1' }] } });
    // Hasura maps DML errors as it does GraphQL ones (dmlTxErrorHandler), not as run_sql's postgres-error.
    expect(violation.status).toBe(400);
    expect(violation.body).toEqual({
      path: '$',
      code: 'constraint-violation',
      error: expect.stringMatching(/^Uniqueness violation\. duplicate key value violates unique constraint/),
    });
    const badValue = await run('query', { type: 'insert', args: { table: 'author', objects: [{ id: 'x', name: 'A9' }] } });
    expect(badValue).toMatchObject({ status: 400, body: { path: '$', code: 'data-exception' } });
  });

  it('inserts GeoJSON into geometry and geography columns, and tracks a table given by name only', async () => {
    const setup = await run('query', {
      type: 'bulk',
      args: [
        { type: 'run_sql', args: { sql: 'create extension if not exists postgis; create table place (id serial primary key, g geography, m geometry, tags jsonb)' } },
        { type: 'track_table', args: 'place' },
        {
          type: 'insert',
          args: {
            table: 'place',
            objects: [{ g: { type: 'Point', coordinates: [-118.4, 33.9] }, m: { type: 'Point', coordinates: [1, 2] }, tags: { type: 'not geo' } }],
          },
        },
      ],
    });
    expect(setup.status).toBe(200);
    expect(tables().some((t) => t.table.name === 'place')).toBe(true);
    const row = await pool.query('select ST_AsText(g) as g, ST_AsText(m) as m, tags from place');
    expect(row.rows).toEqual([{ g: 'POINT(-118.4 33.9)', m: 'POINT(1 2)', tags: { type: 'not geo' } }]);
  });
});

describe('schema sync between engines', () => {
  it('applies metadata written by another executor once, then reports no change', async () => {
    let otherServed: HasuraMetadata = withDefaultSource({ version: 3, sources: [] });
    const store = createMetadataStore(pool);
    const other = createMetadataExecutor({
      pool,
      config: configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }),
      registry: createRegistry(),
      store,
      getMetadata: () => otherServed,
      apply: async (next) => {
        otherServed = next;
      },
      initialResourceVersion: (await store.resourceVersion())!,
    });
    expect(await other.syncFromStore()).toBe(false);
    // Any metadata change will do; an inherited role needs parents that exist, so this one has none.
    expect((await run('metadata', { type: 'add_inherited_role', args: { role_name: 'staff', role_set: [] } })).status).toBe(200);
    expect(await other.syncFromStore()).toBe(true);
    expect(otherServed).toEqual(served);
    expect(await other.syncFromStore()).toBe(false);
  });
});

describe('resource_version', () => {
  it('refuses a request made against an older metadata version with 409', async () => {
    const current = ((await run('metadata', { type: 'export_metadata', version: 2, args: {} })).body as { resource_version: number }).resource_version;
    const stale = await run('metadata', { type: 'clear_metadata', resource_version: current - 1, args: {} });
    expect(stale).toEqual({
      status: 409,
      body: { path: '$', error: `metadata resource version referenced (${current - 1}) did not match current version`, code: 'conflict' },
    });
    const fresh = await run('metadata', { type: 'get_inconsistent_metadata', resource_version: current, args: {} });
    expect(fresh.status).toBe(200);
  });
});
