import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, customerToken, startTestEngine, type TestEngine } from './engine-harness.js';
import { Subscription, wsClient } from './gql-ws.js';

/**
 * The order app's own `OrderLive` (read from the allow-list), held open by one customer for 20
 * of their orders, each with a courier, as a customer keeping many order pages open: a write
 * the pipeline makes re-runs only the pages it reaches.
 */
const COLLECTIONS = fileURLToPath(new URL('../../../../hasura/metadata/query_collections.yaml', import.meta.url));
const ORDER_LIVE = /subscription OrderLive[\s\S]*?(?=\n\s*- name:)/.exec(readFileSync(COLLECTIONS, 'utf8'))![0].replace(/^ {10}/gm, '');
const PAGES = 20;
const CAROL = '00000000-0000-4000-8000-0000000ca401';

let t: TestEngine;
let pool: pg.Pool;
let client: ReturnType<typeof wsClient>;
const ids: string[] = [];
const pages: Subscription[] = [];

beforeAll(async () => {
  t = await startTestEngine();
  pool = new pg.Pool({ connectionString: t.db.url, max: 2 });
  const writer = await pool.connect();
  try {
    // Behind the triggers: orders on their way, a courier each, and a second customer.
    await writer.query('BEGIN');
    await writer.query('SET LOCAL session_replication_role = replica');
    for (let i = 0; i < PAGES; i++) {
      // The first on its way with courier 12, the others delivered by couriers 1-3.
      const { rows } = await writer.query<{ id: string }>(
        `INSERT INTO orders (customer_id, restaurant_id, delivery_address, status, total_cents, paid_at, approved_at, agent_assigned_at, picked_up_at, delivered_at)
         VALUES ($1, 2, '1 Page Street', $2, 1000, now(), now(), now(), $3, $3) RETURNING id`,
        [ALICE, i === 0 ? 'agent_assigned' : 'delivered', i === 0 ? null : new Date()],
      );
      ids.push(rows[0]!.id);
      await writer.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, $2)', [rows[0]!.id, i === 0 ? 12 : 1 + (i % 3)]);
    }
    await writer.query(`INSERT INTO users (id, username, password_hash, role) VALUES ($1, 'carol-pages', 'x', 'customer')`, [CAROL]);
    await writer.query('COMMIT');
  } finally {
    writer.release();
  }
  client = wsClient(t.wsUrl, { Authorization: `Bearer ${await customerToken(ALICE)}` });
  for (const id of ids) pages.push(new Subscription(client, ORDER_LIVE, { id }));
  for (const page of pages) expect((await page.next()).data.orders_by_pk.id).toEqual(expect.any(String));
}, 60_000);

afterAll(async () => {
  for (const page of pages) page.stop();
  await client?.dispose();
  await pool?.end();
  await t?.stop();
});

/**
 * The cohorts of each multiplexed statement run after `write`: once `shown` (the push the write
 * must cause, if any) arrived, and a while after for any later run.
 */
async function runsAfter(write: () => Promise<unknown>, shown?: () => Promise<unknown>): Promise<number[]> {
  await new Promise((r) => setTimeout(r, 300));
  t.resetStatements();
  await write();
  await shown?.();
  await new Promise((r) => setTimeout(r, 700));
  return t.multiplexed().map((s) => s.cohorts);
}

const cohortsRunBy = async (write: () => Promise<unknown>, shown?: () => Promise<unknown>) => (await runsAfter(write, shown)).reduce((sum, n) => sum + n, 0);

describe('OrderLive pages of one customer: a write re-runs only the pages it reaches', () => {
  it('an order of theirs picked up: its page alone', async () => {
    // Its page, in one or two statements (the order's row and its new history row are two
    // notifications; the second may arrive while the first's run is in flight).
    const runs = await runsAfter(
      () => pool.query(`UPDATE orders SET status = 'picked_up' WHERE id = $1`, [ids[0]]),
      () => pages[0]!.until((r) => r.data.orders_by_pk.status === 'picked_up'),
    );
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThanOrEqual(2);
    for (const cohorts of runs) expect(cohorts).toBe(1);
  });

  it("a delivered order's address rewritten (bench/pipeline's probe): its page alone", async () => {
    await pool.query('ALTER TABLE orders DISABLE TRIGGER orders_apply_saved_address');
    expect(
      await cohortsRunBy(
        () => pool.query(`UPDATE orders SET delivery_address = '2 Page Street' WHERE id = $1`, [ids[5]]),
        () => pages[5]!.until((r) => r.data.orders_by_pk.delivery_address === '2 Page Street'),
      ),
    ).toBe(1);
  });

  it("a delivered order's address rewritten in the same notification batch as another customer's new order: still its page alone", async () => {
    // One transaction, so both notifications arrive together. The new order names every column
    // (an insert) and its customer; merged with the address change into one "all columns of
    // these customers' orders", it would re-run each of this customer's pages through the
    // courier permission that reads their orders' ids.
    const runs = await cohortsRunBy(
      async () => {
        const writer = await pool.connect();
        try {
          await writer.query('BEGIN');
          await writer.query(`UPDATE orders SET delivery_address = '4 Page Street' WHERE id = $1`, [ids[6]]);
          await writer.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '5 Other Street')`, [CAROL]);
          await writer.query('COMMIT');
        } finally {
          writer.release();
        }
      },
      () => pages[6]!.until((r) => r.data.orders_by_pk.delivery_address === '4 Page Street'),
    );
    expect(runs).toBe(1);
  });

  it("a courier's availability flipped: no page (the pages read the courier's id and name only)", async () => {
    expect(await cohortsRunBy(() => pool.query('UPDATE agents SET is_available = NOT is_available WHERE id = 1'))).toBe(0);
  });

  it('a courier renamed: at most the pages of the customers they delivered to (the lookup goes from the courier to the customer)', async () => {
    // Page 3's order was delivered by courier 1.
    expect(
      await cohortsRunBy(
        () => pool.query(`UPDATE agents SET name = 'Renamed' WHERE id = 1`),
        () => pages[3]!.until((r) => r.data.orders_by_pk.assignment?.agent?.name === 'Renamed'),
      ),
    ).toBe(PAGES);
  });

  it('a new order of another customer paired with the same courier: no page of this customer', async () => {
    const other = await cohortsRunBy(async () => {
      const writer = await pool.connect();
      try {
        await writer.query('BEGIN');
        await writer.query('SET LOCAL session_replication_role = replica');
        const { rows } = await writer.query<{ id: string }>(
          `INSERT INTO orders (customer_id, restaurant_id, delivery_address, status, total_cents, paid_at, approved_at) VALUES ($1, 2, '3 Other Street', 'approved', 1000, now(), now()) RETURNING id`,
          [CAROL],
        );
        await writer.query('COMMIT');
        await pool.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 1)', [rows[0]!.id]);
      } finally {
        writer.release();
      }
    });
    expect(other).toBe(0);
  });
});
