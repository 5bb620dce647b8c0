import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export const ALICE = '00000000-0000-4000-8000-00000000a11c';

/** Inserts an order and its lines in one transaction, as the customer's nested GraphQL insert does. */
export async function placeOrder(
  sql: pg.Pool,
  restaurantId: number,
  lines: Array<[menuItemName: string, quantity: number]>,
  options: { customerId?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const client = await sql.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO orders (id, customer_id, restaurant_id, delivery_address) VALUES ($1, $2, $3, '1 Main Street, Springfield')`, [
      id,
      options.customerId ?? ALICE,
      restaurantId,
    ]);
    for (const [name, quantity] of lines) {
      await client.query(`INSERT INTO order_items (order_id, menu_item_id, quantity) SELECT $1, id, $3 FROM menu_items WHERE name = $2`, [id, name, quantity]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return id;
}

/** Moves an order along the status machine by hand (the database still checks every step). */
export async function setStatus(sql: pg.Pool, orderId: string, ...statuses: string[]): Promise<void> {
  for (const status of statuses) await sql.query('UPDATE orders SET status = $2 WHERE id = $1', [orderId, status]);
}

/** An order that is validated with its total, ready for a payment row. */
export async function validatedOrder(sql: pg.Pool, restaurantId: number, lines: Array<[string, number]>): Promise<string> {
  const id = await placeOrder(sql, restaurantId, lines);
  await sql.query(`UPDATE order_items oi SET unit_price_cents = mi.price_cents FROM menu_items mi WHERE mi.id = oi.menu_item_id AND oi.order_id = $1`, [id]);
  await sql.query(`UPDATE orders SET status = 'validated', total_cents = (SELECT sum(unit_price_cents * quantity) FROM order_items WHERE order_id = $1) WHERE id = $1`, [id]);
  return id;
}

export async function insertPayment(sql: pg.Pool, orderId: string, token: string, last4 = '4242'): Promise<string> {
  const id = randomUUID();
  await sql.query('INSERT INTO payments (id, order_id, payment_token, card_last4) VALUES ($1, $2, $3, $4)', [id, orderId, token, last4]);
  return id;
}

export async function orderStatus(sql: pg.Pool, orderId: string): Promise<string> {
  const { rows } = await sql.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [orderId]);
  return rows[0]!.status;
}
