import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';

const ALICE = '00000000-0000-4000-8000-00000000a11c';

describe('schema.sql: the order status machine lives in the database', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function placeOrder(): Promise<string> {
    const { rows } = await client.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE]);
    return rows[0].id as string;
  }
  /** Validates an order the way the database accepts it: a total equal to its priced lines. */
  async function validate(id: string, totalCents: number): Promise<void> {
    await client.query(
      `INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents)
       SELECT $1, id, 1, $2 FROM menu_items WHERE restaurant_id = 2 ORDER BY id LIMIT 1`,
      [id, totalCents],
    );
    await client.query(`UPDATE orders SET status = 'validated', total_cents = $2 WHERE id = $1`, [id, totalCents]);
  }
  const setStatus = (id: string, status: string) => client.query('UPDATE orders SET status = $2 WHERE id = $1', [id, status]);
  const history = async (id: string) => (await client.query('SELECT from_status, to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [id])).rows;

  it('seeds 6 restaurants with 6+ items each, one closed and one that does not auto-approve, 12 agents, 4 demo users', async () => {
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM restaurants)::int AS restaurants,
             (SELECT min(n) FROM (SELECT count(*) AS n FROM menu_items GROUP BY restaurant_id) m)::int AS min_items,
             (SELECT count(*) FROM restaurants WHERE NOT is_open)::int AS closed,
             (SELECT count(*) FROM restaurants WHERE NOT auto_approve)::int AS manual,
             (SELECT count(*) FROM agents)::int AS agents,
             (SELECT string_agg(username || ':' || role, ',' ORDER BY username) FROM users) AS users`);
    expect(rows[0]).toEqual({
      restaurants: 6,
      min_items: 6,
      closed: 1,
      manual: 1,
      agents: 12,
      users: 'admin:analyst,alice:customer,bella:restaurant,dave:agent',
    });
  });

  it('writes history for every legal change along the happy path and stamps each stage', async () => {
    const id = await placeOrder();
    await validate(id, 1000);
    for (const status of ['paid', 'approved', 'agent_assigned', 'picked_up', 'delivered']) await setStatus(id, status);
    expect(await history(id)).toEqual([
      { from_status: null, to_status: 'placed' },
      { from_status: 'placed', to_status: 'validated' },
      { from_status: 'validated', to_status: 'paid' },
      { from_status: 'paid', to_status: 'approved' },
      { from_status: 'approved', to_status: 'agent_assigned' },
      { from_status: 'agent_assigned', to_status: 'picked_up' },
      { from_status: 'picked_up', to_status: 'delivered' },
    ]);
    const { rows } = await client.query(
      `SELECT validated_at IS NOT NULL AND paid_at IS NOT NULL AND approved_at IS NOT NULL AND agent_assigned_at IS NOT NULL
              AND picked_up_at IS NOT NULL AND delivered_at IS NOT NULL AND cancelled_at IS NULL AS stamped
         FROM orders WHERE id = $1`,
      [id],
    );
    expect(rows[0].stamped).toBe(true);
  });

  it.each([
    ['placed', 'paid'],
    ['placed', 'approved'],
    ['placed', 'delivered'],
    ['validated', 'approved'],
  ])('refuses the illegal transition %s -> %s with a check violation', async (from, to) => {
    const id = await placeOrder();
    if (from === 'validated') await validate(id, 1000);
    await expect(setStatus(id, to)).rejects.toMatchObject({
      code: '23514',
      message: `illegal order status transition: ${from} -> ${to}`,
    });
    expect((await history(id)).length).toBe(from === 'placed' ? 1 : 2);
  });

  it('allows nothing out of a final state', async () => {
    const id = await placeOrder();
    await setStatus(id, 'cancelled');
    for (const to of ['placed', 'validated', 'paid', 'delivered']) {
      await expect(setStatus(id, to)).rejects.toMatchObject({ code: '23514' });
    }
  });

  it('refuses a new order that does not start as placed', async () => {
    await expect(client.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address, status) VALUES ($1, 2, '1 Main Street', 'paid')`, [ALICE])).rejects.toMatchObject({
      code: '23514',
    });
  });

  it('takes the payment amount from the order, allows one live payment per order, and moves payments only forward', async () => {
    const id = await placeOrder();
    await validate(id, 2590);
    await expect(client.query(`INSERT INTO payments (order_id, amount_cents, payment_token, card_last4) VALUES ($1, 1, 'tok_visa', '4242')`, [id])).rejects.toMatchObject({
      code: '23514',
      message: "the amount of a payment is its order's total (2590), not 1",
    });
    const { rows } = await client.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING id, amount_cents, status`, [id]);
    expect(rows[0]).toMatchObject({ amount_cents: 2590, status: 'pending' });
    await expect(client.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242')`, [id])).rejects.toMatchObject({ code: '23505' });
    await expect(client.query(`UPDATE payments SET status = 'refunded' WHERE id = $1`, [rows[0].id])).rejects.toMatchObject({
      code: '23514',
    });
    await client.query(`UPDATE payments SET status = 'failed' WHERE id = $1`, [rows[0].id]);
    await client.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242')`, [id]);
  });

  it('refuses a payment for an order that is not validated, even one with a total', async () => {
    const id = await placeOrder();
    await expect(client.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242')`, [id])).rejects.toMatchObject({ code: '23514' });
    await client.query('UPDATE orders SET total_cents = 1 WHERE id = $1', [id]);
    await expect(client.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242')`, [id])).rejects.toMatchObject({
      code: '23514',
      message: `order ${id} is placed: a payment is made only for a validated order, or after a failed payment`,
    });
  });

  it('frees the agent when the order is delivered', async () => {
    const id = await placeOrder();
    await validate(id, 1000);
    await setStatus(id, 'paid');
    await setStatus(id, 'approved');
    await client.query('UPDATE agents SET is_available = false WHERE id = 5');
    await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 5)', [id]);
    await setStatus(id, 'agent_assigned');
    await setStatus(id, 'picked_up');
    expect((await client.query('SELECT is_available FROM agents WHERE id = 5')).rows[0].is_available).toBe(false);
    await setStatus(id, 'delivered');
    expect((await client.query('SELECT is_available FROM agents WHERE id = 5')).rows[0].is_available).toBe(true);
  });

  it('has an index on every foreign key', async () => {
    const { rows } = await client.query(`
      SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         AND NOT EXISTS (
           SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
    expect(rows).toEqual([]);
  });
});
