// The gateway's browser-side tokenizer is shared (@3factor/domain): the payment function's
// simulated gateway decides what each test token does, the app tokenizes with the same code.
import { cardProblems, tokenizeCard } from '@3factor/domain';

export type CardField = 'number' | 'expiry' | 'cvc';
/** A refusal names the first field to fix and, in `all`, every field's problem, so the form shows them together. */
export type TokenizeOutcome = { token: string } | { error: string; field: CardField; all?: Array<{ field: CardField; error: string }> };
export type Tokenize = (cardNumber: string, expiry: string, cvc: string) => Promise<TokenizeOutcome>;

const FIELD = { cardNumber: 'number', expiry: 'expiry', cvc: 'cvc' } as const;

/** Async like a real gateway SDK call, so swapping in one changes nothing around it. */
export const tokenize: Tokenize = async (cardNumber, expiry, cvc) => {
  const result = tokenizeCard(cardNumber, expiry, cvc);
  if (result.ok) return { token: result.token };
  const all = cardProblems(cardNumber, expiry, cvc).map((p) => ({ field: FIELD[p.field], error: p.message }));
  return { error: result.message, field: FIELD[result.field], all };
};
