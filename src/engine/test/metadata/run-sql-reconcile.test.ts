import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { adminSession } from '../../src/auth/session.js';
import { createMetadataExecutor, type MetadataExecutor } from '../../src/metadata/api/executor.js';
import { createRegistry } from '../../src/metadata/api/registry.js';
import { createMetadataStore } from '../../src/metadata/store.js';
import { withDefaultSource } from '../../src/metadata/normalize.js';
import type { HasuraMetadata, TableMetadata } from '../../src/metadata/types.js';

/**
 * run_sql reconciles the metadata with what its SQL did, as Hasura's `runTxWithMetadataCheck`:
 * renames are carried along, and what the metadata cannot follow is refused with the SQL
 * rolled back. Against a real database, through the metadata executor.
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
const sql = (text: string, extra: Record<string, unknown> = {}) => query({ type: 'run_sql', args: { sql: text, ...extra } });
const table = (name: string): TableMetadata | undefined => served.sources[0]!.tables.find((t) => t.table.name === name);

beforeEach(async () => {
  await query({ type: 'clear_metadata', args: {} });
  await pool.query(`drop schema public cascade; create schema public;
    create table author (id serial primary key, name text, is_active boolean not null default true);
    create table article (id serial primary key, title text, author_id int not null references author(id));
    insert into author (name) values ('A1');
    insert into article (title, author_id) values ('T1', 1);
    create function author_titles(author_row author) returns setof article as $$ select * from article where author_id = author_row.id $$ language sql stable;
    create function search_articles(q text) returns setof article as $$ select * from article where title ilike '%' || q || '%' $$ language sql stable;`);
  const r = await query({
    type: 'bulk',
    args: [
      { type: 'track_table', args: { name: 'author' } },
      { type: 'track_table', args: { name: 'article' } },
      { type: 'create_object_relationship', args: { table: 'article', name: 'author', using: { foreign_key_constraint_on: 'author_id' } } },
      { type: 'create_array_relationship', args: { table: 'author', name: 'articles', using: { foreign_key_constraint_on: { table: 'article', column: 'author_id' } } } },
      { type: 'set_table_customization', args: { table: 'author', configuration: { column_config: { name: { custom_name: 'authorName' } } } } },
      {
        type: 'create_select_permission',
        args: { table: 'article', role: 'user', permission: { columns: ['id', 'title'], filter: { author: { name: { _eq: 'X-Hasura-User-Name' } } } } },
      },
      { type: 'create_insert_permission', args: { table: 'author', role: 'user', permission: { check: { id: 'X-Hasura-User-Id' }, columns: ['name'], set: { is_active: true } } } },
      { type: 'add_computed_field', args: { table: 'author', name: 'titles', definition: { function: 'author_titles', table_argument: 'author_row' } } },
      { type: 'track_function', args: { name: 'search_articles' } },
    ],
  });
  expect(r.status).toBe(200);
});

describe('run_sql carries renames into the metadata', () => {
  it('a renamed table keeps its entry, and relationships pointing at it follow', async () => {
    expect(await sql('alter table article rename to articles')).toMatchObject({ status: 200 });
    expect(table('article')).toBeUndefined();
    expect(table('articles')!.object_relationships).toEqual([{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }]);
    expect(table('author')!.array_relationships![0]!.using).toEqual({ foreign_key_constraint_on: { table: { schema: 'public', name: 'articles' }, column: 'author_id' } });
    const rows = await query({ type: 'select', args: { table: 'articles', columns: ['id', 'title'] } });
    expect(rows).toEqual({ status: 200, body: [{ id: 1, title: 'T1' }] });
  });

  it('a renamed column follows into custom names, foreign key relationships and permissions, also reached through a relationship', async () => {
    expect(await sql('alter table author rename column name to full_name; alter table article rename column author_id to writer_id')).toMatchObject({ status: 200 });
    expect(table('author')!.configuration!.column_config).toEqual({ full_name: { custom_name: 'authorName' } });
    expect(table('author')!.insert_permissions![0]!.permission.columns).toEqual(['full_name']);
    expect(table('article')!.object_relationships![0]!.using).toEqual({ foreign_key_constraint_on: 'writer_id' });
    expect(table('author')!.array_relationships![0]!.using).toEqual({ foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'writer_id' } });
    expect(table('article')!.select_permissions![0]!.permission.filter).toEqual({ author: { full_name: { _eq: 'X-Hasura-User-Name' } } });
  });

  it('a dropped column takes its custom name along', async () => {
    await query({ type: 'drop_insert_permission', args: { table: 'author', role: 'user' } });
    await query({ type: 'drop_select_permission', args: { table: 'article', role: 'user' } });
    expect(await sql('alter table author drop column name')).toMatchObject({ status: 200 });
    expect(table('author')!.configuration!.column_config ?? {}).toEqual({});
  });
});

describe('run_sql refuses what the metadata cannot follow, and rolls the SQL back', () => {
  it('a column type a permission compares with a literal or presets (a session variable does not count)', async () => {
    const r = await sql('alter table author alter column is_active set data type text');
    expect(r).toMatchObject({ status: 400, body: { code: 'dependency-error', path: '$.args' } });
    expect((r.body as { error: string }).error).toBe(
      'cannot change type of column "is_active" in table "author" because of the following dependencies: permission author.user.insert in source "default"',
    );
    const type = await pool.query("select data_type from information_schema.columns where table_name = 'author' and column_name = 'is_active'");
    expect(type.rows[0].data_type).toBe('boolean');
    await query({ type: 'drop_computed_field', args: { table: 'author', name: 'titles' } });
    expect(await sql('alter table author alter column name set data type varchar(50)')).toMatchObject({ status: 200 });
  });

  it('a dropped column a permission uses, in a filter reached through a relationship too; cascade drops the permission', async () => {
    const r = await sql('alter table author drop column name');
    expect(r).toMatchObject({ status: 400, body: { code: 'dependency-error' } });
    expect((r.body as { error: string }).error).toBe(
      'cannot drop due to the following dependent objects : permission article.user.select in source "default", permission author.user.insert in source "default"',
    );
    expect(await sql('alter table author drop column name', { cascade: true })).toMatchObject({ status: 200 });
    expect(table('article')!.select_permissions).toBeUndefined();
    expect(table('author')!.insert_permissions).toBeUndefined();
  });

  it('a computed field function made VOLATILE, or overloaded', async () => {
    const volatile = await sql('alter function author_titles(author) volatile');
    expect(volatile).toMatchObject({ status: 400, body: { code: 'not-supported' } });
    expect((volatile.body as { error: string }).error).toContain('is being altered to "VOLATILE"');
    const overloaded = await sql('create function author_titles(author_row author, n int) returns setof article as $$ select * from article limit n $$ language sql stable');
    expect(overloaded).toMatchObject({ status: 400, body: { code: 'not-supported' } });
    const count = await pool.query("select count(*)::int as n from pg_proc where proname = 'author_titles'");
    expect(count.rows[0].n).toBe(1);
  });

  it('a tracked function made VOLATILE, or overloaded', async () => {
    expect(await sql('alter function search_articles(text) volatile')).toMatchObject({ status: 400, body: { code: 'not-supported' } });
    const r = await sql('create function search_articles(q text, n int) returns setof article as $$ select * from article limit n $$ language sql stable');
    expect(r).toMatchObject({ status: 400, body: { code: 'not-supported', error: 'the following tracked function(s) cannot be overloaded: search_articles' } });
  });

  it('a computed field function dropped and created again is a new function: refused, or dropped with the field under cascade', async () => {
    const replace = `drop function author_titles(author);
      create function author_titles(author_row author) returns setof article as $$ select * from article $$ language sql stable`;
    expect(await sql(replace)).toMatchObject({ status: 400, body: { code: 'dependency-error' } });
    expect(table('author')!.computed_fields).toHaveLength(1);
    expect(await sql(replace, { cascade: true })).toMatchObject({ status: 200 });
    expect(table('author')!.computed_fields).toBeUndefined();
  });

  it('a function that stays what it was may be replaced', async () => {
    const r = await sql(
      'create or replace function author_titles(author_row author) returns setof article as $$ select * from article where author_id = author_row.id order by id $$ language sql stable',
    );
    expect(r).toMatchObject({ status: 200 });
  });
});

describe('run_sql no_transaction', () => {
  it('runs what Postgres refuses inside a transaction block', async () => {
    const inTransaction = await sql('create index concurrently article_title_idx on article (title)');
    expect(inTransaction).toMatchObject({ status: 400, body: { code: 'postgres-error', internal: { error: { status_code: '25001' } } } });
    expect(await sql('create index concurrently article_title_idx on article (title)', { no_transaction: true })).toMatchObject({ status: 200 });
    const index = await pool.query("select to_regclass('article_title_idx') as i");
    expect(index.rows[0].i).toBe('article_title_idx');
  });

  it('and still carries a rename into the metadata', async () => {
    expect(await sql('alter table article rename to posts', { no_transaction: true })).toMatchObject({ status: 200 });
    expect(table('posts')).toBeDefined();
  });
});
