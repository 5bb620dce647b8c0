import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ALICE, customerToken, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';

/** Streaming subscriptions (`<table>_stream`) through the whole engine. */
let t: TestEngine;
let pool: pg.Pool;
let orderId: string;

const STREAM = `subscription ($after: bigint!) {
  order_status_history_stream(batch_size: 100, cursor: {initial_value: {id: $after}, ordering: ASC}) { id order_id to_status }
}`;

async function insertHistory(rows: number): Promise<void> {
  await pool.query(`INSERT INTO order_status_history (order_id, to_status) SELECT $1, 'placed' FROM generate_series(1, $2::int)`, [orderId, rows]);
}

async function maxHistoryId(): Promise<number> {
  const { rows } = await pool.query<{ max: string | null }>('SELECT max(id) FROM order_status_history');
  return Number(rows[0]!.max ?? 0);
}

/** Reads batches until `count` rows came; returns their ids in delivery order. */
async function readRows(sub: Subscription, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) {
    const batch = await sub.next();
    const rows = batch.data.order_status_history_stream as Array<{ id: number }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(100);
    ids.push(...rows.map((r) => Number(r.id)));
  }
  return ids;
}

beforeAll(async () => {
  t = await startTestEngine();
  pool = new pg.Pool({ connectionString: t.db.url, max: 2 });
  pool.on('error', () => undefined);
  const { rows } = await pool.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Stream Street') RETURNING id`, [ALICE]);
  orderId = rows[0]!.id;
});

afterAll(async () => {
  await pool?.end();
  await t?.stop();
});

describe('streaming subscriptions through the engine', () => {
  it('delivers 1,000 inserted rows in order, with no gaps or duplicates, across a reconnect that resumes from the last cursor', async () => {
    const analyst = { Authorization: `Bearer ${await customerToken('00000000-0000-4000-8000-0000000ad111', { role: 'analyst' })}` };
    const start = await maxHistoryId();
    const expected = Array.from({ length: 1000 }, (_, i) => start + 1 + i);

    const first = wsClient(t.wsUrl, analyst);
    const sub = new Subscription(first, STREAM, { after: start });
    for (let i = 0; i < 6; i++) await insertHistory(100);
    const seen = await readRows(sub, 600);
    // The connection goes away (client closes); rows keep arriving meanwhile.
    sub.stop();
    await first.dispose();
    for (let i = 0; i < 4; i++) await insertHistory(100);

    const second = wsClient(t.wsUrl, analyst);
    const resumed = new Subscription(second, STREAM, { after: seen.at(-1)! });
    const rest = await readRows(resumed, 1000 - seen.length);
    expect([...seen, ...rest]).toEqual(expected);
    resumed.stop();
    await second.dispose();
  });

  it("looks again only for the cohorts whose rows a change can add (one order's history, not another's)", async () => {
    const analyst = { Authorization: `Bearer ${await customerToken('00000000-0000-4000-8000-0000000ad111', { role: 'analyst' })}` };
    const { rows } = await pool.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '2 Stream Street') RETURNING id`, [ALICE]);
    const otherOrder = rows[0]!.id;
    const start = await maxHistoryId();
    const byOrder = `subscription ($after: bigint!, $order: uuid!) {
      order_status_history_stream(batch_size: 100, cursor: {initial_value: {id: $after}}, where: {order_id: {_eq: $order}}) { id order_id }
    }`;
    const client = wsClient(t.wsUrl, analyst);
    const mine = new Subscription(client, byOrder, { after: start, order: orderId });
    const other = new Subscription(client, byOrder, { after: start, order: otherOrder });
    // Both have looked once and found nothing.
    await pool.query(`INSERT INTO order_status_history (order_id, to_status) VALUES ($1, 'placed')`, [otherOrder]);
    expect((await other.next()).data.order_status_history_stream).toHaveLength(1);
    t.resetStatements();
    await insertHistory(3);
    expect((await mine.next()).data.order_status_history_stream).toHaveLength(3);
    const statements = t.multiplexed();
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.cohorts === 1)).toBe(true);
    expect(other.buffered).toBe(0);
    mine.stop();
    other.stop();
    await client.dispose();
  });

  it('reads the cursor from a column the client did not select, without showing it', async () => {
    const admin = { 'x-hasura-admin-secret': 'realtime-test-secret' };
    const client = wsClient(t.wsUrl, admin);
    const start = await maxHistoryId();
    const sub = new Subscription(
      client,
      `subscription ($after: bigint!) { feed: order_status_history_stream(batch_size: 2, cursor: {initial_value: {id: $after}}) { to_status } }`,
      { after: start },
    );
    await insertHistory(3);
    const batches = [await sub.next(), await sub.next()];
    expect(batches).toEqual([{ data: { feed: [{ to_status: 'placed' }, { to_status: 'placed' }] } }, { data: { feed: [{ to_status: 'placed' }] } }]);
    sub.stop();
    await client.dispose();
  });

  it('applies the role permissions to a stream', async () => {
    const client = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
    const sub = new Subscription(client, 'subscription { restaurants_stream(batch_size: 10, cursor: {initial_value: {id: 0}}, where: {id: {_lte: 2}}) { id name } }');
    expect(await sub.next()).toEqual({
      data: {
        restaurants_stream: [
          { id: 1, name: 'Bella Cucina' },
          { id: 2, name: 'Sakura Sushi' },
        ],
      },
    });
    sub.stop();
    await client.dispose();
  });

  it('rejects a cursor over two columns as Hasura does', async () => {
    const client = wsClient(t.wsUrl, { 'x-hasura-admin-secret': 'realtime-test-secret' });
    const sub = new Subscription(client, 'subscription { restaurants_stream(batch_size: 1, cursor: {initial_value: {id: 0, name: "a"}}) { id } }');
    await expect(sub.next()).rejects.toEqual([
      { message: 'multiple column cursors are not supported yet', extensions: { path: '$.selectionSet.restaurants_stream.args.cursor', code: 'validation-failed' } },
    ]);
    await client.dispose();
  });
});
