import { describe, expect, it } from 'vitest';
import { GatewayError, SimulatedCardGateway } from '../../src/payment/gateway.js';

const charge = (token: string, idempotencyKey: string, amountCents = 1200) => ({ amountCents, currency: 'usd', token, idempotencyKey });

describe('SimulatedCardGateway', () => {
  it('charges tok_visa and declines the test decline tokens with their codes', async () => {
    const gateway = new SimulatedCardGateway();
    expect(await gateway.charge(charge('tok_visa', 'k1'))).toMatchObject({ status: 'succeeded', amountCents: 1200 });
    expect(await gateway.charge(charge('tok_chargeDeclined', 'k2'))).toMatchObject({ status: 'failed', declineCode: 'card_declined', failureMessage: 'Your card was declined.' });
    expect(await gateway.charge(charge('tok_chargeDeclinedInsufficientFunds', 'k3'))).toMatchObject({ status: 'failed', declineCode: 'insufficient_funds' });
    expect(await gateway.charge(charge('tok_madeUp', 'k4'))).toMatchObject({ status: 'failed', declineCode: 'invalid_token' });
  });

  it('returns the same charge for a repeated idempotency key and refuses the key with other parameters', async () => {
    const gateway = new SimulatedCardGateway();
    const first = await gateway.charge(charge('tok_visa', 'pay-1'));
    expect(await gateway.charge(charge('tok_visa', 'pay-1'))).toEqual(first);
    await expect(gateway.charge(charge('tok_visa', 'pay-1', 999))).rejects.toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('refunds a succeeded charge once, idempotently', async () => {
    const gateway = new SimulatedCardGateway();
    const paid = await gateway.charge(charge('tok_visa', 'pay-2'));
    const refund = await gateway.refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'refund-pay-2' });
    expect(refund).toMatchObject({ status: 'succeeded', chargeId: paid.id, amountCents: 1200 });
    expect(await gateway.refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'refund-pay-2' })).toEqual(refund);
    await expect(gateway.refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'another' })).rejects.toMatchObject({ code: 'charge_not_refundable' });
  });

  it('refuses to refund a declined charge, an unknown charge or a different amount', async () => {
    const gateway = new SimulatedCardGateway();
    const declined = await gateway.charge(charge('tok_chargeDeclined', 'pay-3'));
    await expect(gateway.refund({ chargeId: declined.id, amountCents: 1200, idempotencyKey: 'r3' })).rejects.toBeInstanceOf(GatewayError);
    await expect(gateway.refund({ chargeId: 'ch_nope', amountCents: 1200, idempotencyKey: 'r4' })).rejects.toMatchObject({ code: 'charge_not_found' });
    const paid = await gateway.charge(charge('tok_visa', 'pay-5'));
    await expect(gateway.refund({ chargeId: paid.id, amountCents: 100, idempotencyKey: 'r5' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('another instance recognises a successful charge by its id, but not a declined one or a forged amount', async () => {
    const a = new SimulatedCardGateway();
    const b = new SimulatedCardGateway();
    const paid = await a.charge(charge('tok_visa', 'pay-6'));
    await expect(b.refund({ chargeId: paid.id, amountCents: 5000, idempotencyKey: 'r6' })).rejects.toMatchObject({ code: 'charge_not_found' });
    expect(await b.refund({ chargeId: paid.id, amountCents: 1200, idempotencyKey: 'r6' })).toMatchObject({ status: 'succeeded' });
    const declined = await a.charge(charge('tok_chargeDeclined', 'pay-7'));
    await expect(b.refund({ chargeId: declined.id, amountCents: 1200, idempotencyKey: 'r7' })).rejects.toMatchObject({ code: 'charge_not_found' });
  });

  it('rejects a non-positive amount', async () => {
    await expect(new SimulatedCardGateway().charge(charge('tok_visa', 'x', 0))).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
