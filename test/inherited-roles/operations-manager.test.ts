import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataDir } from '@3factor/dev/paths.js';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';

/**
 * The inherited role of hasura/metadata/inherited_roles.yaml, through the engine on the app's
 * metadata and seed: `operations_manager` (restaurant + analyst) gets the union of its parents'
 * permissions as Hasura computes it. It reads what only the analyst may (the dashboard's views,
 * every user, aggregates) and makes the restaurant's updates, under the restaurant's row filter
 * and columns, which no analyst can. Each parent alone is shown lacking the other's half.
 */
const ADMIN_SECRET = 'inherited-roles-test-admin-secret';
/** bella, staff of restaurant 1 (Bella Cucina) in seed.sql. */
const BELLA = '00000000-0000-4000-8000-0000000be11a';

let db: TestDatabase;
let engine: RunningEngine;

beforeAll(async () => {
  db = await createTestDatabase('app');
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: db.url,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_METADATA_DIR: metadataDir,
      HASURA_GRAPHQL_PG_CONNECTIONS: '3',
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

type Result = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function graphql(role: string, query: string): Promise<Result> {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': role, 'x-hasura-user-id': BELLA },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Result;
}

async function metadata(type: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${engine.url}/v1/metadata`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
    body: JSON.stringify({ type, args: {} }),
  });
  return (await response.json()) as Record<string, unknown>;
}

const refused = (result: Result) => result.errors?.[0]?.extensions?.code;

describe('the inherited role operations_manager (restaurant + analyst)', () => {
  it('is consistent metadata: no mutation permission of the parents disagrees', async () => {
    expect(await metadata('get_inconsistent_metadata')).toMatchObject({ is_consistent: true, inconsistent_objects: [] });
    expect((await metadata('export_metadata')).inherited_roles).toEqual([{ role_name: 'operations_manager', role_set: ['restaurant', 'analyst'] }]);
  });

  it("reads the analyst's dashboard views, which the restaurant role cannot", async () => {
    const kpis = '{ analytics_kpis { orders_today in_flight } }';
    expect((await graphql('operations_manager', kpis)).data).toEqual({ analytics_kpis: [{ orders_today: expect.anything(), in_flight: expect.anything() }] });
    expect(refused(await graphql('restaurant', kpis))).toBe('validation-failed');
  });

  it("sees every user with the analyst's filter and aggregates, where the restaurant sees only its own user", async () => {
    const users = '{ users(order_by: { username: asc }) { username } users_aggregate { aggregate { count } } }';
    expect((await graphql('operations_manager', users)).data).toEqual({
      users: [{ username: 'admin' }, { username: 'alice' }, { username: 'bella' }, { username: 'dave' }],
      users_aggregate: { aggregate: { count: 4 } },
    });
    expect(refused(await graphql('restaurant', users))).toBe('validation-failed');
    expect((await graphql('restaurant', '{ users { username } }')).data).toEqual({ users: [{ username: 'bella' }] });
  });

  it("closes its own restaurant with the restaurant's update permission, which the analyst lacks", async () => {
    const close = (id: number) => `mutation { update_restaurants_by_pk(pk_columns: { id: ${id} }, _set: { is_open: false }) { id is_open } }`;
    expect((await graphql('operations_manager', close(1))).data).toEqual({ update_restaurants_by_pk: { id: 1, is_open: false } });
    expect(refused(await graphql('analyst', close(1)))).toBe('validation-failed');
  });

  it("stays inside the restaurant's row filter and columns", async () => {
    // Restaurant 2 has other staff: no row matches.
    expect((await graphql('operations_manager', 'mutation { update_restaurants_by_pk(pk_columns: { id: 2 }, _set: { is_open: false }) { id } }')).data).toEqual({
      update_restaurants_by_pk: null,
    });
    // Only is_open is the restaurant's to set.
    expect(refused(await graphql('operations_manager', 'mutation { update_restaurants_by_pk(pk_columns: { id: 1 }, _set: { name: "Renamed" }) { id } }'))).toBe(
      'validation-failed',
    );
  });
});
