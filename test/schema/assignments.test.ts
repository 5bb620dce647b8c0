import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';

const ALICE = '00000000-0000-4000-8000-00000000a11c';

/** schema.sql: an assignment is for an approved order, to an agent with no other order in hand. */
describe('schema.sql: one order per courier at a time', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    pool = new pg.Pool({ connectionString: db.url, max: 12 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  async function approvedOrder(): Promise<string> {
    const { rows } = await pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE]);
    const id = rows[0].id as string;
    await pool.query(
      `INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents) SELECT $1, id, 1, 500 FROM menu_items WHERE restaurant_id = 2 ORDER BY id LIMIT 1`,
      [id],
    );
    await pool.query(`UPDATE orders SET status = 'validated', total_cents = 500 WHERE id = $1`, [id]);
    for (const status of ['paid', 'approved']) await pool.query('UPDATE orders SET status = $2 WHERE id = $1', [id, status]);
    return id;
  }

  it('refuses a second order for an agent who has one in hand, and allows it once that one is delivered', async () => {
    const first = await approvedOrder();
    const second = await approvedOrder();
    await pool.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 3)', [first]);
    await pool.query(`UPDATE orders SET status = 'agent_assigned' WHERE id = $1`, [first]);
    await expect(pool.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 3)', [second])).rejects.toMatchObject({
      code: '23514',
      message: `agent 3 already has order ${first} in hand`,
    });
    for (const status of ['picked_up', 'delivered']) await pool.query('UPDATE orders SET status = $2 WHERE id = $1', [first, status]);
    await pool.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 3)', [second]);
  });

  it('refuses an assignment for an order that is not approved', async () => {
    const { rows } = await pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE]);
    await expect(pool.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 4)', [rows[0].id])).rejects.toMatchObject({ code: '23514' });
  });

  it('ten concurrent assignments of one agent to ten approved orders: exactly one gets in', async () => {
    const orders = await Promise.all(Array.from({ length: 10 }, () => approvedOrder()));
    const outcomes = await Promise.allSettled(
      orders.map(async (orderId) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO assignments (order_id, agent_id) VALUES ($1, 8)', [orderId]);
          await client.query(`UPDATE orders SET status = 'agent_assigned' WHERE id = $1`, [orderId]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      }),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });
});
