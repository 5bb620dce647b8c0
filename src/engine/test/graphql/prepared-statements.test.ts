import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import type { Session } from '../../src/auth/session.js';
import { configFromEnv } from '../../src/config.js';
import { HasuraGraphQLService } from '../../src/graphql/service.js';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';
import { MAX_STATEMENTS_PER_CONNECTION, queryPrepared, statementName } from '../../src/execute/prepared-statements.js';

/** Queries as named prepared statements when the source's `use_prepared_statements` is on, against the app schema. */
const METADATA_DIR = fileURLToPath(new URL('../../../../hasura/metadata', import.meta.url));
const ADMIN: Session = { role: 'admin', variables: { 'x-hasura-role': 'admin' }, isAdmin: true };
const ALICE = '00000000-0000-4000-8000-00000000a11c';
const customer: Session = { role: 'customer', variables: { 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE }, isAdmin: false };

function withPreparedStatements(metadata: HasuraMetadata, on: boolean): HasuraMetadata {
  return {
    ...metadata,
    sources: metadata.sources.map((source) => ({
      ...source,
      configuration: { ...source.configuration, connection_info: { ...source.configuration.connection_info, use_prepared_statements: on } },
    })),
  } as HasuraMetadata;
}

let db: TestDatabase;
// One connection: pg_prepared_statements shows what the service's statements left on it.
let pool: pg.Pool;
let service: HasuraGraphQLService;
const metadata = loadMetadataDirectory(METADATA_DIR);

const prepared = async () => (await pool.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'gql_%' ORDER BY name`)).rows.map((r) => r.name);

beforeAll(async () => {
  db = await createTestDatabase('app');
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  pool.on('error', () => undefined);
  service = new HasuraGraphQLService(pool, configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }));
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

describe('use_prepared_statements', () => {
  const query = { query: 'query ($id: Int!) { restaurants_by_pk(id: $id) { id name } }', variables: { id: 1 } };

  it('off: queries leave no statement on the connection', async () => {
    await service.reload(withPreparedStatements(metadata, false));
    const answer = await service.execute(query, ADMIN);
    expect(answer).toEqual({ data: { restaurants_by_pk: { id: 1, name: expect.any(String) } } });
    expect(await prepared()).toEqual([]);
  });

  it('on: the same answers, each query prepared once per connection and reused', async () => {
    await service.reload(withPreparedStatements(metadata, true));
    const first = await service.executeJson(query, ADMIN);
    for (let i = 0; i < 7; i++) expect(await service.executeJson(query, ADMIN)).toBe(first);
    expect(await service.execute({ ...query, variables: { id: 2 } }, ADMIN)).toEqual({ data: { restaurants_by_pk: { id: 2, name: expect.any(String) } } });
    // The customer's query differs (its permission filter): a statement of its own.
    const own = await service.execute({ query: '{ orders { id } }' }, customer);
    expect(own).toEqual({ data: { orders: [] } });
    expect(await prepared()).toHaveLength(2);
    const calls = await pool.query<{ generic_plans: string; custom_plans: string }>(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name LIKE 'gql_%'`);
    expect(calls.rows.map((r) => Number(r.generic_plans) + Number(r.custom_plans)).sort((a, b) => a - b)).toEqual([1, 9]);
  });

  it('on: errors are reported as without it, and the statement stays usable', async () => {
    const badRequest = { query: 'query ($id: uuid!) { orders_by_pk(id: $id) { id } }', variables: { id: 'not-a-uuid' } };
    const bad = await service.execute(badRequest, ADMIN);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'data-exception' });
    await service.reload(withPreparedStatements(metadata, false));
    expect(await service.execute(badRequest, ADMIN)).toEqual(bad);
    await service.reload(withPreparedStatements(metadata, true));
    const good = await service.execute({ query: 'query ($id: uuid!) { orders_by_pk(id: $id) { id } }', variables: { id: ALICE } }, ADMIN);
    expect(good).toEqual({ data: { orders_by_pk: null } });
  });
});

describe('statements per connection', () => {
  it('are all deallocated when a connection holds the most it may, and the query still runs', async () => {
    const client = await pool.connect();
    try {
      await client.query('DEALLOCATE ALL');
      const parsed = (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
      for (const key of Object.keys(parsed)) delete parsed[key];
      for (let i = 0; i < MAX_STATEMENTS_PER_CONNECTION; i++) await queryPrepared(client, { text: `SELECT $1::int + ${i} AS n`, values: [1] });
      const count = async () => Number((await client.query(`SELECT count(*) AS n FROM pg_prepared_statements`)).rows[0].n);
      expect(await count()).toBe(MAX_STATEMENTS_PER_CONNECTION);
      // One already prepared is reused without a purge.
      expect((await queryPrepared<{ n: number }>(client, { text: 'SELECT $1::int + 0 AS n', values: [5] })).rows).toEqual([{ n: 5 }]);
      expect(await count()).toBe(MAX_STATEMENTS_PER_CONNECTION);
      const next = await queryPrepared<{ n: number }>(client, { text: 'SELECT $1::int * 2 AS n', values: [21] });
      expect(next.rows).toEqual([{ n: 42 }]);
      expect(await count()).toBe(1);
      expect((await client.query(`SELECT name FROM pg_prepared_statements`)).rows).toEqual([{ name: statementName('SELECT $1::int * 2 AS n') }]);
    } finally {
      client.release();
    }
  });
});
