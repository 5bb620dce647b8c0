import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataDir } from '@3factor/dev/paths.js';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';

/**
 * The computed field orders.item_count (schema.sql's order_item_count over the orders row,
 * hasura/metadata public_orders.yaml), through the engine on the app's metadata: the units of
 * every line, read like a column, in `where`, `order_by` and across a relationship (the dashboard's
 * live feed reads it from order_status_history), and only by the roles whose select permission
 * lists it.
 */
const ADMIN_SECRET = 'computed-field-test-admin-secret';
const ALICE = '00000000-0000-4000-8000-00000000a11c';

let db: TestDatabase;
let client: pg.Client;
let engine: RunningEngine;
let fiveUnits: string;
let noLines: string;

beforeAll(async () => {
  db = await createTestDatabase('app');
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const place = async () =>
    (await client.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE])).rows[0]!.id;
  fiveUnits = await place();
  noLines = await place();
  // Two lines, 2 + 3 units: the count is of units, not of lines.
  await client.query(
    `INSERT INTO order_items (order_id, menu_item_id, quantity)
     SELECT $1, id, q FROM (SELECT id, row_number() OVER (ORDER BY id) + 1 AS q FROM menu_items WHERE restaurant_id = 2 ORDER BY id LIMIT 2) m`,
    [fiveUnits],
  );
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
  await client?.end();
  await db?.drop();
});

type Result = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function graphql(role: string, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': role, 'x-hasura-user-id': ALICE },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result;
}

describe('orders.item_count, a computed field', () => {
  it('counts the units of every line of the order, and 0 for an order without lines', async () => {
    const result = await graphql('analyst', 'query ($ids: [uuid!]!) { orders(where: { id: { _in: $ids } }, order_by: { item_count: desc }) { id item_count } }', {
      ids: [noLines, fiveUnits],
    });
    expect(result).toEqual({
      data: {
        orders: [
          { id: fiveUnits, item_count: 5 },
          { id: noLines, item_count: 0 },
        ],
      },
    });
  });

  it('filters on it', async () => {
    const result = await graphql('analyst', '{ orders(where: { item_count: { _gte: 5 } }) { id } }');
    expect(result).toEqual({ data: { orders: [{ id: fiveUnits }] } });
  });

  it('is read across a relationship, as the live feed reads it from a status change', async () => {
    const result = await graphql('analyst', 'query ($id: uuid!) { order_status_history(where: { order_id: { _eq: $id } }) { order { item_count } } }', { id: fiveUnits });
    expect(result).toEqual({ data: { order_status_history: [{ order: { item_count: 5 } }] } });
  });

  it('follows the database: a line added later is counted at once', async () => {
    await client.query(`INSERT INTO order_items (order_id, menu_item_id, quantity) SELECT $1, id, 4 FROM menu_items WHERE restaurant_id = 2 ORDER BY id LIMIT 1`, [noLines]);
    const result = await graphql('analyst', 'query ($id: uuid!) { orders_by_pk(id: $id) { item_count } }', { id: noLines });
    expect(result).toEqual({ data: { orders_by_pk: { item_count: 4 } } });
  });

  it('is not there for a role whose select permission does not list it', async () => {
    const result = await graphql('customer', 'query ($id: uuid!) { orders_by_pk(id: $id) { id item_count } }', { id: fiveUnits });
    expect(result.errors?.[0]?.extensions?.code).toBe('validation-failed');
    expect(result.errors?.[0]?.message).toMatch(/item_count/);
    expect((await graphql('customer', 'query ($id: uuid!) { orders_by_pk(id: $id) { id } }', { id: fiveUnits })).data).toEqual({ orders_by_pk: { id: fiveUnits } });
  });
});
