// The gateway's browser-side tokenizer is shared (@3factor/domain): the payment function's
// simulated gateway decides what each test token does, the app tokenizes with the same code.
import { tokenizeCard } from '@3factor/domain';

export type CardField = 'number' | 'expiry' | 'cvc';
export type TokenizeOutcome = { token: string } | { error: string; field: CardField };
export type Tokenize = (cardNumber: string, expiry: string, cvc: string) => Promise<TokenizeOutcome>;

const FIELD = { cardNumber: 'number', expiry: 'expiry', cvc: 'cvc' } as const;

/** Async like a real gateway SDK call, so swapping in one changes nothing around it. */
export const tokenize: Tokenize = async (cardNumber, expiry, cvc) => {
  const result = tokenizeCard(cardNumber, expiry, cvc);
  return result.ok ? { token: result.token } : { error: result.message, field: FIELD[result.field] };
};
