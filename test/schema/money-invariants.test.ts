import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';

const ALICE = '00000000-0000-4000-8000-00000000a11c';

/**
 * The money invariants schema.sql holds whoever writes (a function, GraphQL, psql): order
 * lines freeze when the order leaves placed, a validated total is the sum of its priced
 * lines and never changes, and a payment is refunded only for an order that will not be
 * served.
 */
describe('schema.sql: money invariants', () => {
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

  async function placeOrder(lines: Array<[menuItemId: number, quantity: number]> = []): Promise<string> {
    const { rows } = await pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 2, '1 Main Street') RETURNING id`, [ALICE]);
    const id = rows[0].id as string;
    for (const [menuItemId, quantity] of lines) {
      await pool.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, $2, $3)', [id, menuItemId, quantity]);
    }
    return id;
  }
  /** What validate-order does, in one transaction: price every line, then validate with their sum. */
  async function validate(id: string): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM orders WHERE id = $1 FOR UPDATE', [id]);
      await client.query('UPDATE order_items oi SET unit_price_cents = mi.price_cents FROM menu_items mi WHERE mi.id = oi.menu_item_id AND oi.order_id = $1', [id]);
      const { rows } = await client.query<{ total: number }>('SELECT sum(quantity * unit_price_cents)::int AS total FROM order_items WHERE order_id = $1', [id]);
      await client.query(`UPDATE orders SET status = 'validated', total_cents = $2 WHERE id = $1`, [id, rows[0]!.total]);
      await client.query('COMMIT');
      return rows[0]!.total;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
  const menuItemsOfRestaurant2 = async () => (await pool.query<{ id: number }>('SELECT id FROM menu_items WHERE restaurant_id = 2 ORDER BY id')).rows.map((r) => r.id);

  it('refuses to add, change or remove a line once the order is validated', async () => {
    const [first, second] = await menuItemsOfRestaurant2();
    const id = await placeOrder([[first!, 1]]);
    await validate(id);
    await expect(pool.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, $2, 3)', [id, second])).rejects.toMatchObject({
      code: '23514',
      message: `order ${id} is validated: its items can no longer change`,
    });
    await expect(pool.query('UPDATE order_items SET quantity = 40 WHERE order_id = $1', [id])).rejects.toMatchObject({ code: '23514' });
    await expect(pool.query('UPDATE order_items SET unit_price_cents = 1 WHERE order_id = $1', [id])).rejects.toMatchObject({ code: '23514' });
    await expect(pool.query('DELETE FROM order_items WHERE order_id = $1', [id])).rejects.toMatchObject({ code: '23514' });
  });

  it('refuses to move a line from a placed order into a validated one', async () => {
    const [first, second] = await menuItemsOfRestaurant2();
    const validated = await placeOrder([[first!, 1]]);
    await validate(validated);
    const open = await placeOrder([[second!, 1]]);
    await expect(pool.query('UPDATE order_items SET order_id = $2 WHERE order_id = $1', [open, validated])).rejects.toMatchObject({ code: '23514' });
  });

  it('still lets the lines of a placed order change, and a deleted order take its lines with it', async () => {
    const [first, second] = await menuItemsOfRestaurant2();
    const id = await placeOrder([[first!, 1]]);
    await pool.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, $2, 2)', [id, second]);
    await pool.query('UPDATE order_items SET quantity = 3 WHERE order_id = $1 AND menu_item_id = $2', [id, first]);
    await pool.query('DELETE FROM order_items WHERE order_id = $1 AND menu_item_id = $2', [id, second]);
    await validate(id);
    await pool.query('DELETE FROM orders WHERE id = $1', [id]);
    expect((await pool.query('SELECT count(*)::int AS n FROM order_items WHERE order_id = $1', [id])).rows[0].n).toBe(0);
  });

  it('validates only a total equal to the sum of priced lines, and never changes it afterwards', async () => {
    const [first] = await menuItemsOfRestaurant2();
    const unpriced = await placeOrder([[first!, 2]]);
    await expect(pool.query(`UPDATE orders SET status = 'validated', total_cents = 1 WHERE id = $1`, [unpriced])).rejects.toMatchObject({ code: '23514' });
    const empty = await placeOrder([]);
    await expect(pool.query(`UPDATE orders SET status = 'validated', total_cents = 0 WHERE id = $1`, [empty])).rejects.toMatchObject({ code: '23514' });
    const id = await placeOrder([[first!, 2]]);
    await pool.query('UPDATE order_items oi SET unit_price_cents = mi.price_cents FROM menu_items mi WHERE mi.id = oi.menu_item_id AND oi.order_id = $1', [id]);
    await expect(pool.query(`UPDATE orders SET status = 'validated', total_cents = 1 WHERE id = $1`, [id])).rejects.toMatchObject({ code: '23514' });
    const total = await validate(id);
    await expect(pool.query('UPDATE orders SET total_cents = $2 WHERE id = $1', [id, total - 100])).rejects.toMatchObject({
      code: '23514',
      message: `the total of order ${id} cannot change once it is validated`,
    });
  });

  it('a line inserted while the validation holds the order waits, then is refused: every line that got in is priced and paid for', async () => {
    const items = await menuItemsOfRestaurant2();
    for (let round = 0; round < 3; round++) {
      const id = await placeOrder([[items[0]!, 1]]);
      const validator = await pool.connect();
      try {
        await validator.query('BEGIN');
        await validator.query('SELECT 1 FROM orders WHERE id = $1 FOR UPDATE', [id]);
        await validator.query('UPDATE order_items oi SET unit_price_cents = mi.price_cents FROM menu_items mi WHERE mi.id = oi.menu_item_id AND oi.order_id = $1', [id]);
        // The customer's extra lines arrive while the verdict is being written.
        const inserts = Promise.allSettled(
          items.slice(1).map((menuItemId, i) => pool.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, $2, $3)', [id, menuItemId, 1 + i])),
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        const { rows } = await validator.query<{ total: number }>('SELECT sum(quantity * unit_price_cents)::int AS total FROM order_items WHERE order_id = $1', [id]);
        await validator.query(`UPDATE orders SET status = 'validated', total_cents = $2 WHERE id = $1`, [id, rows[0]!.total]);
        await validator.query('COMMIT');
        const outcomes = await inserts;
        for (const outcome of outcomes) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: '23514' } });
      } finally {
        validator.release();
      }
      const { rows } = await pool.query<{ total_cents: number; sum: number; lines: number; unpriced: number }>(
        `SELECT o.total_cents, sum(oi.quantity * oi.unit_price_cents)::int AS sum, count(*)::int AS lines,
                count(*) FILTER (WHERE oi.unit_price_cents IS NULL)::int AS unpriced
           FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.id = $1 GROUP BY o.total_cents`,
        [id],
      );
      expect(rows[0]).toMatchObject({ lines: 1, unpriced: 0 });
      expect(rows[0]!.total_cents).toBe(rows[0]!.sum);
    }
  });

  it('refunds a payment only when its order was rejected by the restaurant or cancelled', async () => {
    const [first] = await menuItemsOfRestaurant2();
    const id = await placeOrder([[first!, 1]]);
    await validate(id);
    const { rows } = await pool.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING id`, [id]);
    const paymentId = rows[0].id as string;
    await pool.query(`UPDATE payments SET status = 'succeeded', provider_ref = 'ch_test' WHERE id = $1`, [paymentId]);
    await pool.query(`UPDATE orders SET status = 'paid' WHERE id = $1`, [id]);
    await expect(pool.query(`UPDATE payments SET status = 'refunded' WHERE id = $1`, [paymentId])).rejects.toMatchObject({
      code: '23514',
      message: `payment ${paymentId} cannot be refunded: its order is paid, not restaurant_rejected or cancelled`,
    });
    await pool.query(`UPDATE orders SET status = 'approved' WHERE id = $1`, [id]);
    await expect(pool.query(`UPDATE payments SET status = 'refunded' WHERE id = $1`, [paymentId])).rejects.toMatchObject({ code: '23514' });

    const rejected = await placeOrder([[first!, 1]]);
    await validate(rejected);
    const second = await pool.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING id`, [rejected]);
    await pool.query(`UPDATE payments SET status = 'succeeded', provider_ref = 'ch_test2' WHERE id = $1`, [second.rows[0].id]);
    await pool.query(`UPDATE orders SET status = 'paid' WHERE id = $1`, [rejected]);
    await pool.query(`UPDATE orders SET status = 'restaurant_rejected' WHERE id = $1`, [rejected]);
    await pool.query(`UPDATE payments SET status = 'refunded' WHERE id = $1`, [second.rows[0].id]);
  });

  it('keeps a payment on its order', async () => {
    const [first] = await menuItemsOfRestaurant2();
    const a = await placeOrder([[first!, 1]]);
    await validate(a);
    const b = await placeOrder([[first!, 1]]);
    const { rows } = await pool.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING id`, [a]);
    await expect(pool.query('UPDATE payments SET order_id = $2 WHERE id = $1', [rows[0].id, b])).rejects.toMatchObject({ code: '23514' });
  });

  describe("the sum of an order's parts (fees, tax, tip, discount)", () => {
    async function priced(tipCents = 0, promoCode: string | null = null): Promise<{ id: string; items: number }> {
      const [first] = await menuItemsOfRestaurant2();
      const { rows } = await pool.query(
        `INSERT INTO orders (customer_id, restaurant_id, delivery_address, tip_cents, promo_code) VALUES ($1, 2, '1 Main Street', $2, $3) RETURNING id`,
        [ALICE, tipCents, promoCode],
      );
      const id = rows[0].id as string;
      await pool.query('INSERT INTO order_items (order_id, menu_item_id, quantity) VALUES ($1, $2, 2)', [id, first]);
      await pool.query('UPDATE order_items oi SET unit_price_cents = mi.price_cents FROM menu_items mi WHERE mi.id = oi.menu_item_id AND oi.order_id = $1', [id]);
      const sum = await pool.query<{ items: number }>('SELECT sum(quantity * unit_price_cents)::int AS items FROM order_items WHERE order_id = $1', [id]);
      return { id, items: sum.rows[0]!.items };
    }
    const validateWith = (id: string, set: string, values: unknown[]) => pool.query(`UPDATE orders SET status = 'validated', ${set} WHERE id = $1`, [id, ...values]);

    it('refuses a new order that brings its own computed amounts', async () => {
      for (const column of ['items_subtotal_cents', 'delivery_fee_cents', 'service_fee_cents', 'tax_rate_bps', 'tax_cents', 'discount_cents']) {
        await expect(
          pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address, ${column}) VALUES ($1, 2, '1 Main Street', 1)`, [ALICE]),
          column,
        ).rejects.toMatchObject({ code: '23514' });
      }
      await expect(pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address, tip_cents) VALUES ($1, 2, '1 Main Street', -5)`, [ALICE])).rejects.toMatchObject({
        code: '23514',
      });
      await expect(
        pool.query(`INSERT INTO orders (customer_id, restaurant_id, delivery_address, tip_cents) VALUES ($1, 2, '1 Main Street', 10001)`, [ALICE]),
      ).rejects.toMatchObject({
        code: '23514',
      });
    });

    it('validates only total = items + fees + tax + tip - discount, with the tax at its rate and the subtotal of the lines', async () => {
      const { id, items } = await priced(300);
      const tax = Math.floor((items * 875 + 5000) / 10000);
      const parts = 'delivery_fee_cents = 199, service_fee_cents = 99, tax_rate_bps = 875';
      await expect(validateWith(id, `${parts}, tax_cents = $2, total_cents = $3`, [tax, items + 199 + 99 + tax])).rejects.toMatchObject({ code: '23514' });
      await expect(validateWith(id, `${parts}, tax_cents = $2, total_cents = $3`, [tax - 1, items + 199 + 99 + tax - 1 + 300])).rejects.toMatchObject({ code: '23514' });
      await expect(validateWith(id, `${parts}, tax_cents = $2, total_cents = $3, items_subtotal_cents = $4`, [tax, items + 199 + 99 + tax + 300, items - 1])).rejects.toMatchObject(
        {
          code: '23514',
        },
      );
      // A discount needs a redemption of the order's code.
      await expect(validateWith(id, `${parts}, tax_cents = $2, total_cents = $3, discount_cents = 100`, [tax, items + 199 + 99 + tax + 300 - 100])).rejects.toMatchObject({
        code: '23514',
      });
      await validateWith(id, `${parts}, tax_cents = $2, total_cents = $3`, [tax, items + 199 + 99 + tax + 300]);
      const { rows } = await pool.query('SELECT items_subtotal_cents, total_cents FROM orders WHERE id = $1', [id]);
      expect(rows[0]).toEqual({ items_subtotal_cents: items, total_cents: items + 199 + 99 + tax + 300 });
      for (const set of ['tip_cents = 0', 'tax_cents = 0', 'delivery_fee_cents = 0', 'discount_cents = 1', "promo_code = 'FREE'", 'items_subtotal_cents = 1']) {
        await expect(pool.query(`UPDATE orders SET ${set} WHERE id = $1`, [id]), set).rejects.toMatchObject({
          code: '23514',
          message: `the amounts of order ${id} cannot change once it is validated`,
        });
      }
      const payment = await pool.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_visa', '4242') RETURNING amount_cents`, [id]);
      expect(payment.rows[0].amount_cents).toBe(items + 199 + 99 + tax + 300);
    });

    it("counts a code's limits whoever writes the redemption, and releases it only for an order that ends unserved", async () => {
      const code = await pool.query(`INSERT INTO promo_codes (code, amount_off_cents, total_limit) VALUES ('SQLONCE', 100, 1) RETURNING id`);
      const codeId = code.rows[0].id as number;
      const a = await priced(0, 'SQLONCE');
      const b = await priced(0, 'SQLONCE');
      await pool.query('INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) VALUES ($1, $2, $3, 100)', [a.id, codeId, ALICE]);
      await expect(
        pool.query('INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) VALUES ($1, $2, $3, 100)', [b.id, codeId, ALICE]),
      ).rejects.toMatchObject({ code: '23514', message: 'promo code SQLONCE has reached its limit' });
      // Not an order with another code, nor another customer's.
      const other = await priced(0, null);
      await expect(
        pool.query('INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) VALUES ($1, $2, $3, 100)', [other.id, codeId, ALICE]),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(pool.query('UPDATE promo_redemptions SET released_at = now() WHERE order_id = $1', [a.id])).rejects.toMatchObject({ code: '23514' });
      await expect(pool.query('UPDATE promo_redemptions SET discount_cents = 1 WHERE order_id = $1', [a.id])).rejects.toMatchObject({ code: '23514' });
      await pool.query(`UPDATE orders SET status = 'cancelled' WHERE id = $1`, [a.id]);
      const released = await pool.query('SELECT released_at IS NOT NULL AS released FROM promo_redemptions WHERE order_id = $1', [a.id]);
      expect(released.rows).toEqual([{ released: true }]);
      await pool.query('INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) VALUES ($1, $2, $3, 100)', [b.id, codeId, ALICE]);
    });
  });
});
