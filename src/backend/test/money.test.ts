import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { hasuraEvent, rowOf } from './helpers/events.js';

/**
 * Fees, tax, tip and promo codes on the real stack: the engine with the repository's metadata,
 * the functions through pgBouncer. The customer proposes a tip and a code; validate-order
 * computes every amount under its lock on the order; the database checks the sum and freezes
 * it; the payment charges the total and a refund returns all of it. Bella Cucina (1) approves
 * by hand; Sakura Sushi (2) charges $1.99 delivery, $0.99 service and 8.75 % tax.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bella: AppClient;
let dave: AppClient;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  alice = await AppClient.login(t.server.url, engine.url, 'alice');
  bella = await AppClient.login(t.server.url, engine.url, 'bella');
  dave = await AppClient.login(t.server.url, engine.url, 'dave');
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const PLACE = 'mutation ($order: orders_insert_input!) { insert_orders_one(object: $order) { id } }';
const CANCEL = 'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "cancelled" }) { id status } }';
const AMOUNTS = 'items_subtotal_cents delivery_fee_cents service_fee_cents tax_rate_bps tax_cents tip_cents discount_cents promo_code total_cents';

async function customer(username: string): Promise<AppClient> {
  const signup = await fetch(`${t.server.url}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'password123' }),
  });
  expect(signup.status).toBe(201);
  return new AppClient(engine.url, ((await signup.json()) as { token: string }).token);
}

/** Places an order of `quantity` of the restaurant's first dish, with extra insert columns. */
async function place(client: AppClient, restaurantId: number, quantity: number, extra: Record<string, unknown> = {}) {
  const [item] = await client.menuItemIds(restaurantId);
  const id = randomUUID();
  const result = await client.graphql(PLACE, {
    order: { id, restaurant_id: restaurantId, delivery_address: '12 Money Street', items: { data: [{ menu_item_id: item, quantity }] }, ...extra },
  });
  return { id, result };
}

async function placed(client: AppClient, restaurantId: number, quantity: number, extra: Record<string, unknown> = {}): Promise<string> {
  const { id, result } = await place(client, restaurantId, quantity, extra);
  expect(result.errors).toBeUndefined();
  return id;
}

async function settled(client: AppClient, orderId: string): Promise<{ status: string; rejection_reason: string | null } & Record<string, number | string | null>> {
  let order: { status: string; rejection_reason: string | null } & Record<string, number | string | null> = { status: 'placed', rejection_reason: null };
  await waitFor(
    async () => {
      const result = await client.graphql(`query ($id: uuid!) { orders_by_pk(id: $id) { status rejection_reason ${AMOUNTS} } }`, { id: orderId });
      order = result.data.orders_by_pk;
      return order.status !== 'placed';
    },
    { timeoutMs: 30_000, what: `order ${orderId} to be validated or rejected`, intervalMs: 50 },
  );
  return order;
}

async function promo(code: string, columns: Record<string, unknown>): Promise<void> {
  const names = Object.keys(columns);
  await t.sql.query(`INSERT INTO promo_codes (code, ${names.join(', ')}) VALUES ($1, ${names.map((_, i) => `$${i + 2}`).join(', ')})`, [code, ...Object.values(columns)]);
}

describe('amounts through the engine and the functions', () => {
  it('computes fees, tax, tip and discount on the order; the payment charges exactly the total', { timeout: 60_000 }, async () => {
    const [item] = await alice.menuItemIds(2);
    const price = (await t.sql.query<{ price_cents: number }>('SELECT price_cents FROM menu_items WHERE id = $1', [item])).rows[0]!.price_cents;
    await promo('TENOFF', { percent_off: 10 });
    const orderId = await placed(alice, 2, 3, { tip_cents: 250, promo_code: 'TENOFF' });
    const order = await settled(alice, orderId);
    const items = 3 * price;
    const discount = Math.floor(items / 10);
    const tax = Math.floor(((items - discount) * 875 + 5000) / 10000);
    expect(order).toEqual({
      status: 'validated',
      rejection_reason: null,
      items_subtotal_cents: items,
      delivery_fee_cents: 199,
      service_fee_cents: 99,
      tax_rate_bps: 875,
      tax_cents: tax,
      tip_cents: 250,
      discount_cents: discount,
      promo_code: 'TENOFF',
      total_cents: items + 199 + 99 + tax + 250 - discount,
    });
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'agent_assigned');
    const charge = await t.sql.query('SELECT c.amount_cents FROM card_gateway.charges c JOIN payments p ON p.id = c.payment_id WHERE p.order_id = $1', [orderId]);
    expect(charge.rows).toEqual([{ amount_cents: order.total_cents }]);
  });

  it('a refund returns all of it: items, fees, tax and tip', { timeout: 60_000 }, async () => {
    const orderId = await placed(alice, 1, 2, { tip_cents: 500 });
    const order = await settled(alice, orderId);
    expect(order.status).toBe('validated');
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'paid');
    expect((await alice.graphql(CANCEL, { id: orderId })).errors).toBeUndefined();
    let refunded: Array<{ amount_cents: number }> = [];
    await waitFor(
      async () => {
        refunded = (
          await t.sql.query(
            `SELECT r.amount_cents FROM card_gateway.refunds r JOIN card_gateway.charges c ON c.id = r.charge_id JOIN payments p ON p.id = c.payment_id
              WHERE p.order_id = $1 AND p.status = 'refunded'`,
            [orderId],
          )
        ).rows;
        return refunded.length > 0;
      },
      { timeoutMs: 30_000, what: 'the refund' },
    );
    expect(refunded).toEqual([{ amount_cents: order.total_cents }]);
    expect(order.total_cents).toBe(Number(order.items_subtotal_cents) + 299 + 149 + Number(order.tax_cents) + 500);
  });

  it('refuses forged amounts from every role: the customer proposes only the tip and a code, within bounds', async () => {
    for (const forged of [{ total_cents: 1 }, { discount_cents: 5000 }, { tax_cents: 0 }, { delivery_fee_cents: 0 }, { items_subtotal_cents: 1 }, { tax_rate_bps: 0 }]) {
      const { result } = await place(alice, 2, 1, forged);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(forged)).toBe('validation-failed');
    }
    for (const tip of [-1, 10_001]) {
      const { result } = await place(alice, 2, 1, { tip_cents: tip });
      expect(result.errors?.[0]?.message, `tip ${tip}`).toMatch(/Check constraint violation/);
    }
    const { result } = await place(alice, 2, 1, { promo_code: "X'; DROP TABLE orders; --" });
    expect(result.errors?.[0]?.message).toMatch(/Check constraint violation/);

    const orderId = await placed(alice, 2, 1, { tip_cents: 100 });
    const order = await settled(alice, orderId);
    for (const client of [alice, bella, dave]) {
      for (const set of ['tip_cents: 0', 'total_cents: 1', 'discount_cents: 99']) {
        const update = await client.graphql(`mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { ${set} }) { id } }`, { id: orderId });
        expect(update.errors?.[0]?.extensions?.code, set).toBe('validation-failed');
      }
    }
    const promoInsert = await alice.graphql('mutation { insert_promo_redemptions_one(object: {}) { order_id } }');
    expect(promoInsert.errors).toBeDefined();
    const codes = await alice.graphql('{ promo_codes { code } }');
    expect(codes.errors).toBeDefined();
    const after = await settled(alice, orderId);
    expect(after).toEqual(order);
  });

  it('a replayed validate-order event changes nothing and redeems the code once', async () => {
    await promo('REPLAY', { amount_off_cents: 300 });
    const orderId = await placed(alice, 2, 2, { promo_code: 'REPLAY' });
    const first = await settled(alice, orderId);
    expect(first).toMatchObject({ status: 'validated', discount_cents: 300 });
    const event = hasuraEvent({ trigger: 'validate-order', table: 'orders', op: 'INSERT', newRow: await rowOf(t.sql, 'orders', orderId) });
    for (let i = 0; i < 2; i++) expect((await deliver(t.server, '/validate-order', event)).status).toBe(200);
    expect(await settled(alice, orderId)).toEqual(first);
    const redemptions = await t.sql.query('SELECT count(*)::int AS n FROM promo_redemptions WHERE order_id = $1', [orderId]);
    expect(redemptions.rows[0].n).toBe(1);
  });
});

describe('a payment, whoever writes it: only for an order waiting to be paid, for its total, never changed', () => {
  // The functions' connection: their user, through pgBouncer.
  let functionsSql: pg.Pool;
  let analyst: AppClient;
  beforeAll(async () => {
    functionsSql = new pg.Pool({ connectionString: t.db.pgbouncerUrl, max: 2 });
    analyst = await AppClient.login(t.server.url, engine.url, 'admin');
  });
  afterAll(async () => {
    await functionsSql?.end();
  });

  const PAY = 'mutation ($p: payments_insert_input!) { insert_payments_one(object: $p) { id amount_cents } }';
  const SQL_PAY = `INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING id`;
  const payAs = (client: AppClient, orderId: string) => client.graphql(PAY, { p: { id: randomUUID(), order_id: orderId, payment_token: 'tok_visa', card_last4: '4242' } });
  const paymentsOf = async (orderId: string) => (await t.sql.query('SELECT amount_cents, status FROM payments WHERE order_id = $1 ORDER BY created_at', [orderId])).rows;

  async function paidOrder(): Promise<{ orderId: string; paymentId: string; total: number }> {
    const orderId = await placed(alice, 2, 2, { tip_cents: 150 });
    const order = await settled(alice, orderId);
    expect(order.status).toBe('validated');
    const paymentId = await alice.pay(orderId);
    await waitFor(async () => (await paymentsOf(orderId))[0]?.status === 'succeeded', { timeoutMs: 30_000, what: `payment ${paymentId} to succeed`, intervalMs: 50 });
    return { orderId, paymentId, total: Number(order.total_cents) };
  }

  it('never changes the amount of a payment: no role may update it, and the database refuses it to SQL', { timeout: 60_000 }, async () => {
    const { orderId, paymentId, total } = await paidOrder();
    for (const [name, client] of [
      ['customer', alice],
      ['restaurant', bella],
      ['agent', dave],
      ['analyst', analyst],
    ] as const) {
      const byPk = await client.graphql('mutation ($id: uuid!) { update_payments_by_pk(pk_columns: { id: $id }, _set: { amount_cents: 1 }) { id } }', { id: paymentId });
      expect(byPk.errors?.[0]?.extensions?.code, name).toBe('validation-failed');
      const many = await client.graphql('mutation ($order: uuid!) { update_payments(where: { order_id: { _eq: $order } }, _set: { amount_cents: 1 }) { affected_rows } }', {
        order: orderId,
      });
      expect(many.errors?.[0]?.extensions?.code, name).toBe('validation-failed');
    }
    for (const amount of [1, total + 100]) {
      await expect(functionsSql.query('UPDATE payments SET amount_cents = $2 WHERE id = $1', [paymentId, amount])).rejects.toMatchObject({
        code: '23514',
        message: 'the amount of a payment cannot change',
      });
    }
    expect(await paymentsOf(orderId)).toEqual([{ amount_cents: total, status: 'succeeded' }]);
    const charge = await t.sql.query('SELECT amount_cents FROM card_gateway.charges WHERE payment_id = $1', [paymentId]);
    expect(charge.rows).toEqual([{ amount_cents: total }]);
  });

  it('refuses a payment for an order still placed (even with a total written on it), rejected, or already paid', { timeout: 60_000 }, async () => {
    // Still placed, with a total of its own: order and payment in one transaction, before validate-order ever sees it.
    const client = await functionsSql.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO orders (customer_id, restaurant_id, delivery_address, total_cents) SELECT customer_id, 2, '12 Money Street', 1 FROM orders WHERE id = $1 RETURNING id`,
        [await placed(alice, 2, 1)],
      );
      const forged = rows[0]!.id;
      await client.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, (SELECT min(id) FROM menu_items WHERE restaurant_id = 2), 1)', [forged]);
      await expect(client.query(SQL_PAY, [forged])).rejects.toMatchObject({
        code: '23514',
        message: `order ${forged} is placed: a payment is made only for a validated order, or after a failed payment`,
      });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }

    const rejected = await placed(alice, 2, 1, { promo_code: 'NOSUCHPROMO' });
    expect((await settled(alice, rejected)).status).toBe('rejected');
    expect((await payAs(alice, rejected)).errors).toBeDefined();
    await expect(functionsSql.query(SQL_PAY, [rejected])).rejects.toMatchObject({
      code: '23514',
      message: `order ${rejected} is rejected: a payment is made only for a validated order, or after a failed payment`,
    });
    expect(await paymentsOf(rejected)).toEqual([]);

    const { orderId: paid, total } = await paidOrder();
    expect((await payAs(alice, paid)).errors).toBeDefined();
    await expect(functionsSql.query(SQL_PAY, [paid])).rejects.toMatchObject({
      code: '23514',
      message: expect.stringMatching(new RegExp(`^order ${paid} is (paid|approved|agent_assigned): a payment is made only for a validated order, or after a failed payment$`)),
    });
    expect(await paymentsOf(paid)).toEqual([{ amount_cents: total, status: 'succeeded' }]);
  });

  it('refuses to charge a forged total: one written around the triggers, or an amount given with the payment', { timeout: 60_000 }, async () => {
    const orderId = await placed(alice, 2, 2, { tip_cents: 200 });
    const order = await settled(alice, orderId);
    expect(order.status).toBe('validated');
    const total = Number(order.total_cents);

    await expect(
      functionsSql.query(`INSERT INTO payments (order_id, amount_cents, payment_token, card_last4) VALUES ($1, $2, 'tok_visa', '4242')`, [orderId, total - 100]),
    ).rejects.toMatchObject({
      code: '23514',
      message: `the amount of a payment is its order's total (${total}), not ${total - 100}`,
    });

    // An operator lowers the validated total with the triggers off: neither the customer nor a function can then pay it.
    const operator = await t.sql.connect();
    try {
      await operator.query('BEGIN');
      await operator.query('SET LOCAL session_replication_role = replica');
      await operator.query('UPDATE orders SET total_cents = 1 WHERE id = $1', [orderId]);
      await operator.query('COMMIT');
    } finally {
      operator.release();
    }
    const parts = `items ${order.items_subtotal_cents} + delivery fee 199 + service fee 99 + tax ${order.tax_cents} + tip 200 - discount 0 = ${total}`;
    const refused = await payAs(alice, orderId);
    expect(refused.errors?.[0]?.message).toContain(`order ${orderId} cannot be paid: its total (1) is not ${parts}`);
    await expect(functionsSql.query(SQL_PAY, [orderId])).rejects.toMatchObject({ code: '23514', message: `order ${orderId} cannot be paid: its total (1) is not ${parts}` });
    expect(await paymentsOf(orderId)).toEqual([]);
    const charges = await t.sql.query('SELECT count(*)::int AS n FROM card_gateway.charges c JOIN payments p ON p.id = c.payment_id WHERE p.order_id = $1', [orderId]);
    expect(charges.rows[0].n).toBe(0);
  });
});

describe('promo codes', () => {
  it('rejects a bad, inactive, not yet valid, expired or under-minimum code with a reason the customer reads', { timeout: 60_000 }, async () => {
    await promo('OFF', { amount_off_cents: 100, active: false });
    await promo('SOON', { amount_off_cents: 100, valid_from: '2099-01-01T00:00:00Z' });
    await promo('OLD', { amount_off_cents: 100, valid_from: '2020-01-01T00:00:00Z', valid_until: '2021-06-30T00:00:00Z' });
    await promo('BIGBASKET', { percent_off: 20, min_subtotal_cents: 1_000_000 });
    const cases: Array<[string, RegExp]> = [
      ['NOSUCHCODE', /^There is no promo code NOSUCHCODE\.$/],
      ['OFF', /^The promo code OFF is no longer active\.$/],
      ['SOON', /^The promo code SOON is valid from 2099-01-01\.$/],
      ['OLD', /^The promo code OLD expired on 2021-06-30\.$/],
      ['BIGBASKET', /^The promo code BIGBASKET needs items worth at least \$10,000\.00; this order has \$[0-9.,]+\.$/],
    ];
    for (const [code, reason] of cases) {
      const order = await settled(alice, await placed(alice, 2, 1, { promo_code: code }));
      expect(order.status, code).toBe('rejected');
      expect(order.rejection_reason, code).toMatch(reason);
    }
  });

  it('holds the per-customer limit, and a cancelled order gives its redemption back', { timeout: 60_000 }, async () => {
    await promo('ONCEEACH', { amount_off_cents: 200, per_user_limit: 1 });
    const carol = await customer('carol-money');
    const firstId = await placed(carol, 2, 1, { promo_code: 'ONCEEACH' });
    expect(await settled(carol, firstId)).toMatchObject({ status: 'validated', discount_cents: 200 });
    const second = await settled(carol, await placed(carol, 2, 1, { promo_code: 'ONCEEACH' }));
    expect(second.rejection_reason).toBe('You have already used the promo code ONCEEACH (it can be used once per customer).');
    // Another customer still may.
    expect(await settled(alice, await placed(alice, 2, 1, { promo_code: 'ONCEEACH' }))).toMatchObject({ status: 'validated' });

    expect((await carol.graphql(CANCEL, { id: firstId })).errors).toBeUndefined();
    const released = await t.sql.query('SELECT released_at IS NOT NULL AS released FROM promo_redemptions WHERE order_id = $1', [firstId]);
    expect(released.rows).toEqual([{ released: true }]);
    expect(await settled(carol, await placed(carol, 2, 1, { promo_code: 'ONCEEACH' }))).toMatchObject({ status: 'validated', discount_cents: 200 });
  });

  it('two concurrent orders cannot both use a single-use code: both wait on the code, one gets it', { timeout: 60_000 }, async () => {
    await promo('JUSTONE', { amount_off_cents: 400, total_limit: 1 });
    const dan = await customer('dan-money');
    const holder = await t.sql.connect();
    try {
      // Hold the code's row, so both validations reach it and wait, then let them go together.
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM promo_codes WHERE code = 'JUSTONE' FOR UPDATE`);
      const orders = await Promise.all([placed(alice, 2, 1, { promo_code: 'JUSTONE' }), placed(dan, 2, 1, { promo_code: 'JUSTONE' })]);
      await waitFor(
        async () => {
          const waiting = await t.sql.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FROM promo_codes WHERE code = $1 FOR UPDATE%'`,
          );
          return waiting.rows[0].n === 2;
        },
        { timeoutMs: 30_000, what: 'both validations waiting on the code' },
      );
      await holder.query('COMMIT');
      const outcomes = await Promise.all([settled(alice, orders[0]), settled(dan, orders[1])]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['rejected', 'validated']);
      expect(outcomes.find((o) => o.status === 'validated')).toMatchObject({ discount_cents: 400 });
      expect(outcomes.find((o) => o.status === 'rejected')?.rejection_reason).toBe('The promo code JUSTONE has been used up.');
      const redemptions = await t.sql.query(`SELECT count(*)::int AS n FROM promo_redemptions r JOIN promo_codes c ON c.id = r.promo_code_id WHERE c.code = 'JUSTONE'`);
      expect(redemptions.rows[0].n).toBe(1);
    } finally {
      holder.release();
    }
  });
});
