import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import type { Session } from '../../src/auth/session.js';
import { configFromEnv } from '../../src/config.js';
import { HasuraGraphQLService } from '../../src/graphql/service.js';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';

/** The app's own operations under its roles, against the app schema and hasura/metadata. */
const METADATA_DIR = fileURLToPath(new URL('../../../../hasura/metadata', import.meta.url));
const ALICE = '00000000-0000-4000-8000-00000000a11c';
const CARL = '00000000-0000-4000-8000-0000000ca71c';

function customer(id: string): Session {
  return { role: 'customer', variables: { 'x-hasura-role': 'customer', 'x-hasura-user-id': id }, isAdmin: false };
}

describe('app operations under the customer role', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let service: HasuraGraphQLService;
  let carlsOrder: string;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    pool.on('error', () => undefined);
    await pool.query(`INSERT INTO users (id, username, password_hash, role) VALUES ($1, 'carl', 'x', 'customer')`, [CARL]);
    const order = await pool.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 1, '2 Side Street') RETURNING id`, [CARL]);
    carlsOrder = order.rows[0]!.id;
    service = new HasuraGraphQLService(pool, configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }));
    await service.reload(loadMetadataDirectory(METADATA_DIR));
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('resolves the whole app metadata without inconsistencies', () => {
    expect(service.inconsistencies()).toEqual([]);
  });

  it('places an order with its items through one nested insert; status is preset, the customer comes from the session', async () => {
    const menu = await pool.query<{ id: number }>('SELECT id FROM menu_items WHERE restaurant_id = 1 ORDER BY id LIMIT 2');
    const response = await service.execute(
      {
        query: `mutation Place($items: [order_items_insert_input!]!) {
        insert_orders_one(object: {restaurant_id: 1, delivery_address: "1 Main Street", items: {data: $items}}) {
          customer_id status items { quantity }
        }
      }`,
        variables: { items: menu.rows.map((m) => ({ menu_item_id: m.id, quantity: 2 })) },
      },
      customer(ALICE),
    );
    expect(response).toEqual({
      data: { insert_orders_one: { customer_id: ALICE, status: 'placed', items: [{ quantity: 2 }, { quantity: 2 }] } },
    });
  });

  it('sees only their own orders', async () => {
    const response = (await service.execute({ query: '{ orders { customer_id } }' }, customer(ALICE))) as { data: { orders: { customer_id: string }[] } };
    expect(response.data.orders.length).toBeGreaterThan(0);
    expect(new Set(response.data.orders.map((o) => o.customer_id))).toEqual(new Set([ALICE]));
  });

  it("cannot read another customer's order by id", async () => {
    const response = await service.execute({ query: 'query ($id: uuid!) { orders_by_pk(id: $id) { id } }', variables: { id: carlsOrder } }, customer(ALICE));
    expect(response).toEqual({ data: { orders_by_pk: null } });
  });

  it('cannot set status or total_cents when placing an order', async () => {
    for (const column of ['status: delivered', 'total_cents: 1']) {
      const response = await service.execute(
        {
          query: `mutation { insert_orders_one(object: {restaurant_id: 1, delivery_address: "1 Main Street", ${column}}) { id } }`,
        },
        customer(ALICE),
      );
      expect(response.errors?.[0]?.extensions.code).toBe('validation-failed');
      expect(response.errors?.[0]?.message).toMatch(/not found in type: 'orders_insert_input'/);
    }
  });

  it("cannot cancel another customer's order, and can cancel their own", async () => {
    const cancel = `mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: cancelled}) { status } }`;
    expect(await service.execute({ query: cancel, variables: { id: carlsOrder } }, customer(ALICE))).toEqual({ data: { update_orders_by_pk: null } });
    expect(await service.execute({ query: cancel, variables: { id: carlsOrder } }, customer(CARL))).toEqual({ data: { update_orders_by_pk: { status: 'cancelled' } } });
  });

  it('writes the session variables to hasura.user inside the mutation transaction', async () => {
    await pool.query(`CREATE TABLE session_probe (seen text); CREATE FUNCTION probe_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO session_probe VALUES (current_setting('hasura.user', true)); RETURN NEW; END $$;
      CREATE TRIGGER probe AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION probe_session()`);
    const response = await service.execute(
      {
        query: 'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: cancelled}) { id } }',
        variables: { id: (await pool.query<{ id: string }>('SELECT id FROM orders WHERE customer_id = $1 AND status = $2 LIMIT 1', [ALICE, 'placed'])).rows[0]!.id },
      },
      customer(ALICE),
    );
    expect(response.errors).toBeUndefined();
    const seen = await pool.query<{ seen: string }>('SELECT seen FROM session_probe');
    expect(JSON.parse(seen.rows[0]!.seen)).toEqual({ 'x-hasura-role': 'customer', 'x-hasura-user-id': ALICE });
  });
});
