import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions } from './helpers/engine-client.js';
import { FunctionsProcess } from './helpers/functions-process.js';

/**
 * The money path when the functions die: the functions run as their own process (kill -9
 * is real), the engine delivers with the repository's retry_conf, pgBouncer sits between
 * the functions and Postgres, and the gateway's ledger is in Postgres.
 */
let db: TestDatabase;
let sql: pg.Pool;
let functions: FunctionsProcess;
let engine: RunningEngine;
let alice: AppClient;

beforeAll(async () => {
  db = await createTestDatabase('app');
  sql = new pg.Pool({ connectionString: db.url, max: 4 });
  sql.on('error', () => {});
  functions = await FunctionsProcess.create(db.pgbouncerUrl);
  await functions.start();
  engine = await startEngineForFunctions(db.url, functions.url);
  alice = await AppClient.login(functions.url, engine.url, 'alice');
});

afterAll(async () => {
  await engine?.stop();
  await functions?.stop();
  await sql?.end();
  await db?.drop();
});

async function validatedOrder(): Promise<string> {
  // Sakura Sushi (2) is open and approves on its own.
  const [item] = await alice.menuItemIds(2);
  const orderId = await alice.placeOrder(2, [{ menu_item_id: item!, quantity: 2 }]);
  await alice.waitForStatus(orderId, 'validated');
  return orderId;
}

async function chargesFor(paymentId: string): Promise<Array<{ id: string; amount_cents: number }>> {
  return (await sql.query('SELECT id, amount_cents FROM card_gateway.charges WHERE payment_id = $1', [paymentId])).rows;
}

/**
 * Holds back the commit of the payment function's last step: its first write there is the
 * claim of the event id in processed_events, which an EXCLUSIVE table lock blocks (reads
 * and the steps before it go through). Returns once the card has been charged and the
 * function waits on the lock.
 */
async function payAndHoldBeforeCommit(orderId: string): Promise<{ paymentId: string; release: () => Promise<void> }> {
  const lock = await sql.connect();
  await lock.query('BEGIN');
  await lock.query('LOCK TABLE processed_events IN EXCLUSIVE MODE');
  const paymentId = await alice.pay(orderId);
  await waitFor(async () => (await chargesFor(paymentId)).length > 0, { timeoutMs: 30_000, what: 'the charge at the gateway', intervalMs: 20 });
  await waitFor(
    async () =>
      (await sql.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO processed_events%' AND datname = current_database()`)).rowCount! >
      0,
    { timeoutMs: 30_000, what: 'the payment function to wait before its commit', intervalMs: 20 },
  );
  return {
    paymentId,
    release: async () => {
      await lock.query('ROLLBACK');
      lock.release();
    },
  };
}

async function paymentRow(paymentId: string) {
  return (await sql.query('SELECT status, provider_ref, charge_requested_at IS NOT NULL AS charge_requested FROM payments WHERE id = $1', [paymentId])).rows[0];
}

describe('kill -9 of the functions between the charge and the commit', () => {
  it('the redelivered event gets the first charge back from the gateway: one charge, the order paid', { timeout: 120_000 }, async () => {
    const orderId = await validatedOrder();
    const { paymentId, release } = await payAndHoldBeforeCommit(orderId);
    await functions.kill9();
    await release();
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'pending', charge_requested: true });

    await functions.start();
    // The engine saw the request cut off and delivers the event again after interval_sec.
    await alice.waitForStatus(orderId, 'agent_assigned', 90_000);
    const charges = await chargesFor(paymentId);
    expect(charges).toHaveLength(1);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'succeeded', provider_ref: charges[0]!.id });
    const { rows } = await sql.query('SELECT total_cents FROM orders WHERE id = $1', [orderId]);
    expect(charges[0]!.amount_cents).toBe(rows[0].total_cents);
  });

  it('an order cancelled while the functions were down is settled with the gateway and refunded, not left charged', { timeout: 120_000 }, async () => {
    const orderId = await validatedOrder();
    const { paymentId, release } = await payAndHoldBeforeCommit(orderId);
    await functions.kill9();
    await release();
    // The customer gives up while the payment looks pending, and cancels.
    const cancelled = await alice.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {status: cancelled}) { status } }', { id: orderId });
    expect(cancelled.errors).toBeUndefined();

    await functions.start();
    await waitFor(async () => (await paymentRow(paymentId))?.status === 'refunded', { timeoutMs: 90_000, what: 'the refund of the cancelled order', intervalMs: 100 });
    const charges = await chargesFor(paymentId);
    expect(charges).toHaveLength(1);
    const refunds = await sql.query('SELECT amount_cents FROM card_gateway.refunds WHERE charge_id = $1', [charges[0]!.id]);
    expect(refunds.rows).toEqual([{ amount_cents: charges[0]!.amount_cents }]);
    expect(await alice.orderStatus(orderId)).toBe('cancelled');
  });
});

describe('an outage of the functions of two minutes', () => {
  it('every order placed or paid during it completes afterwards with no operator', { timeout: 300_000 }, async () => {
    const paidDuringOutage = [await validatedOrder(), await validatedOrder()];
    await functions.kill9();
    const [item] = await alice.menuItemIds(2);
    const placedDuringOutage = [];
    for (let i = 0; i < 3; i++) placedDuringOutage.push(await alice.placeOrder(2, [{ menu_item_id: item!, quantity: 1 + i }]));
    for (const orderId of paidDuringOutage) await alice.pay(orderId);

    await new Promise((resolve) => setTimeout(resolve, 120_000));
    for (const orderId of [...paidDuringOutage, ...placedDuringOutage]) expect(['placed', 'validated']).toContain(await alice.orderStatus(orderId));
    const dead = await sql.query(`SELECT count(*)::int AS n FROM hdb_catalog.event_log WHERE error`);
    expect(dead.rows[0].n).toBe(0);

    await functions.start();
    for (const orderId of paidDuringOutage) await alice.waitForStatus(orderId, 'agent_assigned', 60_000);
    for (const orderId of placedDuringOutage) {
      await alice.waitForStatus(orderId, 'validated', 60_000);
      await alice.pay(orderId);
    }
    for (const orderId of placedDuringOutage) await alice.waitForStatus(orderId, 'agent_assigned', 60_000);
    // The last status changes' events settle too; none ends in error.
    await waitFor(async () => (await sql.query(`SELECT 1 FROM hdb_catalog.event_log WHERE NOT delivered`)).rowCount === 0, {
      timeoutMs: 30_000,
      what: 'every event to be delivered',
    });
    expect((await sql.query(`SELECT 1 FROM hdb_catalog.event_log WHERE error`)).rowCount).toBe(0);
  });
});
