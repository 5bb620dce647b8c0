import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';

const ALICE = '00000000-0000-4000-8000-00000000a11c';

// The case runs in a transaction that is rolled back: now() is one instant inside it, the same
// for the fixture and the view. Orders go through the database's own checks (validated with
// amounts that add up, the promo redemption first), then their paid_at is moved in time.
describe('analytics_tips_and_promos: the average tip and promo use over the last 7 days of paid orders', () => {
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

  /** A paid order at Sakura Sushi of one 350-cent dish (no fees on the order), paid `daysAgo`. */
  async function paidOrder(tipCents: number, daysAgo: number, promo: { code: string; discountCents: number } | null = null): Promise<string> {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO orders (customer_id, restaurant_id, delivery_address, tip_cents, promo_code) VALUES ($1, 2, '1 Main Street', $2, $3) RETURNING id`,
      [ALICE, tipCents, promo?.code ?? null],
    );
    const id = rows[0]!.id;
    await client.query(`INSERT INTO order_items (order_id, menu_item_id, quantity, unit_price_cents) SELECT $1, id, 1, 350 FROM menu_items WHERE name = 'Miso soup'`, [id]);
    const discount = promo?.discountCents ?? 0;
    if (promo) {
      await client.query(`INSERT INTO promo_redemptions (order_id, promo_code_id, customer_id, discount_cents) SELECT $1, id, $2, $3 FROM promo_codes WHERE code = $4`, [
        id,
        ALICE,
        discount,
        promo.code,
      ]);
    }
    await client.query(`UPDATE orders SET status = 'validated', discount_cents = $2, total_cents = $3 WHERE id = $1`, [id, discount, 350 + tipCents - discount]);
    await client.query(`UPDATE orders SET status = 'paid' WHERE id = $1`, [id]);
    await client.query(`UPDATE orders SET paid_at = now() - make_interval(days => $2) WHERE id = $1`, [id, daysAgo]);
    return id;
  }
  /** A tip after delivery on the order, settled `status` (written as the tip-payment function leaves it; the triggers are tested elsewhere). */
  async function tipAfterDelivery(orderId: string, amountCents: number, status: 'succeeded' | 'failed' | 'pending'): Promise<void> {
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(
      `INSERT INTO order_tips (order_id, customer_id, amount_cents, status, payment_token, card_last4) VALUES ($1, $2, $3, $4::payment_status, 'tok_visa', '4242')`,
      [orderId, ALICE, amountCents, status],
    );
    await client.query('SET LOCAL session_replication_role = origin');
  }
  const figures = async () => (await client.query('SELECT * FROM analytics_tips_and_promos')).rows[0];

  it('averages tips over every paid order and over the tipped ones, counts codes and what they took off, and says which days it covers', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`INSERT INTO promo_codes (code, amount_off_cents) VALUES ('TEST100', 100)`);
      await paidOrder(0, 1);
      await paidOrder(300, 2, { code: 'TEST100', discountCents: 100 });
      await paidOrder(500, 6);
      // Paid 8 days ago: outside the window.
      await paidOrder(900, 8, { code: 'TEST100', discountCents: 100 });
      const { rows } = await client.query<{ now: Date }>('SELECT now() AS now');
      expect(await figures()).toEqual({
        period_start: new Date(rows[0]!.now.getTime() - 7 * 24 * 3600 * 1000),
        period_end: rows[0]!.now,
        paid_orders: '3',
        tipped_orders: '2',
        average_tip_cents: 267,
        average_tip_when_tipped_cents: 400,
        promo_orders: '1',
        promo_discount_cents: '100',
        tipped_after_delivery_orders: '0',
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('adds to an order’s checkout tip its tip after delivery, once charged', async () => {
    await client.query('BEGIN');
    try {
      await tipAfterDelivery(await paidOrder(0, 1), 600, 'succeeded');
      await tipAfterDelivery(await paidOrder(0, 2), 200, 'failed');
      await tipAfterDelivery(await paidOrder(300, 3), 100, 'pending');
      expect(await figures()).toMatchObject({
        paid_orders: '3',
        tipped_orders: '2',
        average_tip_cents: 300,
        average_tip_when_tipped_cents: 450,
        tipped_after_delivery_orders: '1',
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('has one row of zeros and nulls when nothing was paid', async () => {
    await client.query('BEGIN');
    try {
      await client.query('DELETE FROM orders');
      expect(await figures()).toMatchObject({
        paid_orders: '0',
        tipped_orders: '0',
        average_tip_cents: null,
        promo_orders: '0',
        promo_discount_cents: '0',
        tipped_after_delivery_orders: '0',
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
