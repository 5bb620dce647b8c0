import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { hasuraEvent } from './helpers/events.js';

/**
 * A tip after delivery on the real stack: the engine with the repository's metadata delivering
 * the tip-payment event to the functions through pgBouncer. Who may tip, when and how often is
 * the database's rule (order_tips_enforce, the unique index); the function charges the card of
 * the order's payment the amount it reads under its lock, once per tip however often the event
 * comes; the order's own amounts never move.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bob: AppClient;
let bella: AppClient;
let dave: AppClient;
let analyst: AppClient;

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BOB = '00000000-0000-4000-8000-0000000000b1';
const DAVE_AGENT = 1;
const MAYA_AGENT = 2;
/** Hasura reports a check violation (SQLSTATE 23514) as a permission-error "Check constraint violation. <reason>". */
const CHECK = 'permission-error';

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  await t.sql.query(`INSERT INTO users (id, username, password_hash, role) SELECT $1, 'bob-tips', password_hash, 'customer' FROM users WHERE username = 'alice'`, [BOB]);
  engine = await startAppEngine(t.db.url, t.server.url);
  const login = (name: string) => AppClient.login(t.server.url, engine.url, name);
  [alice, bob, bella, dave, analyst] = await Promise.all([login('alice'), login('bob-tips'), login('bella'), login('dave'), login('admin')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const TIP = 'mutation ($tip: order_tips_insert_input!) { insert_order_tips_one(object: $tip) { id order_id amount_cents status card_last4 } }';
const TIPS_OF = 'query ($id: uuid!) { order_tips(where: { order_id: { _eq: $id } }) { id amount_cents status } }';
const refusal = (result: GraphqlResult) => ({ code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' });

/**
 * An order at `status` (delivered `deliveredAgo` seconds ago), paid with `token`, written in SQL
 * with the triggers off (the rows the pipeline would have written), assigned to `agentId`.
 */
async function orderAt(status: string, { deliveredAgo = 60, token = 'tok_visa', agentId = DAVE_AGENT, customerId = ALICE } = {}): Promise<string> {
  const id = randomUUID();
  const client = await t.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, items_subtotal_cents, paid_at, delivered_at)
       VALUES ($1, $2, 2, '1 Tip Lane', $3::order_status, 1000, 1000, now() - make_interval(secs => $4 + 1800),
               CASE WHEN $3::order_status = 'delivered' THEN now() - make_interval(secs => $4) END)`,
      [id, customerId, status, deliveredAgo],
    );
    await client.query(`INSERT INTO payments (order_id, amount_cents, status, payment_token, card_last4) VALUES ($1, 1000, 'succeeded', $2, '4242')`, [id, token]);
    await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [id, agentId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return id;
}

async function settledTip(tipId: string): Promise<{ status: string; amount_cents: number; failure_reason: string | null; provider_ref: string | null }> {
  let tip = { status: 'pending', amount_cents: 0, failure_reason: null as string | null, provider_ref: null as string | null };
  await waitFor(
    async () => {
      tip = (await t.sql.query('SELECT status, amount_cents, failure_reason, provider_ref FROM order_tips WHERE id = $1', [tipId])).rows[0];
      return tip.status !== 'pending';
    },
    { timeoutMs: 30_000, what: `tip ${tipId} to be settled`, intervalMs: 50 },
  );
  return tip;
}

const chargesOf = async (tipId: string) =>
  (await t.sql.query('SELECT amount_cents, token, status FROM card_gateway.charges WHERE idempotency_key = $1', [`tip-${tipId}`])).rows as Array<{
    amount_cents: number;
    token: string;
    status: string;
  }>;

/** An insert as a GraphQL session would run it (hasura.user set), straight in SQL: the trigger's own check, apart from any permission. */
async function insertAs(userId: string, role: string, orderId: string, amount = 300): Promise<void> {
  const client = await t.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': role, 'x-hasura-user-id': userId })]);
    await client.query('INSERT INTO order_tips (order_id, amount_cents) VALUES ($1, $2)', [orderId, amount]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

describe('a tip after delivery', () => {
  it('through the pipeline: charged once to the order’s card, shown to the customer and the courier, the order’s amounts untouched', { timeout: 60_000 }, async () => {
    const [item] = await alice.menuItemIds(2);
    const orderId = await alice.placeOrder(2, [{ menu_item_id: item!, quantity: 1 }]);
    await alice.waitForStatus(orderId, 'validated');
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'agent_assigned');
    const early = await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300 } });
    expect(refusal(early).code).toBe(CHECK);
    await t.sql.query(`UPDATE orders SET status = 'picked_up' WHERE id = $1`, [orderId]);
    await t.sql.query(`UPDATE orders SET status = 'delivered' WHERE id = $1`, [orderId]);
    const before = (await t.sql.query('SELECT total_cents, tip_cents, items_subtotal_cents FROM orders WHERE id = $1', [orderId])).rows[0];

    const tipId = randomUUID();
    const tipped = await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 300 } });
    expect(tipped).toEqual({ data: { insert_order_tips_one: { id: tipId, order_id: orderId, amount_cents: 300, status: 'pending', card_last4: '4242' } } });
    expect(await settledTip(tipId)).toMatchObject({ status: 'succeeded', amount_cents: 300, failure_reason: null });
    expect(await chargesOf(tipId)).toEqual([{ amount_cents: 300, token: 'tok_visa', status: 'succeeded' }]);
    expect((await t.sql.query('SELECT total_cents, tip_cents, items_subtotal_cents FROM orders WHERE id = $1', [orderId])).rows[0]).toEqual(before);

    const read = await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { tip_cents after_delivery_tip { amount_cents status } } }', { id: orderId });
    expect(read.data.orders_by_pk.after_delivery_tip).toEqual({ amount_cents: 300, status: 'succeeded' });
    const { rows } = await t.sql.query<{ agent_id: number }>('SELECT agent_id FROM assignments WHERE order_id = $1', [orderId]);
    const courierSees = (await dave.graphql(TIPS_OF, { id: orderId })).data.order_tips;
    expect(courierSees).toEqual(rows[0]!.agent_id === DAVE_AGENT ? [{ id: tipId, amount_cents: 300, status: 'succeeded' }] : []);
  });

  it('others see no tip of the order, and nobody but its customer writes one, whatever the path', async () => {
    const orderId = await orderAt('delivered', { agentId: MAYA_AGENT });
    for (const [client, code] of [
      [bella, 'validation-failed'],
      [dave, 'validation-failed'],
      [analyst, 'validation-failed'],
      [bob, CHECK],
    ] as const) {
      const forged = await client.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300 } });
      expect(refusal(forged).code).toBe(code);
    }
    const anonymous = await anonymousGraphql(engine.url, TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300 } });
    expect(refusal(anonymous).code).toBe('validation-failed');
    await expect(insertAs(BOB, 'customer', orderId)).rejects.toMatchObject({ code: '23514', message: `only the customer of order ${orderId} may tip after its delivery` });
    // The customer proposes the amount only: not the status, card or customer.
    for (const extra of [{ status: 'succeeded' }, { payment_token: 'tok_visa' }, { card_last4: '0000' }, { customer_id: BOB }]) {
      const forged = await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300, ...extra } });
      expect(refusal(forged).code, JSON.stringify(extra)).toBe('validation-failed');
    }
    for (const amount of [0, -5, 10_001]) {
      const forged = await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: amount } });
      expect(refusal(forged).message, `amount ${amount}`).toMatch(/Check constraint violation/);
    }
    const tipId = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 500 } })).errors).toBeUndefined();
    await settledTip(tipId);
    expect((await bob.graphql(TIPS_OF, { id: orderId })).data.order_tips).toEqual([]);
    expect((await dave.graphql(TIPS_OF, { id: orderId })).data.order_tips).toEqual([]);
    expect(refusal(await bella.graphql(TIPS_OF, { id: orderId })).code).toBe('validation-failed');
    expect(refusal(await anonymousGraphql(engine.url, TIPS_OF, { id: orderId })).code).toBe('validation-failed');
    expect((await analyst.graphql(TIPS_OF, { id: orderId })).data.order_tips).toEqual([{ id: tipId, amount_cents: 500, status: 'succeeded' }]);
  });

  it('refuses an order not delivered yet, one delivered more than 24 hours ago, and an order that was never served', async () => {
    for (const status of ['paid', 'approved', 'agent_assigned', 'picked_up', 'cancelled', 'restaurant_rejected']) {
      const orderId = await orderAt(status);
      expect(refusal(await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300 } })).code, status).toBe(CHECK);
      await expect(insertAs(ALICE, 'customer', orderId), status).rejects.toMatchObject({
        code: '23514',
        message: `order ${orderId} is ${status}: a tip after delivery is for a delivered order`,
      });
    }
    const old = await orderAt('delivered', { deliveredAgo: 25 * 3600 });
    const late = await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: old, amount_cents: 300 } });
    expect(refusal(late)).toEqual({ code: CHECK, message: expect.stringContaining(`order ${old} was delivered more than 24 hours ago: it can no longer be tipped`) });
    // Within the window it is accepted.
    const recent = await orderAt('delivered', { deliveredAgo: 23 * 3600 });
    expect((await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: recent, amount_cents: 300 } })).errors).toBeUndefined();
  });

  it('takes one tip per order: a second is refused, and of concurrent submits exactly one is kept and charged', { timeout: 60_000 }, async () => {
    const orderId = await orderAt('delivered');
    const first = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: first, order_id: orderId, amount_cents: 200 } })).errors).toBeUndefined();
    expect(refusal(await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 900 } })).code).toBe('constraint-violation');

    const raced = await orderAt('delivered');
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const results = await Promise.all(ids.map((id, i) => alice.graphql(TIP, { tip: { id, order_id: raced, amount_cents: 100 + i } })));
    const kept = results.flatMap((r, i) => (r.errors ? [] : [ids[i]!]));
    expect(kept).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(refusal(r).code).toBe('constraint-violation');
    const stored = await t.sql.query('SELECT id FROM order_tips WHERE order_id = $1', [raced]);
    expect(stored.rows).toEqual([{ id: kept[0] }]);
    expect((await settledTip(kept[0]!)).status).toBe('succeeded');
    expect(await chargesOf(kept[0]!)).toHaveLength(1);
  });

  it('a replayed or redelivered event charges once; a tip whose charge was asked for before a crash is settled with that charge', { timeout: 60_000 }, async () => {
    const orderId = await orderAt('delivered');
    const tipId = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 450 } })).errors).toBeUndefined();
    const row = (await t.sql.query('SELECT row_to_json(t) AS row FROM order_tips t WHERE id = $1', [tipId])).rows[0].row;
    // The engine's own delivery races these: the same event twice and a manual redelivery, with a forged amount in the payload.
    const event = hasuraEvent({ trigger: 'tip-payment', table: 'order_tips', op: 'INSERT', newRow: { ...row, amount_cents: 9999 } });
    const deliveries = await Promise.all([
      deliver(t.server, '/tip-payment', event),
      deliver(t.server, '/tip-payment', event),
      deliver(t.server, '/tip-payment', hasuraEvent({ trigger: 'tip-payment', table: 'order_tips', op: 'MANUAL', newRow: row })),
    ]);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(await settledTip(tipId)).toMatchObject({ status: 'succeeded', amount_cents: 450 });
    expect(await chargesOf(tipId)).toEqual([{ amount_cents: 450, token: 'tok_visa', status: 'succeeded' }]);

    // A crash after asking the gateway: the charge exists, the tip is still pending with charge_requested_at.
    const crashedOrder = await orderAt('delivered');
    const crashed = randomUUID();
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(
        `INSERT INTO order_tips (id, order_id, customer_id, amount_cents, payment_token, card_last4, charge_requested_at) VALUES ($1, $2, $3, 250, 'tok_visa', '4242', now())`,
        [crashed, crashedOrder, ALICE],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await t.sql.query(
      `INSERT INTO card_gateway.charges (id, idempotency_key, payment_id, amount_cents, currency, token, status) VALUES ('ch_before_crash', $1, $2, 250, 'usd', 'tok_visa', 'succeeded')`,
      [`tip-${crashed}`, crashed],
    );
    const crashedRow = (await t.sql.query('SELECT row_to_json(t) AS row FROM order_tips t WHERE id = $1', [crashed])).rows[0].row;
    expect((await deliver(t.server, '/tip-payment', hasuraEvent({ trigger: 'tip-payment', table: 'order_tips', op: 'INSERT', newRow: crashedRow }))).status).toBe(200);
    expect(await settledTip(crashed)).toMatchObject({ status: 'succeeded', provider_ref: 'ch_before_crash' });
    expect(await chargesOf(crashed)).toHaveLength(1);
  });

  it('a declined card fails the tip with the gateway’s reason; the order stays delivered and no second tip is taken', { timeout: 60_000 }, async () => {
    const orderId = await orderAt('delivered', { token: 'tok_chargeDeclined' });
    const tipId = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 300 } })).errors).toBeUndefined();
    expect(await settledTip(tipId)).toMatchObject({ status: 'failed', failure_reason: 'Your card was declined.' });
    expect((await alice.graphql(TIPS_OF, { id: orderId })).data.order_tips).toEqual([{ id: tipId, amount_cents: 300, status: 'failed' }]);
    expect((await t.sql.query('SELECT status FROM orders WHERE id = $1', [orderId])).rows[0].status).toBe('delivered');
    expect(refusal(await alice.graphql(TIP, { tip: { id: randomUUID(), order_id: orderId, amount_cents: 300 } })).code).toBe('constraint-violation');
  });

  it('no one changes or deletes a tip: not its customer, not an operator; only its settlement moves, forward', { timeout: 60_000 }, async () => {
    const orderId = await orderAt('delivered');
    const tipId = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 300 } })).errors).toBeUndefined();
    await settledTip(tipId);
    for (const client of [alice, bob, bella, dave]) {
      const update = await client.graphql('mutation ($id: uuid!) { update_order_tips_by_pk(pk_columns: { id: $id }, _set: { amount_cents: 1 }) { id } }', { id: tipId });
      expect(refusal(update).code).toBe('validation-failed');
      const remove = await client.graphql('mutation ($id: uuid!) { delete_order_tips_by_pk(id: $id) { id } }', { id: tipId });
      expect(refusal(remove).code).toBe('validation-failed');
    }
    await expect(t.sql.query('UPDATE order_tips SET amount_cents = 1 WHERE id = $1', [tipId])).rejects.toMatchObject({
      code: '23514',
      message: `the amount, order, customer and card of tip ${tipId} cannot change`,
    });
    await expect(t.sql.query(`UPDATE order_tips SET status = 'refunded' WHERE id = $1`, [tipId])).rejects.toMatchObject({
      message: 'illegal tip status transition: succeeded -> refunded',
    });
    await expect(t.sql.query('DELETE FROM order_tips WHERE id = $1', [tipId])).rejects.toMatchObject({ message: `tip ${tipId} cannot be deleted` });
    await expect(t.sql.query(`UPDATE orders SET tip_cents = tip_cents + 300 WHERE id = $1`, [orderId])).rejects.toMatchObject({ code: '23514' });
  });

  it('counts in the dashboard’s average tip, with the order it was given for', { timeout: 60_000 }, async () => {
    const FIGURES = '{ analytics_tips_and_promos { paid_orders tipped_orders average_tip_cents tipped_after_delivery_orders } }';
    const orderId = await orderAt('delivered');
    const before = (await analyst.graphql(FIGURES)).data.analytics_tips_and_promos[0];
    const tipId = randomUUID();
    expect((await alice.graphql(TIP, { tip: { id: tipId, order_id: orderId, amount_cents: 700 } })).errors).toBeUndefined();
    await settledTip(tipId);
    const after = (await analyst.graphql(FIGURES)).data.analytics_tips_and_promos[0];
    const n = Number(after.paid_orders);
    expect(n).toBe(Number(before.paid_orders));
    expect(Number(after.tipped_orders)).toBe(Number(before.tipped_orders) + 1);
    expect(Number(after.tipped_after_delivery_orders)).toBe(Number(before.tipped_after_delivery_orders) + 1);
    // The averages are rounded to the cent: the total moved by the tip, within that rounding.
    expect(Math.abs(after.average_tip_cents * n - (before.average_tip_cents * n + 700))).toBeLessThanOrEqual(n);
  });
});
