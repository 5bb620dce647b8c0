import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * Saved addresses and the courier's note on the real stack: the engine with the repository's
 * metadata, the functions through pgBouncer. Whose an address is, how many and which one is the
 * default are the database's rules (customer_addresses_enforce, a partial unique index); an
 * order placed with a saved address takes a copy of it (orders_apply_saved_address).
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bob: AppClient;
let bella: AppClient;
let dave: AppClient;
let carol: AppClient;

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b0';
const CAROL = '00000000-0000-4000-8000-0000000ca201';
const DORA = '00000000-0000-4000-8000-000000000d0a';
const DAVE_AGENT = 1;
const CHECK = 'permission-error';

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  await t.sql.query(
    `INSERT INTO users (id, username, password_hash, role) SELECT v.id, v.name, password_hash, 'customer' FROM users, (VALUES ($1::uuid, 'bob'), ($2::uuid, 'carol')) v(id, name) WHERE username = 'alice'`,
    [BOB, CAROL],
  );
  engine = await startAppEngine(t.db.url, t.server.url);
  const login = (name: string) => AppClient.login(t.server.url, engine.url, name);
  [alice, bob, carol, bella, dave] = await Promise.all([login('alice'), login('bob'), login('carol'), login('bella'), login('dave')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const SAVE = `mutation ($a: customer_addresses_insert_input!) {
  insert_customer_addresses_one(object: $a) { id customer_id label address courier_note is_default }
}`;
const CHANGE = `mutation ($id: uuid!, $set: customer_addresses_set_input!) {
  update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: $set) { id is_default label courier_note }
}`;
const LIST = `{ customer_addresses(order_by: { created_at: asc }) { id label address courier_note is_default } }`;
const PLACE = `mutation ($order: orders_insert_input!) { insert_orders_one(object: $order) { id delivery_address courier_note address_id } }`;

const refusal = (result: GraphqlResult) => ({ code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' });
const addressesOf = async (customerId: string) =>
  (await t.sql.query('SELECT id, label, is_default FROM customer_addresses WHERE customer_id = $1 ORDER BY created_at, id', [customerId])).rows;

async function save(client: AppClient, a: Record<string, unknown>): Promise<{ id: string; is_default: boolean }> {
  const saved = await client.graphql(SAVE, { a });
  expect(saved.errors).toBeUndefined();
  return saved.data.insert_customer_addresses_one;
}

async function placeWith(client: AppClient, order: Record<string, unknown>): Promise<GraphqlResult> {
  const [item] = await client.menuItemIds(2);
  return client.graphql(PLACE, { order: { id: randomUUID(), restaurant_id: 2, items: { data: [{ menu_item_id: item!, quantity: 1 }] }, ...order } });
}

describe('a customer’s saved addresses', () => {
  it('the first one saved is the default; making another the default clears the first; each customer sees only their own', async () => {
    const home = await save(bob, { label: ' Home ', address: '  1 Elm Street, Flat 2 ', courier_note: 'Ring twice' });
    expect(home).toMatchObject({ customer_id: BOB, label: 'Home', address: '1 Elm Street, Flat 2', is_default: true });
    const work = await save(bob, { label: 'Work', address: '99 Office Park' });
    expect(work.is_default).toBe(false);
    expect((await bob.graphql(CHANGE, { id: work.id, set: { is_default: true } })).data.update_customer_addresses_by_pk.is_default).toBe(true);
    expect((await bob.graphql(LIST)).data.customer_addresses).toEqual([
      { id: home.id, label: 'Home', address: '1 Elm Street, Flat 2', courier_note: 'Ring twice', is_default: false },
      { id: work.id, label: 'Work', address: '99 Office Park', courier_note: '', is_default: true },
    ]);
    expect((await alice.graphql(LIST)).data.customer_addresses.map((a: { id: string }) => a.id)).not.toContain(home.id);
    expect(await alice.graphql('query ($id: uuid!) { customer_addresses_by_pk(id: $id) { id } }', { id: home.id })).toEqual({ data: { customer_addresses_by_pk: null } });
  });

  it('no role but the customer reaches the table: restaurant staff, couriers and anonymous have no such field', async () => {
    for (const result of [await bella.graphql(LIST), await dave.graphql(LIST), await anonymousGraphql(engine.url, LIST)]) {
      expect(refusal(result).code).toBe('validation-failed');
    }
  });

  it('another customer can neither change, delete, nor write one for someone else', async () => {
    const mine = await save(alice, { label: 'Mine', address: '5 Private Lane' });
    expect(await bob.graphql(CHANGE, { id: mine.id, set: { courier_note: 'Leave it outside' } })).toEqual({ data: { update_customer_addresses_by_pk: null } });
    expect(await bob.graphql('mutation ($id: uuid!) { delete_customer_addresses_by_pk(id: $id) { id } }', { id: mine.id })).toEqual({
      data: { delete_customer_addresses_by_pk: null },
    });
    // customer_id is preset from the token, never the client's input.
    expect(refusal(await bob.graphql(SAVE, { a: { label: 'Forged', address: '1 Forged Road', customer_id: ALICE } })).code).toBe('validation-failed');
    // Any other writer: a customer's session in hasura.user naming another customer is refused by the database.
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': 'customer', 'x-hasura-user-id': BOB })]);
      await expect(client.query(`INSERT INTO customer_addresses (customer_id, label, address) VALUES ($1, 'X', '1 Forged Road')`, [ALICE])).rejects.toMatchObject({
        code: '23514',
        message: 'only its customer may save or change an address',
      });
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    await expect(t.sql.query('UPDATE customer_addresses SET customer_id = $1 WHERE id = $2', [BOB, mine.id])).rejects.toMatchObject({ code: '23514' });
    expect((await t.sql.query('SELECT customer_id, courier_note FROM customer_addresses WHERE id = $1', [mine.id])).rows).toEqual([{ customer_id: ALICE, courier_note: '' }]);
  });

  it('bounds: a label of 1-40 characters, an address of 5-300, a note of at most 300', async () => {
    for (const a of [
      { label: '', address: '1 Short Street' },
      { label: 'x'.repeat(41), address: '1 Short Street' },
      { label: 'Home', address: 'abc' },
      { label: 'Home', address: 'x'.repeat(301) },
      { label: 'Home', address: '1 Short Street', courier_note: 'x'.repeat(301) },
    ]) {
      expect(refusal(await alice.graphql(SAVE, { a }))).toEqual({ code: CHECK, message: expect.stringMatching(/^Check constraint violation\./) });
    }
  });

  it('concurrent writes of one customer: of 12 addresses each made the default at once, exactly one is; at most 20 are kept', { timeout: 30_000 }, async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => save(carol, { label: `Place ${i}`, address: `${i} Race Road` }).then((a) => a.id)));
    const made = await Promise.all(ids.map((id) => carol.graphql(CHANGE, { id, set: { is_default: true } })));
    for (const result of made) expect(result.errors).toBeUndefined();
    expect((await addressesOf(CAROL)).filter((a) => a.is_default)).toHaveLength(1);
    const more = await Promise.all(Array.from({ length: 12 }, (_, i) => carol.graphql(SAVE, { a: { label: `More ${i}`, address: `${i} Extra Road` } })));
    expect(more.filter((r) => !r.errors)).toHaveLength(8);
    for (const r of more.filter((r) => r.errors)) expect(refusal(r)).toEqual({ code: CHECK, message: expect.stringContaining('up to 20 addresses') });
    expect(await addressesOf(CAROL)).toHaveLength(20);
  });

  it('deleting the default while another is made the default, at once and again: never two defaults, and no error', { timeout: 30_000 }, async () => {
    await t.sql.query(`INSERT INTO users (id, username, password_hash, role) SELECT $1, 'dora', password_hash, 'customer' FROM users WHERE username = 'alice'`, [DORA]);
    const dora = await AppClient.login(t.server.url, engine.url, 'dora');
    for (let round = 0; round < 5; round++) {
      const first = await save(dora, { label: `First ${round}`, address: `${round} First Road`, is_default: true });
      const second = await save(dora, { label: `Second ${round}`, address: `${round} Second Road` });
      const [deleted, made] = await Promise.all([
        dora.graphql('mutation ($id: uuid!) { delete_customer_addresses_by_pk(id: $id) { id } }', { id: first.id }),
        dora.graphql(CHANGE, { id: second.id, set: { is_default: true } }),
      ]);
      expect(deleted.errors).toBeUndefined();
      expect(made.errors).toBeUndefined();
      const left = (await dora.graphql(LIST)).data.customer_addresses as Array<{ id: string; is_default: boolean }>;
      expect(left.filter((a) => a.is_default).map((a) => a.id)).toEqual([second.id]);
      expect(left.map((a) => a.id)).not.toContain(first.id);
    }
  });
});

describe('an order placed with a saved address', () => {
  it('takes a copy of the address and its note, which the courier’s card reads; later edits and deletion change no order', { timeout: 60_000 }, async () => {
    const home = await save(alice, { label: 'Home', address: '7 Courier Close', courier_note: 'Side door, ring twice', is_default: true });
    const placed = await placeWith(alice, { address_id: home.id, delivery_address: '1 Ignored Street' });
    expect(placed.data.insert_orders_one).toMatchObject({ delivery_address: '7 Courier Close', courier_note: 'Side door, ring twice', address_id: home.id });
    const orderId = placed.data.insert_orders_one.id;

    // Through the pipeline to Dave, the only courier free.
    await t.sql.query('UPDATE agents SET is_available = (id = $1)', [DAVE_AGENT]);
    await alice.waitForStatus(orderId, 'validated');
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'agent_assigned');
    const card = await dave.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { delivery_address courier_note } }', { id: orderId });
    expect(card).toEqual({ data: { orders_by_pk: { delivery_address: '7 Courier Close', courier_note: 'Side door, ring twice' } } });

    await alice.graphql(CHANGE, { id: home.id, set: { courier_note: 'Front door' } });
    expect((await alice.graphql('mutation ($id: uuid!) { delete_customer_addresses_by_pk(id: $id) { id } }', { id: home.id })).errors).toBeUndefined();
    const kept = await t.sql.query('SELECT delivery_address, courier_note, address_id FROM orders WHERE id = $1', [orderId]);
    expect(kept.rows).toEqual([{ delivery_address: '7 Courier Close', courier_note: 'Side door, ring twice', address_id: null }]);
    await t.sql.query('UPDATE agents SET is_available = true WHERE id <> $1', [DAVE_AGENT]);
  });

  it('deleting an address changes none of the orders placed with it: only their link to it goes, not even updated_at moves', { timeout: 60_000 }, async () => {
    const cabin = await save(alice, { label: 'Cabin', address: '9 Pine Track', courier_note: 'Knock loudly' });
    const orderId = (await placeWith(alice, { address_id: cabin.id })).data.insert_orders_one.id;
    // validated is where an unpaid order rests: nothing else writes it while this test looks.
    await alice.waitForStatus(orderId, 'validated');
    const row = async () => (await t.sql.query('SELECT to_jsonb(o) AS o FROM orders o WHERE id = $1', [orderId])).rows[0].o;
    const before = await row();
    expect(before.address_id).toBe(cabin.id);
    expect((await alice.graphql('mutation ($id: uuid!) { delete_customer_addresses_by_pk(id: $id) { id } }', { id: cabin.id })).errors).toBeUndefined();
    expect(await row()).toEqual({ ...before, address_id: null });
    // Any other write still stamps updated_at.
    await t.sql.query('UPDATE orders SET rejection_reason = rejection_reason WHERE id = $1', [orderId]);
    expect((await row()).updated_at).not.toBe(before.updated_at);
  });

  it('a note written for this order wins over the saved one; a typed address carries its own note', async () => {
    const office = await save(alice, { label: 'Office', address: '3 Desk Drive', courier_note: 'Reception' });
    const own = await placeWith(alice, { address_id: office.id, courier_note: '  Call me on arrival ' });
    expect(own.data.insert_orders_one).toMatchObject({ delivery_address: '3 Desk Drive', courier_note: 'Call me on arrival' });
    const typed = await placeWith(alice, { delivery_address: '12 Typed Terrace', courier_note: 'Blue gate' });
    expect(typed.data.insert_orders_one).toMatchObject({ delivery_address: '12 Typed Terrace', courier_note: 'Blue gate', address_id: null });
    const blank = await placeWith(alice, { delivery_address: '12 Typed Terrace', courier_note: '   ' });
    expect(blank.data.insert_orders_one.courier_note).toBeNull();
  });

  it('another customer’s address id, or one that does not exist, is refused in the same words; no order is written', async () => {
    const bobs = await save(bob, { label: 'Bob’s', address: '8 Someone Else Street' });
    for (const addressId of [bobs.id, randomUUID()]) {
      const forged = await placeWith(alice, { address_id: addressId });
      expect(refusal(forged)).toEqual({ code: CHECK, message: expect.stringContaining(`address ${addressId} is not one of your saved addresses`) });
    }
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM orders WHERE address_id = $1', [bobs.id]);
    expect(rows[0].n).toBe(0);
  });

  it('an overlong note is refused by the table; nobody changes an order’s address or note once it is placed', async () => {
    expect(refusal(await placeWith(alice, { delivery_address: '12 Typed Terrace', courier_note: 'x'.repeat(301) }))).toEqual({
      code: CHECK,
      message: expect.stringMatching(/^Check constraint violation\./),
    });
    const placed = await placeWith(alice, { delivery_address: '12 Typed Terrace', courier_note: 'Blue gate' });
    const orderId = placed.data.insert_orders_one.id;
    // The customer's permission has no such columns; an admin write is refused by the database.
    expect(refusal(await alice.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { courier_note: "x" }) { id } }', { id: orderId })).code).toBe(
      'validation-failed',
    );
    for (const [column, value] of [
      ['courier_note', 'Other gate'],
      ['delivery_address', '13 Other Terrace'],
    ]) {
      await expect(t.sql.query(`UPDATE orders SET ${column} = $2 WHERE id = $1`, [orderId, value])).rejects.toMatchObject({
        code: '23514',
        message: `the delivery address of order ${orderId} cannot change once it is placed`,
      });
    }
  });
});
