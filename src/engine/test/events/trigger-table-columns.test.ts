import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { adminSession } from '../../src/auth/session.js';
import { configFromEnv } from '../../src/config.js';
import { eventMetadataHandlers } from '../../src/events/api/index.js';
import { createMetadataExecutor, type MetadataExecutor } from '../../src/metadata/api/executor.js';
import { createRegistry } from '../../src/metadata/api/registry.js';
import { withDefaultSource } from '../../src/metadata/normalize.js';
import { createMetadataStore } from '../../src/metadata/store.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';

/**
 * create_event_trigger checks its table's columns against the schema cache (what the trigger SQL
 * is generated from at apply), as Hasura checks against its own; the catalog is read only when SQL
 * ran earlier in the same request, which the schema cache has not seen.
 */
describe('create_event_trigger table columns', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let executor: MetadataExecutor;
  let served: HasuraMetadata;
  const asked: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    await createMetadataStore(pool).init();
    await pool.query('CREATE TABLE public.notes (id int PRIMARY KEY)');
    served = withDefaultSource({ version: 3, sources: [] });
    served.sources[0]!.tables.push({ table: { schema: 'public', name: 'notes' } });
    executor = createMetadataExecutor({
      pool,
      config: configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }),
      registry: createRegistry(eventMetadataHandlers),
      store: createMetadataStore(pool),
      getMetadata: () => served,
      apply: async (next) => {
        served = next;
      },
      // A schema cache that read the table with one more column than the database has now.
      tableColumns: (table) => {
        asked.push(`${table.schema}.${table.name}`);
        return table.name === 'notes'
          ? [
              { name: 'id', type: 'int4' },
              { name: 'body', type: 'text' },
            ]
          : undefined;
      },
    });
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const create = (name: string, table: string, columns: string[], type = 'pg_create_event_trigger') => ({
    type,
    args: { name, table: { name: table }, webhook: 'http://hooks', update: { columns } },
  });
  const run = (body: unknown, endpoint: 'metadata' | 'query' = 'metadata') => executor.run(endpoint, body, adminSession());

  it('takes the columns from the schema cache', async () => {
    expect(await run(create('from_cache', 'notes', ['body']))).toEqual({ status: 200, body: { message: 'success' } });
    expect(asked).toEqual(['public.notes']);
  });

  it('reads the catalog after SQL ran in the request', async () => {
    const result = await run({ type: 'bulk', args: [{ type: 'run_sql', args: { sql: 'SELECT 1' } }, create('after_sql', 'notes', ['body'], 'create_event_trigger')] }, 'query');
    expect(result).toMatchObject({ status: 400, body: { code: 'not-exists', error: 'column "body" does not exist on table "notes"' } });
    expect(asked).toEqual(['public.notes']);
  });

  it("keeps Hasura's errors for an untracked table and a tracked one that is missing", async () => {
    await pool.query('CREATE TABLE public.loose (id int)');
    expect(await run(create('loose', 'loose', ['id']))).toMatchObject({
      status: 400,
      body: { code: 'not-exists', error: 'table "loose" does not exist in source: default' },
    });
    served.sources[0]!.tables.push({ table: { schema: 'public', name: 'gone' } });
    expect(await run(create('gone', 'gone', ['id']))).toMatchObject({ status: 400, body: { code: 'not-exists', error: 'table "gone" does not exist' } });
  });
});
