import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, startFunctionsUnderTest, WEBHOOK_SECRET, type FunctionsUnderTest } from './helpers/functions.js';
import { startFunctionsServer } from '../src/localDevelopment.js';
import { backendConfigFromEnv } from '../src/shared/config.js';
import { hasuraEvent, rowOf, statusChangeEvent } from './helpers/events.js';
import { insertPayment, orderStatus, setStatus, validatedOrder } from './helpers/orders.js';
import { tokenizeCard } from '@3factor/domain';

let t: FunctionsUnderTest;
beforeAll(async () => {
  t = await startFunctionsUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function pay(paymentId: string, id?: string) {
  const event = hasuraEvent({ trigger: 'payment', table: 'payments', op: 'INSERT', newRow: await rowOf(t.sql, 'payments', paymentId), id });
  return deliver(t.server, '/payment', event);
}

/** What the order app does: tokenize in the browser, insert only the token and last four digits. */
async function payWithCard(orderId: string, cardNumber: string) {
  const tokenized = tokenizeCard(cardNumber, '12/39', '123');
  if (!tokenized.ok) throw new Error(tokenized.message);
  const paymentId = await insertPayment(t.sql, orderId, tokenized.token, tokenized.last4);
  return { paymentId, response: await pay(paymentId) };
}

async function payment(paymentId: string) {
  const { rows } = await t.sql.query('SELECT status, amount_cents, provider_ref, failure_reason FROM payments WHERE id = $1', [paymentId]);
  return rows[0];
}

describe('payment through pgBouncer', () => {
  it('charges the order total and marks the order paid', async () => {
    const orderId = await validatedOrder(t.sql, 4, [['Lamb rogan josh', 2]]);
    const { paymentId, response } = await payWithCard(orderId, '4242 4242 4242 4242');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'applied', paymentStatus: 'succeeded', orderStatus: 'paid' });
    expect(await payment(paymentId)).toMatchObject({ status: 'succeeded', amount_cents: 3180, failure_reason: null });
    expect((await payment(paymentId)).provider_ref).toMatch(/^ch_/);
    expect(await orderStatus(t.sql, orderId)).toBe('paid');
  });

  it('delivered twice: one charge, one payment row, the same answer', async () => {
    const orderId = await validatedOrder(t.sql, 4, [['Garlic naan', 3]]);
    const paymentId = await insertPayment(t.sql, orderId, 'tok_visa');
    const first = await pay(paymentId, 'payment-dup-1');
    const second = await pay(paymentId, 'payment-dup-1');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('x-idempotent-replay')).toBe('true');
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM payments WHERE order_id = $1', [orderId]);
    expect(rows[0].n).toBe(1);
    const history = await t.sql.query(`SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'`, [orderId]);
    expect(history.rows[0].n).toBe(1);
  });

  it('the same event delivered concurrently still charges once', async () => {
    const orderId = await validatedOrder(t.sql, 4, [['Mango lassi', 1]]);
    const paymentId = await insertPayment(t.sql, orderId, 'tok_visa');
    const responses = await Promise.all([pay(paymentId, 'payment-race-1'), pay(paymentId, 'payment-race-1'), pay(paymentId, 'payment-race-1')]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const charges = new Set(responses.map((r) => r.body.chargeId));
    expect(charges.size).toBe(1);
    expect(await orderStatus(t.sql, orderId)).toBe('paid');
  });

  it('a declined card fails the payment, then a second payment with another card succeeds', async () => {
    const orderId = await validatedOrder(t.sql, 5, [['Poke bowl', 1]]);
    const declined = await payWithCard(orderId, '4000000000000002');
    expect(declined.response.body).toMatchObject({ paymentStatus: 'failed', orderStatus: 'payment_failed', failureReason: 'Your card was declined.' });
    expect(await orderStatus(t.sql, orderId)).toBe('payment_failed');

    const poor = await payWithCard(orderId, '4000 0000 0000 9995');
    expect(await payment(poor.paymentId)).toMatchObject({ status: 'failed', failure_reason: 'Your card has insufficient funds.' });
    expect(await orderStatus(t.sql, orderId)).toBe('payment_failed');

    const retried = await payWithCard(orderId, '4242424242424242');
    expect(retried.response.body).toMatchObject({ paymentStatus: 'succeeded', orderStatus: 'paid' });
    expect(await orderStatus(t.sql, orderId)).toBe('paid');
    const { rows } = await t.sql.query('SELECT status FROM payments WHERE order_id = $1 ORDER BY created_at', [orderId]);
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'failed', 'succeeded']);
  });

  it('takes the amount from the order, not from the client', async () => {
    const orderId = await validatedOrder(t.sql, 3, [['Horchata', 2]]);
    const paymentId = await insertPayment(t.sql, orderId, 'tok_visa');
    await pay(paymentId);
    expect((await payment(paymentId)).amount_cents).toBe(700);
  });

  it('charges nothing for an order cancelled before the payment event arrived', async () => {
    const orderId = await validatedOrder(t.sql, 3, [['Elote', 1]]);
    const paymentId = await insertPayment(t.sql, orderId, 'tok_visa');
    await setStatus(t.sql, orderId, 'cancelled');
    const response = await pay(paymentId);
    expect(response.body).toMatchObject({ status: 'applied', paymentStatus: 'failed' });
    expect(await payment(paymentId)).toMatchObject({ status: 'failed', provider_ref: null, failure_reason: 'The order is cancelled, so nothing was charged.' });
  });

  it('refunds the payment when the restaurant rejects the paid order', async () => {
    const orderId = await validatedOrder(t.sql, 1, [['Lasagne', 1]]);
    const { paymentId } = await payWithCard(orderId, '4242424242424242');
    // Bella Cucina approves by hand: its staff rejects the order.
    await t.sql.query(`UPDATE orders SET status = 'restaurant_rejected', rejection_reason = 'Out of lasagne' WHERE id = $1`, [orderId]);
    const event = await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'paid');
    const response = await deliver(t.server, '/restaurant-approval', event);
    expect(response.body).toMatchObject({ status: 'applied', paymentStatus: 'refunded', amountCents: 1550 });
    expect(response.body.refundId).toMatch(/^re_/);
    expect((await payment(paymentId)).status).toBe('refunded');
    const again = await deliver(t.server, '/restaurant-approval', event);
    expect(again.body).toEqual(response.body);
  });

  it('refunds a charge another instance of the gateway made (a different Lambda container)', async () => {
    const orderId = await validatedOrder(t.sql, 1, [['Tiramisù', 2]]);
    const { paymentId } = await payWithCard(orderId, '4242424242424242');
    await t.sql.query(`UPDATE orders SET status = 'restaurant_rejected' WHERE id = $1`, [orderId]);
    const other = await startFunctionsUnderTestOnSameDatabase();
    try {
      const event = await statusChangeEvent(t.sql, 'restaurant-approval', orderId, 'paid');
      const response = await deliver(other, '/restaurant-approval', event);
      expect(response.body).toMatchObject({ status: 'applied', paymentStatus: 'refunded' });
      expect((await payment(paymentId)).status).toBe('refunded');
    } finally {
      await other.close();
    }
  });
});

/** A second server with its own gateway instance, on the same database. */
function startFunctionsUnderTestOnSameDatabase() {
  return startFunctionsServer(backendConfigFromEnv({ DATABASE_URL: t.db.pgbouncerUrl, EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET, FUNCTIONS_PORT: '0', LOG_LEVEL: 'silent' }));
}
