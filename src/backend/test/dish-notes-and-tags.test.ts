import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * Per-dish notes and diet and allergen tags on the real stack: the engine with the repository's
 * metadata, the functions through pgBouncer. A note is part of its line, so it is bounded by the
 * table and fixed once the order leaves `placed` (order_items_enforce_open_order); tags come from
 * the dish_tags vocabulary (a foreign key) and only a restaurant's staff tag its dishes.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bob: AppClient;
let bella: AppClient;
let dave: AppClient;

const BOB = '00000000-0000-4000-8000-0000000000b0';
const BELLA_CUCINA = 1;
const CHECK = 'permission-error';

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  await t.sql.query(`INSERT INTO users (id, username, password_hash, role) SELECT $1, 'bob', password_hash, 'customer' FROM users WHERE username = 'alice'`, [BOB]);
  engine = await startAppEngine(t.db.url, t.server.url);
  const login = (name: string) => AppClient.login(t.server.url, engine.url, name);
  [alice, bob, bella, dave] = await Promise.all([login('alice'), login('bob'), login('bella'), login('dave')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const PLACE = `mutation ($order: orders_insert_input!) { insert_orders_one(object: $order) { id items(order_by: { id: asc }) { menu_item_id quantity note } } }`;
const ADD_LINE = `mutation ($line: order_items_insert_input!) { insert_order_items_one(object: $line) { id note } }`;
const KITCHEN = `query ($id: uuid!) { orders_by_pk(id: $id) { items(order_by: { id: asc }) { note menu_item { name } } } }`;
const TAG = `mutation ($t: menu_item_tags_insert_input!) { insert_menu_item_tags_one(object: $t) { menu_item_id tag } }`;

const refusal = (result: GraphqlResult) => ({ code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' });
const dishId = async (name: string) => (await t.sql.query<{ id: number }>('SELECT id FROM menu_items WHERE name = $1', [name])).rows[0]!.id;

async function place(client: AppClient, lines: Array<Record<string, unknown>>, restaurantId = BELLA_CUCINA): Promise<GraphqlResult> {
  return client.graphql(PLACE, { order: { id: randomUUID(), restaurant_id: restaurantId, delivery_address: '12 Note Street', items: { data: lines } } });
}

describe('a note on a dish', () => {
  it('is written with its line and read by the kitchen through the pipeline; a line without one has none', { timeout: 60_000 }, async () => {
    const [margherita, diavola] = [await dishId('Margherita'), await dishId('Diavola')];
    const placed = await place(alice, [
      { menu_item_id: margherita, quantity: 1, note: 'No basil, please' },
      { menu_item_id: diavola, quantity: 2 },
    ]);
    expect(placed.errors).toBeUndefined();
    const orderId = placed.data.insert_orders_one.id;
    expect(placed.data.insert_orders_one.items).toEqual([
      { menu_item_id: margherita, quantity: 1, note: 'No basil, please' },
      { menu_item_id: diavola, quantity: 2, note: null },
    ]);
    await alice.waitForStatus(orderId, 'validated');
    await alice.pay(orderId);
    // Bella Cucina approves by hand: its kitchen sees the order, and the note, while it is paid.
    await alice.waitForStatus(orderId, 'paid');
    expect(await bella.graphql(KITCHEN, { id: orderId })).toEqual({
      data: {
        orders_by_pk: {
          items: [
            { note: 'No basil, please', menu_item: { name: 'Margherita' } },
            { note: null, menu_item: { name: 'Diavola' } },
          ],
        },
      },
    });
  });

  it('is bounded by the table: empty or over 200 characters is refused, and no order is written', async () => {
    const margherita = await dishId('Margherita');
    for (const note of ['', 'x'.repeat(201)]) {
      expect(refusal(await place(alice, [{ menu_item_id: margherita, quantity: 1, note }]))).toEqual({
        code: CHECK,
        message: expect.stringMatching(/^Check constraint violation\./),
      });
    }
    expect((await place(alice, [{ menu_item_id: margherita, quantity: 1, note: 'x'.repeat(200) }])).errors).toBeUndefined();
  });

  it('another customer cannot add a noted line to someone else’s order; nobody changes a note once the order is validated', { timeout: 30_000 }, async () => {
    const [margherita, tiramisu] = [await dishId('Margherita'), await dishId('Tiramisù')];
    const placed = await place(alice, [{ menu_item_id: margherita, quantity: 1 }]);
    const orderId = placed.data.insert_orders_one.id;
    const forged = await bob.graphql(ADD_LINE, { line: { order_id: orderId, menu_item_id: tiramisu, quantity: 1, note: 'Extra for Bob' } });
    expect(refusal(forged).code).toBe(CHECK);
    // Couriers and kitchens have no insert on order lines at all; nobody has an update.
    expect(refusal(await dave.graphql(ADD_LINE, { line: { order_id: orderId, menu_item_id: tiramisu, quantity: 1, note: 'x' } })).code).toBe('validation-failed');
    expect(refusal(await bella.graphql(ADD_LINE, { line: { order_id: orderId, menu_item_id: tiramisu, quantity: 1, note: 'x' } })).code).toBe('validation-failed');
    expect(refusal(await alice.graphql(`mutation { update_order_items(where: {}, _set: { note: "changed" }) { affected_rows } }`)).code).toBe('validation-failed');

    await alice.waitForStatus(orderId, 'validated');
    expect(refusal(await alice.graphql(ADD_LINE, { line: { order_id: orderId, menu_item_id: tiramisu, quantity: 1, note: 'Late' } })).code).toBe(CHECK);
    await expect(t.sql.query(`UPDATE order_items SET note = 'changed later' WHERE order_id = $1`, [orderId])).rejects.toMatchObject({ code: '23514' });
    const { rows } = await t.sql.query('SELECT menu_item_id, note FROM order_items WHERE order_id = $1', [orderId]);
    expect(rows).toEqual([{ menu_item_id: margherita, note: null }]);
  });
});

describe('diet and allergen tags', () => {
  it('are public, with their labels, and filter a menu through the engine', async () => {
    const vegan = await anonymousGraphql(
      engine.url,
      `{ menu_items(where: { restaurant_id: { _eq: 4 }, tags: { tag: { _eq: "vegan" } } }, order_by: { name: asc }) { name tags(order_by: { dish_tag: { position: asc } }) { dish_tag { label kind } } } }`,
    );
    expect(vegan.data.menu_items).toEqual([
      { name: 'Basmati rice', tags: [{ dish_tag: { label: 'Vegan', kind: 'diet' } }, { dish_tag: { label: 'Gluten-free', kind: 'diet' } }] },
      {
        name: 'Chana masala',
        tags: [{ dish_tag: { label: 'Vegan', kind: 'diet' } }, { dish_tag: { label: 'Gluten-free', kind: 'diet' } }, { dish_tag: { label: 'Spicy', kind: 'diet' } }],
      },
    ]);
    // Without nuts: the dishes with no contains_nuts tag.
    const noNuts = await alice.graphql(`{ menu_items(where: { restaurant_id: { _eq: 3 }, _not: { tags: { tag: { _eq: "contains_nuts" } } } }) { name } }`);
    expect(noNuts.data.menu_items.map((m: { name: string }) => m.name)).not.toContain('Horchata');
    expect(noNuts.data.menu_items).toHaveLength(5);
  });

  it('only a restaurant’s staff tag its own dishes, and only with a known tag', async () => {
    const [margherita, elote] = [await dishId('Margherita'), await dishId('Elote')];
    expect((await bella.graphql(TAG, { t: { menu_item_id: margherita, tag: 'gluten_free' } })).errors).toBeUndefined();
    expect(refusal(await bella.graphql(TAG, { t: { menu_item_id: elote, tag: 'spicy' } })).code).toBe(CHECK);
    expect(refusal(await bella.graphql(TAG, { t: { menu_item_id: margherita, tag: 'healthy' } })).code).toBe('constraint-violation');
    expect(refusal(await alice.graphql(TAG, { t: { menu_item_id: margherita, tag: 'vegan' } })).code).toBe('validation-failed');
    expect(refusal(await anonymousGraphql(engine.url, TAG, { t: { menu_item_id: margherita, tag: 'vegan' } })).code).toBe('validation-failed');
    const removed = await bella.graphql(`mutation ($id: Int!) { delete_menu_item_tags(where: { menu_item_id: { _eq: $id } }) { affected_rows } }`, { id: elote });
    expect(removed).toEqual({ data: { delete_menu_item_tags: { affected_rows: 0 } } });
    const { rows } = await t.sql.query('SELECT tag FROM menu_item_tags WHERE menu_item_id = $1 ORDER BY tag', [elote]);
    expect(rows.map((r) => r.tag)).toEqual(['contains_dairy', 'gluten_free', 'vegetarian']);
  });
});
