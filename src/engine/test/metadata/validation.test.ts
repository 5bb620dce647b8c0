import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { adminSession } from '../../src/auth/session.js';
import { createMetadataExecutor, type MetadataExecutor } from '../../src/metadata/api/executor.js';
import { createRegistry } from '../../src/metadata/api/registry.js';
import { createMetadataStore } from '../../src/metadata/store.js';
import { withDefaultSource } from '../../src/metadata/normalize.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';

/**
 * What Hasura's metadata and query APIs refuse, refused with its codes; and the v1 select with
 * relationship columns. Against a real database, through the metadata executor.
 */
let db: TestDatabase;
let pool: pg.Pool;
let executor: MetadataExecutor;
let served: HasuraMetadata;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  await createMetadataStore(pool).init();
  served = withDefaultSource({ version: 3, sources: [] });
  executor = createMetadataExecutor({
    pool,
    config: configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }),
    registry: createRegistry(),
    store: createMetadataStore(pool),
    getMetadata: () => served,
    apply: async (next) => {
      served = next;
    },
  });
});

afterAll(async () => {
  await pool.end();
  await db.drop();
});

const admin = adminSession();
const query = (body: unknown) => executor.run('query', body, admin);

beforeEach(async () => {
  await query({ type: 'clear_metadata', args: {} });
  await pool.query(`drop schema public cascade; create schema public;
    create table author (id serial primary key, name text);
    create table article (id serial primary key, title text, author_id int references author(id));
    create table pair (id int primary key);
    insert into author (name) values ('A1'), ('A2');
    insert into article (title, author_id) values ('T1', 1), ('T2', 1), ('T3', 2);
    create function pair() returns setof pair as $$ select * from pair $$ language sql stable;`);
  const r = await query({
    type: 'bulk',
    args: [
      { type: 'track_table', args: { name: 'author' } },
      { type: 'track_table', args: { name: 'article' } },
      { type: 'create_object_relationship', args: { table: 'article', name: 'author', using: { foreign_key_constraint_on: 'author_id' } } },
      { type: 'create_array_relationship', args: { table: 'author', name: 'articles', using: { foreign_key_constraint_on: { table: 'article', column: 'author_id' } } } },
    ],
  });
  expect(r.status).toBe(200);
});

describe('metadata validation', () => {
  it('refuses a permission for admin, who has every permission already', async () => {
    const r = await query({ type: 'create_select_permission', args: { table: 'author', role: 'admin', permission: { columns: '*', filter: {} } } });
    expect(r).toEqual({ status: 400, body: { path: '$.args', code: 'already-exists', error: 'select permission already defined on table "author" with role "admin"' } });
  });

  it('refuses to untrack a table another table relates to, through its foreign key column too, unless cascade', async () => {
    const author = await query({ type: 'untrack_table', args: { table: 'author' } });
    expect(author).toMatchObject({ status: 400, body: { code: 'dependency-error' } });
    expect((author.body as { error: string }).error).toContain('article.author');
    const article = await query({ type: 'untrack_table', args: { table: 'article' } });
    expect((article.body as { error: string }).error).toContain('author.articles');
    expect(await query({ type: 'untrack_table', args: { table: 'author', cascade: true } })).toEqual({ status: 200, body: { message: 'success' } });
    expect(served.sources[0]!.tables.find((t) => t.table.name === 'article')!.object_relationships).toBeUndefined();
  });

  it('keeps tables and functions apart by name, either way round', async () => {
    await query({ type: 'track_table', args: { name: 'pair' } });
    expect(await query({ type: 'track_function', args: { name: 'pair' } })).toMatchObject({
      status: 400,
      body: { code: 'not-supported', error: 'table with name "pair" already exists' },
    });
    await query({ type: 'untrack_table', args: { table: 'pair' } });
    expect(await query({ type: 'track_function', args: { name: 'pair' } })).toMatchObject({ status: 200 });
    expect(await query({ type: 'track_table', args: { name: 'pair' } })).toMatchObject({
      status: 400,
      body: { code: 'not-supported', error: 'function with name "pair" already exists' },
    });
  });

  it('refuses a custom column name a relationship has, and a relationship named as a custom column name', async () => {
    const custom = await query({ type: 'set_table_custom_fields', version: 2, args: { table: 'author', custom_root_fields: {}, custom_column_names: { name: 'articles' } } });
    expect(custom).toMatchObject({
      status: 400,
      body: { code: 'unexpected', internal: [{ type: 'array_relation', name: 'array_relation articles in table author in source default' }] },
    });
    expect(served.sources[0]!.tables.find((t) => t.table.name === 'author')!.configuration).toBeUndefined();
    await query({ type: 'set_table_custom_fields', version: 2, args: { table: 'author', custom_root_fields: {}, custom_column_names: { id: 'AuthorId' } } });
    const rel = await query({
      type: 'create_array_relationship',
      args: { table: 'author', name: 'AuthorId', using: { foreign_key_constraint_on: { table: 'article', column: 'author_id' } } },
    });
    expect(rel).toMatchObject({
      status: 400,
      body: { code: 'invalid-configuration', error: 'Inconsistent object: field definition conflicts with custom field name for postgres column "id"' },
    });
  });

  it('refuses an operation version other than 1 or 2', async () => {
    expect(await query({ type: 'track_table', version: 3, args: { name: 'pair' } })).toEqual({
      status: 400,
      body: { path: '$.version', code: 'parse-failed', error: 'expected 1 or 2, encountered 3' },
    });
  });

  it('refuses, before running any of it, a bulk that mixes read-write and read-only operations', async () => {
    const r = await query({
      type: 'bulk',
      args: [
        { type: 'insert', args: { table: 'author', objects: [{ name: 'A3' }] } },
        { type: 'select', args: { table: 'author', columns: ['id'] } },
        { type: 'run_sql', args: { sql: 'select 1', read_only: true } },
      ],
    });
    expect(r).toEqual({
      status: 400,
      body: { path: '$', code: 'bad-request', error: 'incompatible access mode requirements in bulk query, expected access mode: READ WRITE but $.args[2] forces READ ONLY' },
    });
    expect((await pool.query('select count(*)::int as n from author')).rows[0].n).toBe(2);
  });
});

describe('v1 select', () => {
  it('selects through object and array relationships, with where, order_by and limit on the array', async () => {
    const r = await query({
      type: 'select',
      args: {
        table: 'author',
        columns: ['name', { name: 'articles', columns: ['title', { name: 'author', columns: ['id'] }], where: { title: { _neq: 'T3' } }, order_by: ['-title'], limit: 5 }],
        order_by: ['id'],
      },
    });
    expect(r).toEqual({
      status: 200,
      body: [
        {
          name: 'A1',
          articles: [
            { title: 'T2', author: { id: 1 } },
            { title: 'T1', author: { id: 1 } },
          ],
        },
        { name: 'A2', articles: [] },
      ],
    });
  });

  it('knows only tracked tables', async () => {
    await query({ type: 'untrack_table', args: { table: 'author', cascade: true } });
    const r = await query({ type: 'select', args: { table: 'author', columns: ['id'] } });
    expect(r).toEqual({ status: 400, body: { path: '$.args.table', code: 'not-exists', error: 'table "author" does not exist' } });
  });
});
