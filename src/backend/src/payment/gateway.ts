import { randomBytes } from 'node:crypto';
import { SUCCESS_TOKENS } from '@3factor/domain';
import type { Queryable } from '../shared/database.js';

/**
 * A simulated card gateway with a real gateway's contract:
 * - a charge takes a token from client-side tokenization, an amount and an idempotency
 *   key; repeating the key with the same parameters returns the same charge, with
 *   different parameters it is an error (a bug in the caller, not a second charge);
 * - a decline is a normal answer (`status: 'failed'` with a code), not an exception;
 * - exceptions are for requests the gateway refuses (`GatewayError`), which a caller
 *   must not paper over;
 * - refunds reference a charge, carry their own idempotency key, and happen once.
 *
 * Its ledger lives in Postgres (`card_gateway.charges`, `card_gateway.refunds`, outside
 * the metadata), written in statements of its own that commit at once, apart from the
 * caller's transaction: a charge is made whether or not the caller's commit follows, as
 * at a real gateway. Every instance (another Lambda container, a function restarted after
 * a crash) reads the same ledger, so a retried key gets the first charge back.
 */

export type DeclineCode = 'card_declined' | 'insufficient_funds' | 'invalid_token';

export interface ChargeRequest {
  amountCents: number;
  currency: string;
  token: string;
  idempotencyKey: string;
  /** The app's payment this charge is for (a real gateway's charge metadata). */
  paymentId: string;
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

/** What the gateway answers for a token: the test tokens decline, unknown tokens are invalid. */
export function chargeOutcome(token: string): { status: Charge['status']; decline?: { code: DeclineCode; message: string } } {
  const decline = DECLINES[token] ?? (SUCCESS_TOKENS.has(token) ? undefined : { code: 'invalid_token' as const, message: `No such token: ${token}.` });
  return decline ? { status: 'failed', decline } : { status: 'succeeded' };
}

interface ChargeRow {
  id: string;
  amount_cents: number;
  currency: string;
  token: string;
  status: Charge['status'];
  decline_code: DeclineCode | null;
  failure_message: string | null;
}

interface RefundRow {
  id: string;
  charge_id: string;
  amount_cents: number;
}

function toCharge(row: ChargeRow): Charge {
  const charge: Charge = { id: row.id, amountCents: row.amount_cents, currency: row.currency, status: row.status };
  if (row.decline_code) charge.declineCode = row.decline_code;
  if (row.failure_message) charge.failureMessage = row.failure_message;
  return charge;
}

const toRefund = (row: RefundRow): Refund => ({ id: row.id, chargeId: row.charge_id, amountCents: row.amount_cents, status: 'succeeded' });

const CHARGE_COLUMNS = 'id, amount_cents, currency, token, status, decline_code, failure_message';

export interface SimulatedGatewayOptions {
  /** The gateway's own connection to its ledger, apart from the caller's transaction. */
  ledger: () => Queryable;
  latencyMs?: number;
}

export class SimulatedCardGateway implements PaymentGateway {
  constructor(private readonly options: SimulatedGatewayOptions) {}

  async charge(request: ChargeRequest): Promise<Charge> {
    await this.roundTrip();
    if (!Number.isInteger(request.amountCents) || request.amountCents <= 0) {
      throw new GatewayError('invalid_request', `amount must be a positive integer of cents, got ${request.amountCents}`);
    }
    if (!request.idempotencyKey) throw new GatewayError('invalid_request', 'an idempotency key is required');
    const outcome = chargeOutcome(request.token);
    const db = this.options.ledger();
    // The unique key settles a race between two requests with one key: the second waits
    // for the first's row, inserts nothing and reads the first charge.
    const inserted = await db.query<ChargeRow>(
      `INSERT INTO card_gateway.charges (id, idempotency_key, payment_id, amount_cents, currency, token, status, decline_code, failure_message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING ${CHARGE_COLUMNS}`,
      [
        `ch_${randomBytes(12).toString('hex')}`,
        request.idempotencyKey,
        request.paymentId,
        request.amountCents,
        request.currency,
        request.token,
        outcome.status,
        outcome.decline?.code ?? null,
        outcome.decline?.message ?? null,
      ],
    );
    if (inserted.rows[0]) return toCharge(inserted.rows[0]);
    const previous = await db.query<ChargeRow>(`SELECT ${CHARGE_COLUMNS} FROM card_gateway.charges WHERE idempotency_key = $1`, [request.idempotencyKey]);
    const row = previous.rows[0];
    if (!row) throw new Error(`charge with idempotency key ${request.idempotencyKey} vanished`);
    if (row.amount_cents !== request.amountCents || row.currency !== request.currency || row.token !== request.token) {
      throw new GatewayError('idempotency_key_reused', `idempotency key ${request.idempotencyKey} was used with different parameters`);
    }
    return toCharge(row);
  }

  async refund(request: RefundRequest): Promise<Refund> {
    await this.roundTrip();
    const db = this.options.ledger();
    const replay = await this.refundByKey(db, request);
    if (replay) return replay;
    const found = await db.query<ChargeRow>(`SELECT ${CHARGE_COLUMNS} FROM card_gateway.charges WHERE id = $1`, [request.chargeId]);
    const charge = found.rows[0];
    if (!charge) throw new GatewayError('charge_not_found', `No such charge: ${request.chargeId}.`);
    if (charge.status !== 'succeeded') throw new GatewayError('charge_not_refundable', `Charge ${charge.id} did not succeed, so there is nothing to refund.`);
    if (request.amountCents !== charge.amount_cents) {
      throw new GatewayError('invalid_request', `refund amount ${request.amountCents} differs from the charge's ${charge.amount_cents}`);
    }
    try {
      const inserted = await db.query<RefundRow>(
        `INSERT INTO card_gateway.refunds (id, idempotency_key, charge_id, amount_cents)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id, charge_id, amount_cents`,
        [`re_${randomBytes(12).toString('hex')}`, request.idempotencyKey, charge.id, charge.amount_cents],
      );
      if (inserted.rows[0]) return toRefund(inserted.rows[0]);
    } catch (error) {
      if ((error as { code?: string; constraint?: string }).constraint === 'refunds_charge_id_key') {
        throw new GatewayError('charge_not_refundable', `Charge ${charge.id} has already been refunded.`);
      }
      throw error;
    }
    // Another request with this key inserted first.
    const raced = await this.refundByKey(db, request);
    if (!raced) throw new Error(`refund with idempotency key ${request.idempotencyKey} vanished`);
    return raced;
  }

  private async refundByKey(db: Queryable, request: RefundRequest): Promise<Refund | undefined> {
    const found = await db.query<RefundRow>('SELECT id, charge_id, amount_cents FROM card_gateway.refunds WHERE idempotency_key = $1', [request.idempotencyKey]);
    const row = found.rows[0];
    if (!row) return undefined;
    if (row.charge_id !== request.chargeId || row.amount_cents !== request.amountCents) {
      throw new GatewayError('idempotency_key_reused', `idempotency key ${request.idempotencyKey} was used with different parameters`);
    }
    return toRefund(row);
  }

  private roundTrip(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }
}
