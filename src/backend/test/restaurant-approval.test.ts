import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, startFunctionsUnderTest, type FunctionsUnderTest } from './helpers/functions.js';
import { hasuraEvent, rowOf, statusChangeEvent } from './helpers/events.js';
import { insertPayment, orderStatus, validatedOrder } from './helpers/orders.js';

let t: FunctionsUnderTest;
beforeAll(async () => {
  t = await startFunctionsUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function paidOrder(restaurantId: number, item: string): Promise<string> {
  const orderId = await validatedOrder(t.sql, restaurantId, [[item, 1]]);
  const paymentId = await insertPayment(t.sql, orderId, 'tok_visa');
  const event = hasuraEvent({ trigger: 'payment', table: 'payments', op: 'INSERT', newRow: await rowOf(t.sql, 'payments', paymentId) });
  expect((await deliver(t.server, '/payment', event)).body).toMatchObject({ orderStatus: 'paid' });
  return orderId;
}

describe('restaurant-approval through pgBouncer', () => {
  it('auto-approves a paid order at an open restaurant that auto-approves', async () => {
    const orderId = await paidOrder(2, 'Edamame');
    const response = await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'validated'));
    expect(response.body).toEqual({ status: 'applied', orderId, orderStatus: 'approved' });
    expect(await orderStatus(t.sql, orderId)).toBe('approved');
  });

  it('leaves an order for a restaurant that approves by hand', async () => {
    const orderId = await paidOrder(1, 'Margherita');
    const response = await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'validated'));
    expect(response.body).toMatchObject({ status: 'skipped', reason: 'Bella Cucina approves orders by hand: waiting for the restaurant' });
    expect(await orderStatus(t.sql, orderId)).toBe('paid');
  });

  it('rejects, and so refunds, a paid order when the auto-approving restaurant closed after validation', async () => {
    const orderId = await paidOrder(3, 'Elote');
    await t.sql.query('UPDATE restaurants SET is_open = false WHERE id = 3');
    try {
      const response = await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'validated'));
      expect(response.body).toMatchObject({ status: 'applied', orderStatus: 'restaurant_rejected', reason: 'Taqueria Sol closed before it could accept the order' });
      expect(await orderStatus(t.sql, orderId)).toBe('restaurant_rejected');
      const refund = await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'paid'));
      expect(refund.body).toMatchObject({ status: 'applied', paymentStatus: 'refunded' });
    } finally {
      await t.sql.query('UPDATE restaurants SET is_open = true WHERE id = 3');
    }
  });

  it('skips an event that arrives before the payment committed (the order is still validated)', async () => {
    const orderId = await validatedOrder(t.sql, 2, [['Miso soup', 1]]);
    const current = await rowOf(t.sql, 'orders', orderId);
    // The event claims validated -> paid, but the database does not show paid yet.
    const early = hasuraEvent({ trigger: 'restaurant-approval', table: 'orders', op: 'UPDATE', oldRow: current, newRow: { ...current, status: 'paid' } });
    const response = await deliver(t.server, '/restaurant-approval', early);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'skipped', reason: 'order is validated, not paid' });
    expect(await orderStatus(t.sql, orderId)).toBe('validated');
    const history = await t.sql.query('SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [orderId]);
    expect(history.rows.map((r) => r.to_status)).toEqual(['placed', 'validated']);
  });

  it('acknowledges transitions it has no part in without touching the database', async () => {
    const orderId = await validatedOrder(t.sql, 2, [['Tuna maki', 1]]);
    const response = await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'placed'));
    expect(response.body).toMatchObject({ status: 'skipped', reason: 'transition placed -> validated needs no approval step' });
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM processed_events');
    const before = rows[0].n;
    await deliver(t.server, '/restaurant-approval', await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'placed'));
    expect((await t.sql.query('SELECT count(*)::int AS n FROM processed_events')).rows[0].n).toBe(before);
  });

  it('approves once when the same event is delivered twice', async () => {
    const orderId = await paidOrder(2, 'California roll');
    const event = await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'validated');
    const [a, b] = await Promise.all([deliver(t.server, '/restaurant-approval', event), deliver(t.server, '/restaurant-approval', event)]);
    expect(a.body).toEqual(b.body);
    const history = await t.sql.query(`SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND to_status = 'approved'`, [orderId]);
    expect(history.rows[0].n).toBe(1);
  });
});

describe('restaurant-approval acts on the order it reads under lock, never on the payload', () => {
  async function paymentOf(orderId: string) {
    const { rows } = await t.sql.query<{ id: string; status: string; provider_ref: string }>('SELECT id, status, provider_ref FROM payments WHERE order_id = $1', [orderId]);
    return rows[0]!;
  }
  async function refundsAtTheGateway(chargeId: string): Promise<number> {
    const { rows } = await t.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM card_gateway.refunds WHERE charge_id = $1', [chargeId]);
    return rows[0]!.n;
  }
  /** An event with the webhook secret whose payload claims the order was rejected by the restaurant. */
  async function forgedRejection(orderId: string, op: 'UPDATE' | 'MANUAL') {
    const real = await rowOf(t.sql, 'orders', orderId);
    const forged = { ...real, status: 'restaurant_rejected' };
    return hasuraEvent({ trigger: 'restaurant-approval', table: 'orders', op, newRow: forged, oldRow: op === 'UPDATE' ? { ...real, status: 'paid' } : null });
  }

  it('refunds nothing for a forged UPDATE or MANUAL rejection of an order that is really paid, approved or agent_assigned', async () => {
    // Bella Cucina (1) approves by hand, so the order stays paid until the test moves it.
    const paid = await paidOrder(1, 'Lasagne');
    const approved = await paidOrder(1, 'Tiramisù');
    await t.sql.query(`UPDATE orders SET status = 'approved' WHERE id = $1`, [approved]);
    const assigned = await paidOrder(1, 'Diavola');
    await t.sql.query(`UPDATE orders SET status = 'approved' WHERE id = $1`, [assigned]);
    await t.sql.query(`UPDATE agents SET is_available = false WHERE id = 9`);
    await t.sql.query(`INSERT INTO assignments (order_id, agent_id) VALUES ($1, 9)`, [assigned]);
    await t.sql.query(`UPDATE orders SET status = 'agent_assigned' WHERE id = $1`, [assigned]);

    for (const [orderId, status] of [
      [paid, 'paid'],
      [approved, 'approved'],
      [assigned, 'agent_assigned'],
    ] as const) {
      for (const op of ['UPDATE', 'MANUAL'] as const) {
        const response = await deliver(t.server, '/restaurant-approval', await forgedRejection(orderId, op));
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ status: 'skipped', orderStatus: status });
      }
      const payment = await paymentOf(orderId);
      expect(payment.status).toBe('succeeded');
      expect(await refundsAtTheGateway(payment.provider_ref)).toBe(0);
      expect(await orderStatus(t.sql, orderId)).toBe(status);
    }
  });

  it('a real rejection is refunded once, however many times the event comes, with one refund at the gateway', async () => {
    const orderId = await paidOrder(1, 'Lasagne');
    await t.sql.query(`UPDATE orders SET status = 'restaurant_rejected', rejection_reason = 'Out of lasagne' WHERE id = $1`, [orderId]);
    const events = await Promise.all(Array.from({ length: 5 }, () => statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'paid')));
    const answers = await Promise.all(events.map((event) => deliver(t.server, '/restaurant-approval', event)));
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(answers.filter((a) => a.body.status === 'applied')).toHaveLength(1);
    const payment = await paymentOf(orderId);
    expect(payment.status).toBe('refunded');
    expect(await refundsAtTheGateway(payment.provider_ref)).toBe(1);
  });
});
