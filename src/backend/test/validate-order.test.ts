import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { hasuraEvent, rowOf } from './helpers/events.js';
import { orderStatus, placeOrder } from './helpers/orders.js';

let t: FunctionsUnderTest;
beforeAll(async () => {
  t = await startFunctionsUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function validate(orderId: string, id?: string) {
  const event = hasuraEvent({ trigger: 'validate-order', table: 'orders', op: 'INSERT', newRow: await rowOf(t.sql, 'orders', orderId), id });
  return deliver(t.server, '/validate-order', event);
}

describe('validate-order through pgBouncer', () => {
  it('validates an order, computing the total from current prices and snapshotting them', async () => {
    const orderId = await placeOrder(t.sql, 2, [
      ['Tonkotsu ramen', 2],
      ['Miso soup', 1],
    ]);
    const response = await validate(orderId);
    expect(response.status).toBe(200);
    // Sakura Sushi's seeded charges: $1.99 delivery, $0.99 service, 8.75 % tax on the items.
    const total = 2 * 1450 + 350 + 199 + 99 + Math.floor((3250 * 875 + 5000) / 10000);
    expect(response.body).toMatchObject({ status: 'applied', orderStatus: 'validated', totalCents: total });
    const { rows } = await t.sql.query('SELECT status, items_subtotal_cents, total_cents, rejection_reason FROM orders WHERE id = $1', [orderId]);
    expect(rows[0]).toEqual({ status: 'validated', items_subtotal_cents: 3250, total_cents: total, rejection_reason: null });
    const items = await t.sql.query('SELECT unit_price_cents FROM order_items WHERE order_id = $1 ORDER BY unit_price_cents', [orderId]);
    expect(items.rows.map((r) => r.unit_price_cents)).toEqual([350, 1450]);
  });

  it('rejects an order at a closed restaurant with a reason a person can read', async () => {
    const orderId = await placeOrder(t.sql, 6, [['Classic cheeseburger', 1]]);
    const response = await validate(orderId);
    expect(response.body).toMatchObject({ status: 'applied', orderStatus: 'rejected' });
    const { rows } = await t.sql.query('SELECT status, rejection_reason, total_cents FROM orders WHERE id = $1', [orderId]);
    expect(rows[0]).toEqual({ status: 'rejected', rejection_reason: 'Night Owl Diner is closed right now.', total_cents: null });
  });

  it('rejects unavailable items, items of another restaurant and quantities over 50', async () => {
    const orderId = await placeOrder(t.sql, 1, [
      ['Truffle risotto', 1],
      ['Edamame', 1],
      ['Margherita', 51],
    ]);
    await validate(orderId);
    const { rows } = await t.sql.query('SELECT status, rejection_reason FROM orders WHERE id = $1', [orderId]);
    expect(rows[0].status).toBe('rejected');
    expect(rows[0].rejection_reason).toContain('Truffle risotto is not available right now.');
    expect(rows[0].rejection_reason).toContain('Edamame is not on the menu of Bella Cucina.');
    expect(rows[0].rejection_reason).toContain('The quantity of Margherita must be between 1 and 50, not 51.');
    // Lines on this restaurant's menu keep the price they had when checked; Edamame (another
    // restaurant's dish) has no price here.
    const lines = await t.sql.query(
      `SELECT mi.name, oi.unit_price_cents, mi.price_cents FROM order_items oi JOIN menu_items mi ON mi.id = oi.menu_item_id WHERE oi.order_id = $1 ORDER BY mi.name`,
      [orderId],
    );
    expect(lines.rows).toEqual([
      { name: 'Edamame', unit_price_cents: null, price_cents: lines.rows[0].price_cents },
      { name: 'Margherita', unit_price_cents: lines.rows[1].price_cents, price_cents: lines.rows[1].price_cents },
      { name: 'Truffle risotto', unit_price_cents: lines.rows[2].price_cents, price_cents: lines.rows[2].price_cents },
    ]);
  });

  it('rejects an order without items', async () => {
    const orderId = await placeOrder(t.sql, 3, []);
    await validate(orderId);
    expect(await orderStatus(t.sql, orderId)).toBe('rejected');
  });

  it('answers a repeated event with the first result and changes nothing', async () => {
    const orderId = await placeOrder(t.sql, 3, [['Elote', 3]]);
    const first = await validate(orderId, 'validate-repeat-1');
    await t.sql.query('UPDATE menu_items SET price_cents = price_cents + 100 WHERE name = $1', ['Elote']);
    const second = await validate(orderId, 'validate-repeat-1');
    await t.sql.query('UPDATE menu_items SET price_cents = price_cents - 100 WHERE name = $1', ['Elote']);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-idempotent-replay')).toBe('true');
    expect(second.body).toEqual(first.body);
    const history = await t.sql.query('SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1', [orderId]);
    expect(history.rows[0].n).toBe(2);
  });

  it('five deliveries of one event at the same moment: one validates, the others answer its result and change nothing', async () => {
    const orderId = await placeOrder(t.sql, 3, [['Elote', 2]]);
    const event = hasuraEvent({ trigger: 'validate-order', table: 'orders', op: 'INSERT', newRow: await rowOf(t.sql, 'orders', orderId), id: 'validate-race-1' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(t.server, '/validate-order', event)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.headers.get('x-idempotent-replay') !== 'true')).toHaveLength(1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(answers[0]!.body).toMatchObject({ status: 'applied', orderStatus: 'validated' });
    const history = await t.sql.query('SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1', [orderId]);
    expect(history.rows[0].n).toBe(2);
    const recorded = await t.sql.query('SELECT count(*)::int AS n FROM processed_events WHERE event_id = $1', ['validate-race-1']);
    expect(recorded.rows[0].n).toBe(1);
  });

  it('skips an order that is no longer placed (cancelled before the event arrived)', async () => {
    const orderId = await placeOrder(t.sql, 3, [['Horchata', 1]]);
    await t.sql.query(`UPDATE orders SET status = 'cancelled' WHERE id = $1`, [orderId]);
    const response = await validate(orderId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'skipped', reason: 'order is cancelled, not placed' });
    expect(await orderStatus(t.sql, orderId)).toBe('cancelled');
  });
});
