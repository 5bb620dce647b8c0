import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { createPool } from '../src/shared/database.js';
import { GatewayError, SimulatedCardGateway } from '../src/payment/gateway.js';

/** The simulated gateway against its real ledger (schema card_gateway), through pgBouncer. */
let db: TestDatabase;
let pool: pg.Pool;
let sql: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase('app');
  pool = createPool(db.pgbouncerUrl, 4);
  sql = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await sql?.end();
  await db?.drop();
});

const gateway = () => new SimulatedCardGateway({ ledger: () => pool });
const charge = (token: string, idempotencyKey: string, amountCents = 1200) => ({ amountCents, currency: 'usd', token, idempotencyKey, paymentId: randomUUID() });

async function chargesWithKey(key: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM card_gateway.charges WHERE idempotency_key = $1', [key]);
  return rows[0]!.n;
}

describe('SimulatedCardGateway and its ledger in Postgres', () => {
  it('charges tok_visa and declines the test decline tokens with their codes', async () => {
    const g = gateway();
    expect(await g.charge(charge('tok_visa', 'k1'))).toMatchObject({ status: 'succeeded', amountCents: 1200 });
    expect(await g.charge(charge('tok_chargeDeclined', 'k2'))).toMatchObject({ status: 'failed', declineCode: 'card_declined', failureMessage: 'Your card was declined.' });
    expect(await g.charge(charge('tok_chargeDeclinedInsufficientFunds', 'k3'))).toMatchObject({ status: 'failed', declineCode: 'insufficient_funds' });
    expect(await g.charge(charge('tok_madeUp', 'k4'))).toMatchObject({ status: 'failed', declineCode: 'invalid_token' });
  });

  it('writes one row per charge with its payment id and amount', async () => {
    const request = charge('tok_visa', 'k-row', 4321);
    const made = await gateway().charge(request);
    const { rows } = await sql.query('SELECT id, payment_id, amount_cents, status FROM card_gateway.charges WHERE idempotency_key = $1', ['k-row']);
    expect(rows).toEqual([{ id: made.id, payment_id: request.paymentId, amount_cents: 4321, status: 'succeeded' }]);
  });

  it('another instance (a restarted function) gets the first charge back for the same key, never a second one', async () => {
    const request = charge('tok_visa', 'pay-restart');
    const first = await gateway().charge(request);
    expect(await gateway().charge(request)).toEqual(first);
    expect(await chargesWithKey('pay-restart')).toBe(1);
  });

  it('twenty concurrent requests with one key make one charge and all get it', async () => {
    const request = charge('tok_visa', 'pay-race');
    const answers = await Promise.all(Array.from({ length: 20 }, () => gateway().charge(request)));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await chargesWithKey('pay-race')).toBe(1);
  });

  it('refuses the key with other parameters', async () => {
    await gateway().charge(charge('tok_visa', 'pay-1'));
    await expect(gateway().charge(charge('tok_visa', 'pay-1', 999))).rejects.toMatchObject({ code: 'idempotency_key_reused' });
    await expect(gateway().charge(charge('tok_mastercard', 'pay-1'))).rejects.toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('refunds a succeeded charge once, idempotently, from any instance', async () => {
    const paid = await gateway().charge(charge('tok_visa', 'pay-2'));
    const refund = await gateway().refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'refund-pay-2' });
    expect(refund).toMatchObject({ status: 'succeeded', chargeId: paid.id, amountCents: 1200 });
    expect(await gateway().refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'refund-pay-2' })).toEqual(refund);
    await expect(gateway().refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'another' })).rejects.toMatchObject({ code: 'charge_not_refundable' });
    const { rows } = await sql.query('SELECT count(*)::int AS n FROM card_gateway.refunds WHERE charge_id = $1', [paid.id]);
    expect(rows[0].n).toBe(1);
  });

  it('concurrent refunds of one charge under different keys refund it once', async () => {
    const paid = await gateway().charge(charge('tok_visa', 'pay-refund-race'));
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => gateway().refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: `refund-race-${i}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'charge_not_refundable' });
  });

  it('refuses to refund a declined charge, an unknown charge or a different amount', async () => {
    const declined = await gateway().charge(charge('tok_chargeDeclined', 'pay-3'));
    await expect(gateway().refund({ chargeId: declined.id, amountCents: 1200, idempotencyKey: 'r3' })).rejects.toBeInstanceOf(GatewayError);
    await expect(gateway().refund({ chargeId: 'ch_nope', amountCents: 1200, idempotencyKey: 'r4' })).rejects.toMatchObject({ code: 'charge_not_found' });
    const paid = await gateway().charge(charge('tok_visa', 'pay-5'));
    await expect(gateway().refund({ chargeId: paid.id, amountCents: 100, idempotencyKey: 'r5' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('rejects a non-positive amount and a missing key', async () => {
    await expect(gateway().charge(charge('tok_visa', 'x', 0))).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(gateway().charge(charge('tok_visa', ''))).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('is not tracked in the metadata: no GraphQL role can see the ledger', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const tablesDir = new URL('../../../hasura/metadata/databases/default/tables/', import.meta.url);
    const text = readdirSync(tablesDir)
      .map((f) => readFileSync(new URL(f, tablesDir), 'utf8'))
      .join('\n');
    expect(text).not.toContain('card_gateway');
  });
});
