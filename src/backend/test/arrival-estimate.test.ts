import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@3factor/dev/paths.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEngine } from '@3factor/engine/engine.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { anonymousGraphql, startAppEngine } from './helpers/app-engine.js';
import { AppClient, type GraphqlResult } from './helpers/engine-client.js';
import { Subscription, wsClient } from './helpers/graphql-ws.js';
import { startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';

/**
 * The arrival estimate on the real stack: computed in Postgres (order_arrival_estimate, the
 * computed field orders.arrival_estimate) from the stage the order is in and the recent medians
 * of each stage, stamped once when the order is paid (estimated_delivery_at), and compared with
 * the delivery in analytics_arrival_estimates.
 */
let t: FunctionsUnderTest;
let engine: RunningEngine;
let alice: AppClient;
let analyst: AppClient;

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const TAQUERIA = 3;
const BELLA = 1;
// The fixed guesses for a stage without history: approval, wait for a courier, hand-over, trip.
const GUESS = { approval: 120, assignment: 180, pickup: 720, trip: 1200 };

beforeAll(async () => {
  t = await startFunctionsUnderTest();
  engine = await startAppEngine(t.db.url, t.server.url);
  [alice, analyst] = await Promise.all([AppClient.login(t.server.url, engine.url, 'alice'), AppClient.login(t.server.url, engine.url, 'admin')]);
});
afterAll(async () => {
  await engine?.stop();
  await t?.close();
});

const refusal = (result: GraphqlResult) => result.errors?.[0]?.extensions?.code;
const seconds = (iso: string) => Date.parse(iso) / 1000;
const dbNow = async () => Number((await t.sql.query<{ now: string }>('SELECT extract(epoch FROM now()) AS now')).rows[0]!.now);

/** An order written with the triggers off, its stages `offsets` seconds after `start` (seconds ago). */
async function orderWithStages(
  status: string,
  start: number,
  offsets: Partial<Record<'paid' | 'approved' | 'assigned' | 'picked_up' | 'delivered', number>>,
  agentId = 2,
): Promise<string> {
  const id = randomUUID();
  const at = (key: keyof typeof offsets) => (offsets[key] === undefined ? null : `${start - offsets[key]!} seconds`);
  const client = await t.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, status, total_cents, created_at, paid_at, approved_at, agent_assigned_at, picked_up_at, delivered_at)
       VALUES ($1, $2, $3, '1 Clock Street', $4::order_status, 1000, now() - $5::interval,
               now() - $6::interval, now() - $7::interval, now() - $8::interval, now() - $9::interval, now() - $10::interval)`,
      [id, ALICE, TAQUERIA, status, `${start} seconds`, at('paid'), at('approved'), at('assigned'), at('picked_up'), at('delivered')],
    );
    if (offsets.assigned !== undefined) await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [id, agentId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return id;
}

const estimateOf = async (id: string) =>
  seconds((await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { arrival_estimate } }', { id })).data.orders_by_pk.arrival_estimate);

describe('the arrival estimate', () => {
  it('without history, counts the fixed guesses from now for an order not yet paid; none for a declined order', async () => {
    const placed = await orderWithStages('placed', 0, {});
    const now = await dbNow();
    const all = GUESS.approval + GUESS.assignment + GUESS.pickup + GUESS.trip;
    expect(Math.abs((await estimateOf(placed)) - (now + all))).toBeLessThan(5);
    const declined = await orderWithStages('restaurant_rejected', 600, { paid: 0 });
    expect((await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { arrival_estimate } }', { id: declined })).data.orders_by_pk.arrival_estimate).toBeNull();
  });

  it('learns the medians of recent deliveries, and adds the stages still ahead to the one the order is in', async () => {
    // Three deliveries of the last hours: approval 60 s, courier 100 s, hand-over 600 s, trip 900 s (the middle one of each).
    for (const [approval, assignment, pickup, trip] of [
      [30, 50, 500, 800],
      [60, 100, 600, 900],
      [90, 150, 700, 1000],
    ]) {
      await orderWithStages('delivered', 7200, {
        paid: 0,
        approved: approval!,
        assigned: approval! + assignment!,
        picked_up: approval! + assignment! + pickup!,
        delivered: approval! + assignment! + pickup! + trip!,
      });
    }
    // Approved 30 s ago: the courier is expected 70 s from now, then hand-over and trip.
    const approved = await orderWithStages('approved', 30, { paid: 0, approved: 0 });
    const now = await dbNow();
    expect(Math.abs((await estimateOf(approved)) - (now - 30 + 100 + 600 + 900))).toBeLessThan(5);
    // Picked up 2,000 s ago, later than the usual trip: the estimate is now, never in the past.
    const late = await orderWithStages('picked_up', 3000, { paid: 0, approved: 60, assigned: 160, picked_up: 1000 });
    expect(Math.abs((await estimateOf(late)) - (await dbNow()))).toBeLessThan(5);
    // A delivered order's estimate is its delivery.
    const delivered = await orderWithStages('delivered', 3000, { paid: 0, approved: 60, assigned: 160, picked_up: 1000, delivered: 2000 });
    expect(Math.abs((await estimateOf(delivered)) - ((await dbNow()) - 1000))).toBeLessThan(5);
  });

  it('before ordering, gives each restaurant the time an order placed now would take, from the same medians, to anyone', async () => {
    // The history so far (the test above): Taqueria's approvals 30, 60, 90, 60 s (median 60) and
    // hand-overs 500, 600, 700, 840 s (650); every restaurant's courier waits 50, 100, 150, 100 s
    // (100); every courier's trips 800, 900, 1000, 1000 s (950). Bella Cucina (1) has no history of
    // its own: the guesses for approval and hand-over (120, 720 s).
    const read = await anonymousGraphql(engine.url, '{ restaurants(order_by: { id: asc }) { id arrival_estimate_seconds } }');
    const byId = new Map<number, number>(read.data.restaurants.map((r: { id: number; arrival_estimate_seconds: number }) => [r.id, r.arrival_estimate_seconds]));
    expect(byId.get(TAQUERIA)).toBe(60 + 100 + 650 + 950);
    expect(byId.get(1)).toBe(120 + 100 + 720 + 950);
    // The same figure the order page starts from once the order is placed.
    const placed = await orderWithStages('placed', 0, {});
    expect(Math.abs((await estimateOf(placed)) - (await dbNow()) - byId.get(TAQUERIA)!)).toBeLessThan(5);
    expect((await alice.graphql('query { restaurants_by_pk(id: 3) { arrival_estimate_seconds } }')).data.restaurants_by_pk.arrival_estimate_seconds).toBe(byId.get(TAQUERIA));
  });

  it('is stamped once when the order is paid, through the pipeline; nobody sets or changes it', { timeout: 60_000 }, async () => {
    const [item] = await alice.menuItemIds(TAQUERIA);
    const forged = await alice.graphql('mutation ($o: orders_insert_input!) { insert_orders_one(object: $o) { id } }', {
      o: {
        id: randomUUID(),
        restaurant_id: TAQUERIA,
        delivery_address: '1 Clock Street',
        estimated_delivery_at: '2030-01-01T00:00:00Z',
        items: { data: [{ menu_item_id: item, quantity: 1 }] },
      },
    });
    expect(refusal(forged)).toBe('validation-failed');

    const orderId = await alice.placeOrder(TAQUERIA, [{ menu_item_id: item!, quantity: 1 }]);
    await alice.waitForStatus(orderId, 'validated');
    const before = (await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { estimated_delivery_at } }', { id: orderId })).data.orders_by_pk;
    expect(before.estimated_delivery_at).toBeNull();
    await alice.pay(orderId);
    // Stamped on the way through paid (the restaurant approves by itself at once).
    await waitFor(async () => (await t.sql.query('SELECT paid_at FROM orders WHERE id = $1', [orderId])).rows[0].paid_at !== null, {
      timeoutMs: 30_000,
      what: `order ${orderId} to be paid`,
      intervalMs: 50,
    });
    const after = (await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { paid_at estimated_delivery_at arrival_estimate } }', { id: orderId })).data.orders_by_pk;
    expect(seconds(after.estimated_delivery_at)).toBeGreaterThan(seconds(after.paid_at));
    expect(after.arrival_estimate).not.toBeNull();
    await expect(t.sql.query(`UPDATE orders SET estimated_delivery_at = now() WHERE id = $1`, [orderId])).rejects.toMatchObject({
      code: '23514',
      message: `the arrival estimate of order ${orderId} is stamped once, when it is paid`,
    });
  });

  it('is stamped at each stage change for the order page, which reads columns and no function; nobody else writes them', { timeout: 60_000 }, async () => {
    // Bella Cucina approves by hand: the order stays paid until its kitchen answers.
    const [item] = await alice.menuItemIds(BELLA);
    const orderId = await alice.placeOrder(BELLA, [{ menu_item_id: item!, quantity: 1 }]);
    const read = async () =>
      (
        await alice.graphql('query ($id: uuid!) { orders_by_pk(id: $id) { status arrival_estimate arrival_estimate_base arrival_estimate_rest_seconds estimated_delivery_at } }', {
          id: orderId,
        })
      ).data.orders_by_pk;
    // Placed: every stage from now, as the computed field says.
    const placed = await read();
    expect(placed.arrival_estimate_rest_seconds).toBeGreaterThan(0);
    const now = await dbNow();
    expect(Math.abs(Math.max(seconds(placed.arrival_estimate_base), now + placed.arrival_estimate_rest_seconds) - seconds(placed.arrival_estimate))).toBeLessThan(5);
    // Paid through the pipeline: the stamp moves to the stage; what is left after it is the
    // wait for a courier, the hand-over and the trip.
    await alice.waitForStatus(orderId, 'validated');
    await alice.pay(orderId);
    await alice.waitForStatus(orderId, 'paid');
    const assigned = await read();
    const { rows } = await t.sql.query<{ base: Date; rest: number }>(
      `SELECT o.paid_at + make_interval(secs => s.approval + s.assignment + s.pickup + s.trip) AS base, s.assignment + s.pickup + s.trip AS rest
         FROM orders o, arrival_stage_seconds(o.restaurant_id, NULL) s WHERE o.id = $1`,
      [orderId],
    );
    expect(assigned.arrival_estimate_rest_seconds).toBeCloseTo(rows[0]!.rest, 3);
    expect(Math.abs(seconds(assigned.arrival_estimate_base) - rows[0]!.base.getTime() / 1000)).toBeLessThan(1);
    expect(Math.abs(Math.max(seconds(assigned.arrival_estimate_base), (await dbNow()) + assigned.arrival_estimate_rest_seconds) - seconds(assigned.arrival_estimate))).toBeLessThan(
      5,
    );
    expect(assigned.estimated_delivery_at).not.toBeNull();
    // The columns are the database's: not writable through GraphQL, nor by a statement that changes no status.
    const forged = await alice.graphql('mutation ($id: uuid!) { update_orders_by_pk(pk_columns: { id: $id }, _set: { arrival_estimate_base: "2030-01-01T00:00:00Z" }) { id } }', {
      id: orderId,
    });
    expect(forged.errors).toBeDefined();
    await expect(t.sql.query(`UPDATE orders SET arrival_estimate_rest_seconds = 1 WHERE id = $1`, [orderId])).rejects.toMatchObject({
      code: '23514',
      message: `the arrival estimate of order ${orderId} is stamped by the database when its status changes`,
    });
    // The order app's OrderLive (its allow-listed document) reads the two columns, not the
    // computed field: the engine then refreshes it on changes, with a 10 s backstop, not by polling it every second.
    const collections = readFileSync(join(repoRoot, 'hasura', 'metadata', 'query_collections.yaml'), 'utf8');
    const orderLive = /subscription OrderLive[\s\S]*?(?=\n\s*- name:)/.exec(collections)![0].replace(/^ {10}/gm, '');
    expect(orderLive).toContain('arrival_estimate_base');
    const ws = wsClient(engine.url, alice.token);
    const live = new Subscription(ws, orderLive, { id: orderId });
    try {
      expect((await live.next()).data.orders_by_pk.arrival_estimate_base).toBe(assigned.arrival_estimate_base);
      // Backstop refreshes asked for OrderLive over 2.5 s: none for a poller every input of which a
      // change trigger watches (a function's poller gets one a second).
      const backstops = async () => {
        const metrics = await (await fetch(`${engine.url}/v1/metrics`, { headers: { 'x-hasura-admin-secret': 'engine-admin-secret' } })).text();
        return Number(/operation_name="OrderLive",reason="backstop"\} (\d+)/.exec(metrics)?.[1] ?? 0);
      };
      await new Promise((r) => setTimeout(r, 1_500));
      const before = await backstops();
      await new Promise((r) => setTimeout(r, 2_500));
      expect(await backstops()).toBe(before);
    } finally {
      live.stop();
      await ws.dispose();
    }
  });

  it('keeps the stage medians for the stamps, computed again at most once a second; readers never get them stale', async () => {
    type Stages = { approval: number; assignment: number; pickup: number; trip: number };
    const stages = async (sql: string) => (await t.sql.query<Stages>(`SELECT approval, assignment, pickup, trip FROM ${sql}`)).rows[0]!;
    const kept = () => stages(`arrival_stage_seconds_from(true, ${TAQUERIA}, 2)`);
    const computed = () => stages(`arrival_stage_seconds_from(false, ${TAQUERIA}, 2)`);
    const refresh = async () => (await t.sql.query<{ current: boolean }>('SELECT arrival_stage_medians_refresh() AS current')).rows[0]!.current;
    // A delivery newer than any counted, then a second: the next stamp computes them again.
    await orderWithStages('delivered', 600, { paid: 0, approved: 60, assigned: 100, picked_up: 300, delivered: 500 });
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await refresh()).toBe(true);
    expect(await kept()).toEqual(await computed());

    // Deliveries newer than those counted, with approvals of 2,000 s (the median now): the readers'
    // figure moves at once (computed afresh), the kept medians wait for the next refresh a second
    // after the last.
    for (let i = 0; i < 8; i++) await orderWithStages('delivered', 3000 - i, { paid: 0, approved: 2000, assigned: 2050, picked_up: 2600, delivered: 2900 - i });
    const fresh = await computed();
    expect(fresh.approval).toBe(2000);
    expect(await stages(`arrival_stage_seconds(${TAQUERIA}, 2)`)).toEqual(fresh);
    expect(await refresh()).toBe(true);
    expect((await kept()).approval).not.toBe(2000);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await refresh()).toBe(true);
    expect(await kept()).toEqual(fresh);

    // Two transactions find them stale together: one computes and keeps them, the other does not
    // wait for it and computes its own.
    await orderWithStages('delivered', 100, { paid: 0, approved: 10, assigned: 20, picked_up: 30, delivered: 40 });
    await new Promise((r) => setTimeout(r, 1_100));
    const [first, second] = [await t.sql.connect(), await t.sql.connect()];
    try {
      await first.query('BEGIN');
      await second.query('BEGIN');
      expect((await first.query('SELECT arrival_stage_medians_refresh() AS current')).rows[0].current).toBe(true);
      expect((await second.query('SELECT arrival_stage_medians_refresh() AS current')).rows[0].current).toBe(false);
      await first.query('COMMIT');
      await second.query('COMMIT');
    } finally {
      first.release();
      second.release();
    }
    expect(await kept()).toEqual(await computed());
  });

  it('is compared with the delivery: the dashboard reads the error’s p50 and p90 over the last 7 days', async () => {
    for (const lateBy of [60, -120, 300, 600]) {
      const id = await orderWithStages('delivered', 4000, { paid: 0, delivered: 3000 });
      const client = await t.sql.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL session_replication_role = replica');
        await client.query('UPDATE orders SET estimated_delivery_at = delivered_at - make_interval(secs => $2) WHERE id = $1', [id, lateBy]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
    const read = await analyst.graphql('{ analytics_arrival_estimates { delivered_orders error_p50_seconds error_p90_seconds period_start period_end } }');
    const row = read.data.analytics_arrival_estimates[0];
    expect(row.delivered_orders).toBeGreaterThanOrEqual(4);
    expect(Number(row.error_p90_seconds)).toBeGreaterThanOrEqual(Number(row.error_p50_seconds));
    expect(seconds(row.period_end) - seconds(row.period_start)).toBeCloseTo(7 * 86400, 0);
    expect(refusal(await alice.graphql('{ analytics_arrival_estimates { delivered_orders } }'))).toBe('validation-failed');
  });
});
