import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SUCCESS_TOKENS } from './tokenize.js';

/**
 * A simulated card gateway with a real gateway's contract:
 * - a charge takes a token from client-side tokenization, an amount and an idempotency
 *   key; repeating the key with the same parameters returns the same charge, with
 *   different parameters it is an error (a bug in the caller, not a second charge);
 * - a decline is a normal answer (`status: 'failed'` with a code), not an exception;
 * - exceptions are for requests the gateway refuses (`GatewayError`), which a caller
 *   must not paper over;
 * - refunds reference a charge and carry their own idempotency key.
 *
 * Charge ids carry an HMAC of their amount, so any instance of the simulation (another
 * Lambda container, a restarted dev server) recognises a charge it did not make itself,
 * the way every client of a real gateway reaches the same ledger.
 */

export type DeclineCode = 'card_declined' | 'insufficient_funds' | 'invalid_token';

export interface ChargeRequest {
  amountCents: number;
  currency: string;
  token: string;
  idempotencyKey: string;
}

export interface Charge {
  id: string;
  amountCents: number;
  currency: string;
  status: 'succeeded' | 'failed';
  declineCode?: DeclineCode;
  failureMessage?: string;
}

export interface RefundRequest {
  chargeId: string;
  amountCents: number;
  idempotencyKey: string;
}

export interface Refund {
  id: string;
  chargeId: string;
  amountCents: number;
  status: 'succeeded';
}

export class GatewayError extends Error {
  constructor(
    readonly code: 'invalid_request' | 'idempotency_key_reused' | 'charge_not_found' | 'charge_not_refundable',
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<Charge>;
  refund(request: RefundRequest): Promise<Refund>;
}

const DECLINES: Readonly<Record<string, { code: DeclineCode; message: string }>> = {
  tok_chargeDeclined: { code: 'card_declined', message: 'Your card was declined.' },
  tok_chargeDeclinedInsufficientFunds: { code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

// The simulation's signing key: not a secret of the app, only what makes charge ids checkable.
const LEDGER_KEY = 'simulated-gateway-ledger-v1';

function mac(nonce: string, amountCents: number, currency: string, status: Charge['status']): string {
  return createHmac('sha256', LEDGER_KEY).update(`${nonce}|${amountCents}|${currency}|${status}`).digest('hex').slice(0, 16);
}

export interface SimulatedGatewayOptions {
  latencyMs?: number;
}

export class SimulatedCardGateway implements PaymentGateway {
  private readonly charges = new Map<string, { request: ChargeRequest; charge: Charge }>();
  private readonly chargesById = new Map<string, Charge>();
  private readonly refunds = new Map<string, { request: RefundRequest; refund: Refund }>();
  private readonly refundedCharges = new Map<string, string>();

  constructor(private readonly options: SimulatedGatewayOptions = {}) {}

  async charge(request: ChargeRequest): Promise<Charge> {
    await this.roundTrip();
    if (!Number.isInteger(request.amountCents) || request.amountCents <= 0) {
      throw new GatewayError('invalid_request', `amount must be a positive integer of cents, got ${request.amountCents}`);
    }
    if (!request.idempotencyKey) throw new GatewayError('invalid_request', 'an idempotency key is required');
    const previous = this.charges.get(request.idempotencyKey);
    if (previous) {
      const same =
        previous.request.amountCents === request.amountCents &&
        previous.request.currency === request.currency &&
        previous.request.token === request.token;
      if (!same) {
        throw new GatewayError('idempotency_key_reused', `idempotency key ${request.idempotencyKey} was used with different parameters`);
      }
      return previous.charge;
    }
    const decline = DECLINES[request.token] ??
      (SUCCESS_TOKENS.has(request.token) ? undefined : { code: 'invalid_token' as const, message: `No such token: ${request.token}.` });
    const status = decline ? 'failed' : 'succeeded';
    const nonce = randomBytes(12).toString('hex');
    const id = `ch_${nonce}${mac(nonce, request.amountCents, request.currency, status)}`;
    const charge: Charge = { id, amountCents: request.amountCents, currency: request.currency, status };
    if (decline) {
      charge.declineCode = decline.code;
      charge.failureMessage = decline.message;
    }
    this.charges.set(request.idempotencyKey, { request, charge });
    this.chargesById.set(id, charge);
    return charge;
  }

  async refund(request: RefundRequest): Promise<Refund> {
    await this.roundTrip();
    const previous = this.refunds.get(request.idempotencyKey);
    if (previous) {
      if (previous.request.chargeId !== request.chargeId || previous.request.amountCents !== request.amountCents) {
        throw new GatewayError('idempotency_key_reused', `idempotency key ${request.idempotencyKey} was used with different parameters`);
      }
      return previous.refund;
    }
    const charge = this.chargesById.get(request.chargeId) ?? this.recognise(request.chargeId, request.amountCents);
    if (!charge) throw new GatewayError('charge_not_found', `No such charge: ${request.chargeId}.`);
    if (charge.status !== 'succeeded') throw new GatewayError('charge_not_refundable', `Charge ${charge.id} did not succeed, so there is nothing to refund.`);
    if (request.amountCents !== charge.amountCents) {
      throw new GatewayError('invalid_request', `refund amount ${request.amountCents} differs from the charge's ${charge.amountCents}`);
    }
    if (this.refundedCharges.has(charge.id)) {
      throw new GatewayError('charge_not_refundable', `Charge ${charge.id} has already been refunded (${this.refundedCharges.get(charge.id)}).`);
    }
    const refund: Refund = { id: `re_${randomBytes(12).toString('hex')}`, chargeId: charge.id, amountCents: charge.amountCents, status: 'succeeded' };
    this.refunds.set(request.idempotencyKey, { request, refund });
    this.refundedCharges.set(charge.id, refund.id);
    return refund;
  }

  /** A successful charge made by another instance: its id proves the amount and the outcome. */
  private recognise(chargeId: string, amountCents: number): Charge | undefined {
    const match = /^ch_([0-9a-f]{24})([0-9a-f]{16})$/.exec(chargeId);
    if (!match) return undefined;
    const expected = Buffer.from(mac(match[1]!, amountCents, 'usd', 'succeeded'));
    const given = Buffer.from(match[2]!);
    if (!timingSafeEqual(expected, given)) return undefined;
    const charge: Charge = { id: chargeId, amountCents, currency: 'usd', status: 'succeeded' };
    this.chargesById.set(chargeId, charge);
    return charge;
  }

  private roundTrip(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }
}
