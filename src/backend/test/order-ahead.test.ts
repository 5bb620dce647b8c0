import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { hasuraEvent } from './helpers/events.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * Order ahead on the real stack: the engine with the repository's metadata (the schedule-order
 * event trigger, one-off scheduled events) and the functions through pgBouncer. A customer
 * schedules through GraphQL; scheduled_orders_enforce decides what may be scheduled and by
 * whom; schedule-order creates the one-off event; place-scheduled-order places the order under
 * the scheduled order's lock, once.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bob: AppClient;

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b0';
const ADMIN_SECRET = 'engine-admin-secret';
// Sakura Sushi (auto-approves) and Taqueria Sol; the test opens both around the clock.
const SAKURA = 2;
const TAQUERIA = 3;

beforeAll(async () => {
  t = await startFunctionsUnderTest({ HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET });
  await t.sql.query(`INSERT INTO users (id, username, password_hash, role) SELECT $1, 'bob', password_hash, 'customer' FROM users WHERE username = 'alice'`, [BOB]);
  await t.sql.query(
    `INSERT INTO restaurant_opening_hours (restaurant_id, weekday, opens_at, closes_at)
     SELECT r, d, '00:00', '24:00' FROM unnest($1::int[]) r, generate_series(1, 7) d`,
    [[SAKURA, TAQUERIA]],
  );
  engine = await startAppEngine(t.db.url, t.server.url);
  // The functions learn the engine's port once it listens (both pick free ports).
  t.server.runtime.config.engineUrl = engine.url;
  [alice, bob] = await Promise.all([AppClient.login(t.server.url, engine.url, 'alice'), AppClient.login(t.server.url, engine.url, 'bob')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const SCHEDULE = `mutation ($s: scheduled_orders_insert_input!) { insert_scheduled_orders_one(object: $s) { id customer_id status place_at } }`;
const CANCEL = `mutation ($id: uuid!) { update_scheduled_orders(where: { id: { _eq: $id } }, _set: { status: "cancelled" }) { affected_rows } }`;
const MINE = `{ scheduled_orders(order_by: { place_at: asc }) { id status failure_reason order_id order { id status } } }`;

const refusal = (result: GraphqlResult) => result.errors?.[0]?.message ?? '';
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function admin(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult> {
  const response = await fetch(`${engine.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResult;
}

async function dishes(restaurantId: number): Promise<number[]> {
  return (await t.sql.query<{ id: number }>('SELECT id FROM menu_items WHERE restaurant_id = $1 AND is_available ORDER BY id', [restaurantId])).rows.map((r) => r.id);
}

async function cart(restaurantId: number) {
  const [first, second] = await dishes(restaurantId);
  return [
    { menu_item_id: first!, quantity: 2, note: 'no wasabi' },
    { menu_item_id: second!, quantity: 1 },
  ];
}

const row = async (id: string) =>
  (
    await t.sql.query<{ status: string; order_id: string | null; failure_reason: string | null; scheduled_event_id: string | null }>(
      'SELECT status, order_id, failure_reason, scheduled_event_id FROM scheduled_orders WHERE id = $1',
      [id],
    )
  ).rows[0]!;
const waitForStatus = (id: string, status: string, timeoutMs = 30_000) =>
  waitFor(async () => (await row(id)).status === status, { timeoutMs, what: `scheduled order ${id} to become ${status}`, intervalMs: 50 });
const ordersOf = async (customerId: string) => Number((await t.sql.query('SELECT count(*) FROM orders WHERE customer_id = $1', [customerId])).rows[0].count);
const placement = (id: string, eventId = randomUUID()) =>
  deliver(t.server, '/place-scheduled-order', { id: eventId, scheduled_time: new Date().toISOString(), payload: { scheduled_order_id: id }, created_at: new Date().toISOString() });

/** Scheduled for alice by the admin (an operator may schedule sooner than 15 minutes ahead). */
async function scheduleSoon(seconds: number, restaurantId = SAKURA, extra: Record<string, unknown> = {}): Promise<string> {
  const id = randomUUID();
  const at = new Date(Date.now() + seconds * 1000).toISOString();
  const made = await admin(SCHEDULE, {
    s: { id, customer_id: ALICE, restaurant_id: restaurantId, place_at: at, lines: await cart(restaurantId), delivery_address: '12 Event Street', ...extra },
  });
  expect(made.errors).toBeUndefined();
  return id;
}

describe('order ahead: scheduling', () => {
  it('a customer schedules their cart; schedule-order creates the one-off event for its time', async () => {
    const id = randomUUID();
    const placeAt = inMinutes(90);
    const made = await alice.graphql(SCHEDULE, {
      s: { id, restaurant_id: SAKURA, place_at: placeAt, lines: await cart(SAKURA), delivery_address: '12 Event Street', tip_cents: 300 },
    });
    expect(made.errors).toBeUndefined();
    expect(made.data.insert_scheduled_orders_one).toMatchObject({ id, customer_id: ALICE, status: 'scheduled' });
    await waitFor(async () => (await row(id)).scheduled_event_id !== null, { timeoutMs: 15_000, what: 'the placement event' });
    const events = await t.sql.query(
      `SELECT id, status, scheduled_time, webhook_conf::text AS webhook FROM hdb_catalog.hdb_scheduled_events WHERE payload->>'scheduled_order_id' = $1`,
      [id],
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].id).toBe((await row(id)).scheduled_event_id);
    expect(JSON.parse(events.rows[0].webhook)).toBe('{{ACTION_BASE_URL}}/place-scheduled-order');
    expect(new Date(events.rows[0].scheduled_time).getTime()).toBe(new Date(placeAt).getTime());
    // Another delivery of the trigger's event (a new event id, as a manual redelivery has) creates no second placement event.
    const again = await deliver(t.server, '/schedule-order', hasuraEvent({ trigger: 'schedule-order', table: 'scheduled_orders', op: 'MANUAL', newRow: { id } }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'skipped', reason: 'its placement is already scheduled' });
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM hdb_catalog.hdb_scheduled_events WHERE payload->>'scheduled_order_id' = $1`, [id])).rows[0].n).toBe(1);
  });

  it('refuses a time outside the hours, sooner than 15 minutes or further than 7 days, with the reason', async () => {
    const lines = await cart(1);
    const base = { restaurant_id: 1, lines, delivery_address: '12 Event Street' };
    // Bella Cucina: 11:00-15:00 and 17:00-23:00 UTC every day; 16:00 tomorrow is between the two.
    const tomorrow = new Date();
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    tomorrow.setUTCHours(16, 0, 0, 0);
    expect(refusal(await alice.graphql(SCHEDULE, { s: { ...base, place_at: tomorrow.toISOString() } }))).toMatch(/the restaurant is not open at .* 16:00 UTC/);
    const sakura = { ...base, restaurant_id: SAKURA, lines: await cart(SAKURA) };
    expect(refusal(await alice.graphql(SCHEDULE, { s: { ...sakura, place_at: inMinutes(5) } }))).toContain('an order can be scheduled from 15 minutes ahead');
    expect(refusal(await alice.graphql(SCHEDULE, { s: { ...sakura, place_at: inMinutes(7 * 24 * 60 + 5) } }))).toContain('an order can be scheduled at most 7 days ahead');
    // Another restaurant's dish, a line without a quantity.
    expect(refusal(await alice.graphql(SCHEDULE, { s: { ...sakura, place_at: inMinutes(60), lines } }))).toContain(
      'each line of a scheduled order must be a different available dish',
    );
    expect(refusal(await alice.graphql(SCHEDULE, { s: { ...sakura, place_at: inMinutes(60), lines: [{ menu_item_id: 7 }] } }))).toContain('a scheduled order line is');
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM scheduled_orders WHERE restaurant_id = 1`)).rows[0].n).toBe(0);
  });

  it("a customer cannot schedule for someone else, nor use another customer's saved address", async () => {
    const forged = await bob.graphql(SCHEDULE, {
      s: { customer_id: ALICE, restaurant_id: SAKURA, place_at: inMinutes(60), lines: await cart(SAKURA), delivery_address: '12 Event Street' },
    });
    expect(forged.errors).toBeDefined();
    const address = await t.sql.query<{ id: string }>(`INSERT INTO customer_addresses (customer_id, label, address) VALUES ($1, 'Home', '1 Alice Road') RETURNING id`, [ALICE]);
    const borrowed = await bob.graphql(SCHEDULE, { s: { restaurant_id: SAKURA, place_at: inMinutes(60), lines: await cart(SAKURA), address_id: address.rows[0]!.id } });
    expect(refusal(borrowed)).toContain('is not one of your saved addresses');
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM scheduled_orders WHERE customer_id = $1`, [BOB])).rows[0].n).toBe(0);
  });

  it('another customer sees nothing of it and cannot cancel it; an anonymous visitor sees no scheduled orders', async () => {
    const id = await scheduleSoon(3600);
    expect((await bob.graphql(MINE)).data.scheduled_orders).toEqual([]);
    expect((await bob.graphql(CANCEL, { id })).data.update_scheduled_orders.affected_rows).toBe(0);
    expect((await row(id)).status).toBe('scheduled');
    expect((await anonymousGraphql(engine.url, MINE)).errors).toBeDefined();
    // Opening hours are public.
    const hours = await anonymousGraphql(
      engine.url,
      `{ restaurant_opening_hours(where: { restaurant_id: { _eq: 1 } }, order_by: [{ weekday: asc }, { opens_at: asc }], limit: 2) { weekday opens_at closes_at } }`,
    );
    expect(hours.data.restaurant_opening_hours).toEqual([
      { weekday: 1, opens_at: '11:00:00', closes_at: '15:00:00' },
      { weekday: 1, opens_at: '17:00:00', closes_at: '23:00:00' },
    ]);
  });

  it('a customer cancels their own before it is placed, and changes nothing else', async () => {
    const id = await scheduleSoon(3600);
    const edit = await alice.graphql(`mutation ($id: uuid!) { update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { place_at: "2030-01-01T12:00:00Z" }) { id } }`, { id });
    expect(edit.errors).toBeDefined();
    const place = await alice.graphql(`mutation ($id: uuid!) { update_scheduled_orders_by_pk(pk_columns: { id: $id }, _set: { status: "placed" }) { id } }`, { id });
    expect(place.errors).toBeDefined();
    expect((await alice.graphql(CANCEL, { id })).data.update_scheduled_orders.affected_rows).toBe(1);
    expect((await row(id)).status).toBe('cancelled');
    // The event comes anyway: a cancelled order places nothing.
    const before = await ordersOf(ALICE);
    expect((await placement(id)).status).toBe(200);
    expect(await ordersOf(ALICE)).toBe(before);
    expect((await row(id)).status).toBe('cancelled');
  });
});

describe('order ahead: opening hours', () => {
  const ADD = `mutation ($h: restaurant_opening_hours_insert_input!) { insert_restaurant_opening_hours_one(object: $h) { id } }`;
  it('a restaurant’s staff keep their own hours, not another’s; a period ends after it opens; customers only read them', async () => {
    const bella = await AppClient.login(t.server.url, engine.url, 'bella');
    const own = await bella.graphql(ADD, { h: { restaurant_id: 1, weekday: 7, opens_at: '08:00', closes_at: '10:00' } });
    expect(own.errors).toBeUndefined();
    expect((await bella.graphql(ADD, { h: { restaurant_id: SAKURA, weekday: 7, opens_at: '08:00', closes_at: '10:00' } })).errors).toBeDefined();
    expect(refusal(await bella.graphql(ADD, { h: { restaurant_id: 1, weekday: 6, opens_at: '10:00', closes_at: '09:00' } }))).toContain('restaurant_opening_hours_period');
    expect((await alice.graphql(ADD, { h: { restaurant_id: 1, weekday: 6, opens_at: '06:00', closes_at: '07:00' } })).errors).toBeDefined();
    const removed = await bella.graphql(`mutation { delete_restaurant_opening_hours(where: { restaurant_id: { _eq: ${SAKURA} } }) { affected_rows } }`);
    expect(removed.data.delete_restaurant_opening_hours.affected_rows).toBe(0);
    await t.sql.query(`DELETE FROM restaurant_opening_hours WHERE id = $1`, [own.data.insert_restaurant_opening_hours_one.id]);
  });
});

describe('order ahead: placement', () => {
  it('places it at its time as a normal order that validate-order prices, and links the two', { timeout: 60_000 }, async () => {
    const id = await scheduleSoon(3, SAKURA, { tip_cents: 250 });
    await waitForStatus(id, 'placed');
    const { order_id: orderId } = await row(id);
    await alice.waitForStatus(orderId!, 'validated');
    const order = await t.sql.query(`SELECT customer_id, restaurant_id, delivery_address, tip_cents, total_cents FROM orders WHERE id = $1`, [orderId]);
    expect(order.rows[0]).toMatchObject({ customer_id: ALICE, restaurant_id: SAKURA, delivery_address: '12 Event Street', tip_cents: 250 });
    expect(order.rows[0].total_cents).toBeGreaterThan(250);
    const items = await t.sql.query(`SELECT menu_item_id, quantity, note FROM order_items WHERE order_id = $1 ORDER BY menu_item_id`, [orderId]);
    expect(items.rows).toEqual((await cart(SAKURA)).map((l) => ({ menu_item_id: l.menu_item_id, quantity: l.quantity, note: l.note ?? null })));
    const mine = (await alice.graphql(MINE)).data.scheduled_orders.find((s: { id: string }) => s.id === id);
    expect(mine).toMatchObject({ status: 'placed', order_id: orderId, order: { id: orderId } });
    // Editing or cancelling it now is refused with the reason.
    expect(refusal(await alice.graphql(CANCEL, { id }))).toContain('can no longer be changed: it is already placed');
  });

  it('a duplicated or late delivery of the event places nothing twice', { timeout: 60_000 }, async () => {
    const id = await scheduleSoon(2);
    await waitForStatus(id, 'placed');
    const before = await ordersOf(ALICE);
    const eventId = randomUUID();
    const [first, again, other] = await Promise.all([placement(id, eventId), placement(id, eventId), placement(id)]);
    for (const answer of [first, again, other]) expect(answer.status).toBe(200);
    expect(other.body).toMatchObject({ status: 'skipped' });
    expect(await ordersOf(ALICE)).toBe(before);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM scheduled_orders WHERE order_id = $1`, [(await row(id)).order_id])).rows[0].n).toBe(1);
  });

  it('a saved address deleted before the time: the scheduled order keeps its copy and is placed with it', { timeout: 60_000 }, async () => {
    const saved = await alice.graphql(`mutation { insert_customer_addresses_one(object: { label: "Office", address: "77 Quay Street", courier_note: "Reception desk" }) { id } }`);
    expect(saved.errors).toBeUndefined();
    const addressId = saved.data.insert_customer_addresses_one.id;
    const id = await scheduleSoon(3, SAKURA, { delivery_address: null, address_id: addressId });
    const deleted = await alice.graphql(`mutation ($id: uuid!) { delete_customer_addresses_by_pk(id: $id) { id } }`, { id: addressId });
    expect(deleted.errors).toBeUndefined();
    await waitForStatus(id, 'placed');
    const order = await t.sql.query(`SELECT o.delivery_address, o.courier_note, o.address_id FROM orders o JOIN scheduled_orders s ON s.order_id = o.id WHERE s.id = $1`, [id]);
    expect(order.rows[0]).toEqual({ delivery_address: '77 Quay Street', courier_note: 'Reception desk', address_id: null });
  });

  it('an event that comes early waits for the time', async () => {
    const id = await scheduleSoon(3600);
    const early = await placement(id);
    expect(early.status).toBe(503);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await row(id)).status).toBe('scheduled');
  });

  it('a cancel racing the placement: exactly one wins', { timeout: 60_000 }, async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map(() => scheduleSoon(5)));
    // Only this test's deliveries race the cancels: the engine's own events for these rows are dropped once made.
    await waitFor(async () => (await t.sql.query(`SELECT bool_and(scheduled_event_id IS NOT NULL) AS made FROM scheduled_orders WHERE id = ANY($1)`, [ids])).rows[0].made, {
      timeoutMs: 10_000,
      what: 'the placement events',
    });
    await t.sql.query(`DELETE FROM hdb_catalog.hdb_scheduled_events WHERE payload->>'scheduled_order_id' = ANY($1)`, [ids]);
    await waitFor(async () => (await t.sql.query(`SELECT bool_and(place_at <= now()) AS due FROM scheduled_orders WHERE id = ANY($1)`, [ids])).rows[0].due, {
      timeoutMs: 10_000,
      what: 'the orders to be due',
    });
    const results = await Promise.all(ids.map((id) => Promise.all([alice.graphql(CANCEL, { id }), placement(id)])));
    await Promise.all(ids.map((id) => waitFor(async () => (await row(id)).status !== 'scheduled', { timeoutMs: 15_000, what: 'an outcome' })));
    for (const [i, id] of ids.entries()) {
      const [cancel] = results[i]!;
      const final = await row(id);
      const orders = (await t.sql.query(`SELECT count(*)::int AS n FROM scheduled_orders s JOIN orders o ON o.id = s.order_id WHERE s.id = $1`, [id])).rows[0].n;
      if (final.status === 'cancelled') {
        expect(cancel.data?.update_scheduled_orders.affected_rows).toBe(1);
        expect(orders).toBe(0);
      } else {
        expect(final.status).toBe('placed');
        expect(orders).toBe(1);
        // The cancel found it placed: refused with the reason, or (waiting on the lock) matched nothing.
        if (cancel.errors) expect(refusal(cancel)).toContain('already placed');
        else expect(cancel.data.update_scheduled_orders.affected_rows).toBe(0);
      }
    }
  });

  it('fails with a reason and a notification when the restaurant is closed or a dish is gone', { timeout: 60_000 }, async () => {
    const [first] = await cart(SAKURA);
    // Both scheduled while open, then the restaurant closes and a dish goes before their time.
    const closed = await scheduleSoon(2, TAQUERIA);
    const gone = await scheduleSoon(2, SAKURA);
    await t.sql.query(`UPDATE restaurants SET is_open = false WHERE id = $1`, [TAQUERIA]);
    await t.sql.query(`UPDATE menu_items SET is_available = false WHERE id = $1`, [first!.menu_item_id]);
    try {
      const before = await ordersOf(ALICE);
      await Promise.all([waitForStatus(closed, 'failed'), waitForStatus(gone, 'failed')]);
      expect(await row(closed)).toMatchObject({ status: 'failed', failure_reason: 'Taqueria Sol is closed at the time you chose.', order_id: null });
      expect((await row(gone)).failure_reason).toMatch(/^No longer available: /);
      expect(await ordersOf(ALICE)).toBe(before);
      const notes = await alice.graphql(`{ notifications(where: { kind: { _eq: "status" }, order_id: { _is_null: true } }) { title body } }`);
      expect(notes.data.notifications).toContainEqual({ title: 'Your scheduled order was not placed', body: 'Taqueria Sol is closed at the time you chose.' });
      const mine = (await alice.graphql(MINE)).data.scheduled_orders.find((s: { id: string }) => s.id === closed);
      expect(mine).toMatchObject({ status: 'failed', failure_reason: 'Taqueria Sol is closed at the time you chose.' });
    } finally {
      await t.sql.query(`UPDATE restaurants SET is_open = true WHERE id = $1`, [TAQUERIA]);
      await t.sql.query(`UPDATE menu_items SET is_available = true WHERE id = $1`, [first!.menu_item_id]);
    }
  });
});
