import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions, type GraphqlResult } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { hasuraEvent, rowOf, statusChangeEvent } from './helpers/events.js';

/**
 * A customer cancels a paid order the restaurant has not answered, on the real stack: the
 * engine with the repository's metadata, the functions through pgBouncer. The database
 * decides whether the order can still be cancelled (paid -> cancelled, nothing after the
 * restaurant's answer); restaurant-approval refunds the payment from the order it reads under
 * its lock. Bella Cucina (restaurant 1) approves by hand, so its paid orders wait for bella.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let bella: AppClient;

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  alice = await AppClient.login(t.server.url, engine.url, 'alice');
  bella = await AppClient.login(t.server.url, engine.url, 'bella');
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const CANCEL = 'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "cancelled" }) { id status } }';
const APPROVE = 'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "approved" }) { id status } }';

async function validatedOrder(client: AppClient): Promise<string> {
  const [item] = await client.menuItemIds(1);
  const orderId = await client.placeOrder(1, [{ menu_item_id: item!, quantity: 2 }]);
  await client.waitForStatus(orderId, 'validated');
  return orderId;
}

async function paidOrder(client: AppClient = alice): Promise<string> {
  const orderId = await validatedOrder(client);
  await client.pay(orderId);
  await client.waitForStatus(orderId, 'paid');
  return orderId;
}

interface Money {
  paymentStatus: string;
  charged: number;
  refunds: number;
  refunded: number;
}

/** The order's payment as the app records it, and its charge and refunds at the gateway. */
async function money(orderId: string): Promise<Money> {
  const { rows } = await t.sql.query<Money>(
    `SELECT p.status AS "paymentStatus", c.amount_cents AS charged,
            (SELECT count(*)::int FROM card_gateway.refunds r WHERE r.charge_id = c.id) AS refunds,
            (SELECT coalesce(sum(r.amount_cents), 0)::int FROM card_gateway.refunds r WHERE r.charge_id = c.id) AS refunded
       FROM payments p JOIN card_gateway.charges c ON c.id = p.provider_ref
      WHERE p.order_id = $1 AND p.status IN ('succeeded', 'refunded')`,
    [orderId],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const waitForRefund = (orderId: string) =>
  waitFor(async () => (await t.sql.query(`SELECT 1 FROM payments WHERE order_id = $1 AND status = 'refunded'`, [orderId])).rowCount === 1, {
    timeoutMs: 15_000,
    what: `the refund of order ${orderId}`,
  });

/** Every event restaurant-approval was sent for the order has been answered (delivered or skipped). */
const waitForQuietEvents = (orderId: string) =>
  waitFor(
    async () =>
      (await t.sql.query(`SELECT 1 FROM hdb_catalog.event_log WHERE trigger_name = 'restaurant-approval' AND payload->'data'->'new'->>'id' = $1 AND NOT delivered`, [orderId]))
        .rowCount === 0,
    { timeoutMs: 15_000, what: `the events of order ${orderId} to be delivered` },
  );

const history = async (orderId: string) =>
  (await t.sql.query<{ to_status: string }>('SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [orderId])).rows.map((r) => r.to_status);

/**
 * Holds the orders' rows locked while `fire` sends its requests, until `waiters` statements wait
 * on the lock, then lets go: the requests meet at the row at the same instant, the race at its
 * tightest.
 */
async function atTheSameInstant<T>(orderIds: string[], waiters: number, fire: () => Promise<T>): Promise<T> {
  const holder = await t.sql.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM orders WHERE id = ANY($1::uuid[]) FOR UPDATE', [orderIds]);
    const answers = fire();
    await waitFor(
      async () =>
        (await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0]!.n >= waiters,
      { timeoutMs: 15_000, what: `${waiters} statements waiting on the orders' lock`, intervalMs: 20 },
    );
    await holder.query('COMMIT');
    return await answers;
  } finally {
    holder.release();
  }
}

function refusal(result: GraphqlResult): { message: string; code: string | undefined } | undefined {
  const error = result.errors?.[0];
  return error && { message: error.message, code: error.extensions?.code };
}

describe('a customer cancels a paid order the restaurant has not answered', () => {
  it('cancels it, and restaurant-approval refunds exactly what was charged, once', { timeout: 60_000 }, async () => {
    const orderId = await paidOrder();
    const cancelled = await alice.graphql(CANCEL, { id: orderId });
    expect(cancelled).toEqual({ data: { update_orders_by_pk: { id: orderId, status: 'cancelled' } } });
    await waitForRefund(orderId);
    await waitForQuietEvents(orderId);
    const paid = await money(orderId);
    expect(paid).toEqual({ paymentStatus: 'refunded', charged: paid.charged, refunds: 1, refunded: paid.charged });
    expect(paid.charged).toBeGreaterThan(0);
    expect(await history(orderId)).toEqual(['placed', 'validated', 'paid', 'cancelled']);
    // The kitchen no longer has it to answer.
    const kitchen = await bella.graphql('query ($id: uuid!) { orders(where: { id: { _eq: $id }, status: { _eq: paid } }) { id } }', { id: orderId });
    expect(kitchen.data.orders).toEqual([]);
  });

  it('customer cancel and kitchen approve at the same instant: exactly one wins, never approved and refunded', { timeout: 120_000 }, async () => {
    const orders = await Promise.all(Array.from({ length: 6 }, () => paidOrder()));
    const answers = await atTheSameInstant(orders, orders.length * 2, () =>
      Promise.all(orders.map((id) => Promise.all([alice.graphql(CANCEL, { id }), bella.graphql(APPROVE, { id })]))),
    );
    for (const [index, orderId] of orders.entries()) {
      const [cancel, approve] = answers[index]!;
      const after = (await history(orderId)).slice(3);
      if (after[0] === 'cancelled') {
        // The kitchen's update found the order no longer paid: it matched nothing.
        expect(cancel.data?.update_orders_by_pk).toEqual({ id: orderId, status: 'cancelled' });
        expect(approve).toEqual({ data: { update_orders_by_pk: null } });
        expect(after).toEqual(['cancelled']);
        await waitForRefund(orderId);
        await waitForQuietEvents(orderId);
        const paid = await money(orderId);
        expect(paid.refunds).toBe(1);
        expect(paid.refunded).toBe(paid.charged);
      } else {
        expect(after[0]).toBe('approved');
        expect(approve.data?.update_orders_by_pk).toEqual({ id: orderId, status: 'approved' });
        // Refused by the database, with the status it found (a courier may already have been assigned).
        expect(refusal(cancel)?.code).toBe('permission-error');
        expect(refusal(cancel)?.message).toMatch(
          new RegExp(`^Check constraint violation\\. order ${orderId} can no longer be cancelled: it is already (approved|agent_assigned)$`),
        );
        expect(after).not.toContain('cancelled');
        await waitForQuietEvents(orderId);
        expect(await money(orderId)).toMatchObject({ paymentStatus: 'succeeded', refunds: 0 });
      }
    }
  });

  it('customer cancel and the kitchen timeout at the same instant: one of them ends the order, refunded once', { timeout: 120_000 }, async () => {
    const orders = await Promise.all(Array.from({ length: 4 }, () => paidOrder()));
    // Past the deadline, so the kitchen timeout declines whatever is still paid when it reads it.
    await t.sql.query(`UPDATE orders SET paid_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`, [orders]);
    // One order at a time: a function holds two connections (a Lambda's pool), so two timeouts at most wait on a lock at once.
    for (const [n, id] of orders.entries()) {
      await atTheSameInstant([id], 2, () =>
        Promise.all([
          alice.graphql(CANCEL, { id }),
          deliver(t.server, '/kitchen-timeout', { id: `kitchen-race-${n}`, scheduled_time: new Date().toISOString(), payload: { order_id: id } }),
        ]),
      );
    }
    for (const orderId of orders) {
      const after = (await history(orderId)).slice(3);
      expect(after).toHaveLength(1);
      expect(['cancelled', 'restaurant_rejected']).toContain(after[0]);
      await waitForRefund(orderId);
      await waitForQuietEvents(orderId);
      const paid = await money(orderId);
      expect(paid.refunds).toBe(1);
      expect(paid.refunded).toBe(paid.charged);
    }
  });

  it('a cancellation sent twice, and its event delivered again, refund once', { timeout: 60_000 }, async () => {
    const orderId = await paidOrder();
    const [first, second] = await Promise.all([alice.graphql(CANCEL, { id: orderId }), alice.graphql(CANCEL, { id: orderId })]);
    // Cancelling a cancelled order changes nothing: both answers show the order cancelled.
    expect(first.data?.update_orders_by_pk?.status).toBe('cancelled');
    expect(second.data?.update_orders_by_pk?.status).toBe('cancelled');
    await waitForRefund(orderId);
    const replays = await Promise.all(Array.from({ length: 3 }, () => statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'paid')));
    for (const answer of await Promise.all(replays.map((event) => deliver(t.server, '/restaurant-approval', event)))) {
      expect(answer.body).toMatchObject({ status: 'skipped', reason: 'the order has no succeeded payment to refund' });
    }
    await waitForQuietEvents(orderId);
    expect(await money(orderId)).toMatchObject({ paymentStatus: 'refunded', refunds: 1 });
    expect((await history(orderId)).filter((s) => s === 'cancelled')).toHaveLength(1);
  });

  it('another customer cannot cancel the order, nor can its customer move it anywhere but cancelled', { timeout: 60_000 }, async () => {
    const signup = await fetch(`${t.server.url}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', password: 'password123' }),
    });
    expect(signup.status).toBe(201);
    const mallory = new AppClient(engine.url, ((await signup.json()) as { token: string }).token);
    const orderId = await paidOrder();

    expect(await mallory.graphql(CANCEL, { id: orderId })).toEqual({ data: { update_orders_by_pk: null } });
    const bulk = await mallory.graphql('mutation { update_orders(where: {}, _set: { status: "cancelled" }) { affected_rows } }');
    expect(bulk).toEqual({ data: { update_orders: { affected_rows: 0 } } });
    // The customer's own order, but not to a status of the restaurant's.
    expect(refusal(await alice.graphql(APPROVE, { id: orderId }))?.code).toBe('permission-error');
    // An event with the webhook secret claiming the order was cancelled refunds nothing: the
    // function reads the order, which is paid.
    const real = await rowOf(t.sql, 'orders', orderId);
    for (const op of ['UPDATE', 'MANUAL'] as const) {
      const forged = hasuraEvent({ trigger: 'restaurant-approval', table: 'orders', op, newRow: { ...real, status: 'cancelled' }, oldRow: op === 'UPDATE' ? real : null });
      const answer = await deliver(t.server, '/restaurant-approval', forged);
      expect(answer.body).toMatchObject({ status: 'skipped', orderStatus: 'paid' });
    }

    expect(await alice.orderStatus(orderId)).toBe('paid');
    expect(await history(orderId)).toEqual(['placed', 'validated', 'paid']);
    expect(await money(orderId)).toMatchObject({ paymentStatus: 'succeeded', refunds: 0 });
  });

  it('an unpaid order is cancelled with nothing to refund; a declined one too', { timeout: 60_000 }, async () => {
    const unpaid = await validatedOrder(alice);
    expect((await alice.graphql(CANCEL, { id: unpaid })).data.update_orders_by_pk.status).toBe('cancelled');
    const declined = await validatedOrder(alice);
    await alice.pay(declined, '4000 0000 0000 0002');
    await alice.waitForStatus(declined, 'payment_failed');
    expect((await alice.graphql(CANCEL, { id: declined })).data.update_orders_by_pk.status).toBe('cancelled');
    for (const orderId of [unpaid, declined]) {
      await waitForQuietEvents(orderId);
      const charges = await t.sql.query(`SELECT c.status FROM card_gateway.charges c JOIN payments p ON p.id = c.payment_id WHERE p.order_id = $1`, [orderId]);
      expect(charges.rows.every((c) => c.status === 'failed')).toBe(true);
      expect((await t.sql.query(`SELECT 1 FROM payments WHERE order_id = $1 AND status = 'refunded'`, [orderId])).rowCount).toBe(0);
    }
  });

  it('refuses a cancellation once the restaurant has answered, with the reason, in Hasura’s error format', { timeout: 60_000 }, async () => {
    const approved = await paidOrder();
    expect((await bella.graphql(APPROVE, { id: approved })).data.update_orders_by_pk.status).toBe('approved');
    const declined = await paidOrder();
    const decline = await bella.graphql(
      'mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { status: "restaurant_rejected", rejection_reason: "Out of dough" }) { status } }',
      { id: declined },
    );
    expect(decline.data.update_orders_by_pk.status).toBe('restaurant_rejected');

    // The approved order may have its courier by now: the refusal names the status the database found.
    for (const [orderId, status] of [
      [approved, '(approved|agent_assigned)'],
      [declined, 'restaurant_rejected'],
    ] as const) {
      const response = await fetch(`${engine.url}/v1/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
        body: JSON.stringify({ query: CANCEL, variables: { id: orderId } }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as GraphqlResult;
      expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { path: '$', code: 'permission-error' } }] });
      expect(body.errors![0]!.message).toMatch(new RegExp(`^Check constraint violation\\. order ${orderId} can no longer be cancelled: it is already ${status}$`));
      expect(await history(orderId)).not.toContain('cancelled');
    }
    await waitForRefund(declined);
    await waitForQuietEvents(approved);
    expect(await money(approved)).toMatchObject({ paymentStatus: 'succeeded', refunds: 0 });
    expect(await money(declined)).toMatchObject({ paymentStatus: 'refunded', refunds: 1 });
  });
});
