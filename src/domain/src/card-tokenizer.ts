/**
 * Client-side card tokenization, as a card gateway's browser SDK does it: the card number
 * is checked and exchanged for a token in the browser, and only the token and the last
 * four digits are sent to our API. The full number never reaches the database.
 *
 * Dependency-free and browser-safe (no node: imports): the order app and the load generator
 * tokenize with it, and the payment function's simulated gateway (src/backend) reads
 * SUCCESS_TOKENS and the decline tokens to decide what each token does.
 *
 * Test cards (the same numbers a real gateway documents for its test mode):
 *   4242 4242 4242 4242  → tok_visa                             succeeds
 *   4000 0000 0000 0002  → tok_chargeDeclined                   declined (card_declined)
 *   4000 0000 0000 9995  → tok_chargeDeclinedInsufficientFunds  declined (insufficient_funds)
 * Any other number that passes the Luhn check gets a success token for its brand
 * (tok_visa, tok_mastercard, tok_amex, tok_discover, tok_card).
 */

/** The test card numbers, by what the gateway does with them. */
export const TEST_CARD_NUMBERS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

export const TEST_CARDS: Readonly<Record<string, string>> = {
  [TEST_CARD_NUMBERS.succeeds]: 'tok_visa',
  [TEST_CARD_NUMBERS.declined]: 'tok_chargeDeclined',
  [TEST_CARD_NUMBERS.insufficientFunds]: 'tok_chargeDeclinedInsufficientFunds',
};

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'card';

/** Tokens the gateway charges successfully; the test decline tokens are listed in TEST_CARDS. */
export const SUCCESS_TOKENS: ReadonlySet<string> = new Set(['tok_visa', 'tok_mastercard', 'tok_amex', 'tok_discover', 'tok_card']);

export type TokenizeResult = { ok: true; token: string; last4: string; brand: CardBrand } | { ok: false; field: 'cardNumber' | 'expiry' | 'cvc'; message: string };

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  return 'card';
}

/** `MM/YY`, `MM / YY` or `MM/YYYY`; valid through the last day of that month. */
export function parseExpiry(expiry: string): { month: number; year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!match) return undefined;
  const month = Number(match[1]);
  const rawYear = match[2]!;
  const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
  if (month < 1 || month > 12) return undefined;
  return { month, year };
}

export type CardProblem = { field: 'cardNumber' | 'expiry' | 'cvc'; message: string };

/** Every field's problem at once (a form shows them together), in the fields' order. */
export function cardProblems(cardNumber: string, expiry: string, cvc: string, now: Date = new Date()): CardProblem[] {
  const problems: CardProblem[] = [];
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) problems.push({ field: 'cardNumber', message: 'The card number must have 12 to 19 digits.' });
  else if (!luhnValid(digits)) problems.push({ field: 'cardNumber', message: 'The card number is not valid.' });
  const parsed = parseExpiry(expiry);
  if (!parsed) problems.push({ field: 'expiry', message: 'The expiry date must look like MM/YY.' });
  else {
    const currentMonth = now.getFullYear() * 12 + now.getMonth();
    const expiryMonth = parsed.year * 12 + (parsed.month - 1);
    if (expiryMonth < currentMonth) problems.push({ field: 'expiry', message: 'The card has expired.' });
    else if (expiryMonth > currentMonth + 20 * 12) problems.push({ field: 'expiry', message: 'The expiry date is too far in the future.' });
  }
  const cvcLength = cardBrand(digits) === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(cvc.trim())) problems.push({ field: 'cvc', message: `The security code must have ${cvcLength} digits.` });
  return problems;
}

export function tokenizeCard(cardNumber: string, expiry: string, cvc: string, now: Date = new Date()): TokenizeResult {
  const [first] = cardProblems(cardNumber, expiry, cvc, now);
  if (first) return { ok: false, ...first };
  const digits = cardNumber.replace(/[\s-]/g, '');
  const brand = cardBrand(digits);
  const token = TEST_CARDS[digits] ?? `tok_${brand}`;
  return { ok: true, token, last4: digits.slice(-4), brand };
}
