import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { AppClient, startEngineForFunctions } from './helpers/engine-client.js';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * The order timeouts on the real stack: the engine (the repository's metadata, its scheduled
 * triggers) and the functions through pgBouncer, with short timeouts (4 s to pay, 2 s for the
 * kitchen). validate-order and restaurant-approval create the one-off events through the
 * engine's metadata API; the timeout functions decide on the order's locked row. Payments take
 * 6 s at the simulated gateway, so a payment made at once is still under way when its order's
 * deadline passes, even on a loaded machine.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;

beforeAll(async () => {
  t = await startFunctionsUnderTest({
    ORDER_PAYMENT_TIMEOUT_SECONDS: '4',
    RESTAURANT_APPROVAL_TIMEOUT_SECONDS: '2',
    PAYMENT_GATEWAY_LATENCY_MS: '6000',
    HASURA_GRAPHQL_ADMIN_SECRET: 'engine-admin-secret',
  });
  engine = await startEngineForFunctions(t.db.url, t.server.url);
  // The functions learn the engine's port once it listens (both pick free ports).
  t.server.runtime.config.engineUrl = engine.url;
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

async function placeValidated(client: AppClient, restaurantId: number): Promise<string> {
  const [item] = await client.menuItemIds(restaurantId);
  const orderId = await client.placeOrder(restaurantId, [{ menu_item_id: item!, quantity: 1 }]);
  await client.waitForStatus(orderId, 'validated');
  return orderId;
}

const orderRow = async (orderId: string) => (await t.sql.query('SELECT status, rejection_reason FROM orders WHERE id = $1', [orderId])).rows[0];
const history = async (orderId: string) =>
  (await t.sql.query('SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [orderId])).rows.map((r) => r.to_status);
const timeoutEvents = async (orderId: string) =>
  (
    await t.sql.query<{ id: string; status: string; webhook_conf: string }>(
      `SELECT id, status, webhook_conf::text FROM hdb_catalog.hdb_scheduled_events WHERE payload->>'order_id' = $1 ORDER BY created_at`,
      [orderId],
    )
  ).rows;

describe('order timeouts', () => {
  it('cancels an order that is not paid in time, from a one-off event created at validation', { timeout: 60_000 }, async () => {
    const alice = await AppClient.login(t.server.url, engine.url, 'alice');
    const orderId = await placeValidated(alice, 2);
    const events = await timeoutEvents(orderId);
    expect(events.map((e) => JSON.parse(e.webhook_conf))).toEqual(['{{ACTION_BASE_URL}}/payment-timeout']);
    await alice.waitForStatus(orderId, 'cancelled');
    expect(await orderRow(orderId)).toEqual({ status: 'cancelled', rejection_reason: 'The order was not paid in time' });
    await waitFor(async () => (await timeoutEvents(orderId))[0]?.status === 'delivered', { timeoutMs: 10_000, what: 'timeout event delivered' });
  });

  it('never cuts off a payment under way when the deadline passes', { timeout: 60_000 }, async () => {
    const alice = await AppClient.login(t.server.url, engine.url, 'alice');
    const orderId = await placeValidated(alice, 2);
    await alice.pay(orderId);
    // The deadline passes while the gateway takes 6 s: the timeout answers 503 + Retry-After.
    await waitFor(
      async () =>
        (
          await t.sql.query(
            `SELECT 1 FROM hdb_catalog.hdb_scheduled_event_invocation_logs l JOIN hdb_catalog.hdb_scheduled_events e ON e.id = l.event_id
              WHERE e.payload->>'order_id' = $1 AND l.status = 503`,
            [orderId],
          )
        ).rowCount === 1,
      { timeoutMs: 15_000, what: 'the payment timeout to find the payment under way' },
    );
    await alice.waitForStatus(orderId, 'agent_assigned');
    expect(await history(orderId)).not.toContain('cancelled');
    expect((await t.sql.query(`SELECT status FROM payments WHERE order_id = $1`, [orderId])).rows).toEqual([{ status: 'succeeded' }]);
  });

  it('declines and refunds a paid order the restaurant does not answer in time', { timeout: 60_000 }, async () => {
    const alice = await AppClient.login(t.server.url, engine.url, 'alice');
    // Bella Cucina approves by hand.
    const orderId = await placeValidated(alice, 1);
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'restaurant_rejected', 30_000);
    expect(await orderRow(orderId)).toEqual({ status: 'restaurant_rejected', rejection_reason: 'The restaurant did not answer in time' });
    await waitFor(async () => (await t.sql.query(`SELECT status FROM payments WHERE order_id = $1`, [orderId])).rows[0]?.status === 'refunded', {
      timeoutMs: 15_000,
      what: 'the refund',
    });
    expect(await history(orderId)).toEqual(['placed', 'validated', 'paid', 'restaurant_rejected']);
    const kitchen = (await timeoutEvents(orderId)).filter((e) => JSON.parse(e.webhook_conf).endsWith('/kitchen-timeout'));
    expect(kitchen.length).toBeGreaterThan(0);
  });

  it('the sweeper cron trigger cancels an order whose timeout event was lost, and the metadata schedules it every minute', { timeout: 60_000 }, async () => {
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM hdb_catalog.hdb_cron_events WHERE trigger_name = 'order-sweeper'`)).rows[0].n).toBe(100);
    const alice = await AppClient.login(t.server.url, engine.url, 'alice');
    const orderId = await placeValidated(alice, 2);
    // The event is lost: the sweeper alone must find the order.
    await t.sql.query(`DELETE FROM hdb_catalog.hdb_scheduled_events WHERE payload->>'order_id' = $1`, [orderId]);
    await t.sql.query(`UPDATE orders SET validated_at = now() - interval '1 hour' WHERE id = $1`, [orderId]);
    const sweep = await deliver(t.server, '/order-sweeper', { id: 'sweep-1', name: 'order-sweeper', scheduled_time: new Date().toISOString(), payload: {} });
    expect(sweep.status).toBe(200);
    expect(sweep.body.cancelled).toContain(orderId);
    expect(await orderRow(orderId)).toEqual({ status: 'cancelled', rejection_reason: 'The order was not paid in time' });
    // A second sweep finds nothing more to do for it.
    const again = await deliver(t.server, '/order-sweeper', { id: 'sweep-2', name: 'order-sweeper', scheduled_time: new Date().toISOString(), payload: {} });
    expect(again.body.cancelled).not.toContain(orderId);
  });

  it('refuses a scheduled event without the shared secret or without an order id', async () => {
    expect((await deliver(t.server, '/payment-timeout', { id: 'x', scheduled_time: 't', payload: { order_id: 'nope' } })).status).toBe(400);
    expect((await deliver(t.server, '/kitchen-timeout', { id: 'x', scheduled_time: 't', payload: {} }, { secret: null })).status).toBe(401);
  });
});
