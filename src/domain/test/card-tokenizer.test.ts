import { describe, expect, it } from 'vitest';
import { cardBrand, cardProblems, luhnValid, parseExpiry, SUCCESS_TOKENS, TEST_CARD_NUMBERS, TEST_CARDS, tokenizeCard } from '@3factor/domain';

const NOW = new Date('2026-06-15T12:00:00Z');

describe('tokenizeCard', () => {
  it.each([
    ['4242424242424242', 'tok_visa'],
    ['4242 4242 4242 4242', 'tok_visa'],
    ['4000000000000002', 'tok_chargeDeclined'],
    ['4000-0000-0000-9995', 'tok_chargeDeclinedInsufficientFunds'],
    ['5555555555554444', 'tok_mastercard'],
    ['4012888888881881', 'tok_visa'],
    ['6011111111111117', 'tok_discover'],
  ])('%s → %s', (number, token) => {
    const result = tokenizeCard(number, '12/30', '123', NOW);
    expect(result).toMatchObject({ ok: true, token, last4: number.replace(/\D/g, '').slice(-4) });
  });

  it('needs four CVC digits for American Express', () => {
    expect(tokenizeCard('378282246310005', '12/30', '123', NOW)).toMatchObject({ ok: false, field: 'cvc' });
    expect(tokenizeCard('378282246310005', '12/30', '1234', NOW)).toMatchObject({ ok: true, token: 'tok_amex', brand: 'amex' });
  });

  it('refuses numbers failing the Luhn check, short numbers and letters', () => {
    expect(tokenizeCard('4242424242424241', '12/30', '123', NOW)).toEqual({ ok: false, field: 'cardNumber', message: 'The card number is not valid.' });
    expect(tokenizeCard('4242', '12/30', '123', NOW)).toMatchObject({ ok: false, field: 'cardNumber' });
    expect(tokenizeCard('4242abcd42424242', '12/30', '123', NOW)).toMatchObject({ ok: false, field: 'cardNumber' });
  });

  it('refuses an expired card and accepts one expiring this month', () => {
    expect(tokenizeCard('4242424242424242', '05/26', '123', NOW)).toEqual({ ok: false, field: 'expiry', message: 'The card has expired.' });
    expect(tokenizeCard('4242424242424242', '06/26', '123', NOW)).toMatchObject({ ok: true });
    expect(tokenizeCard('4242424242424242', '13/26', '123', NOW)).toMatchObject({ ok: false, field: 'expiry' });
    expect(tokenizeCard('4242424242424242', '1226', '123', NOW)).toMatchObject({ ok: false, field: 'expiry' });
  });

  it('lists every field’s problem at once, and none for a good card', () => {
    expect(cardProblems('4242', '05/26', '12', NOW).map((p) => p.field)).toEqual(['cardNumber', 'expiry', 'cvc']);
    expect(cardProblems('4242424242424242', '12/30', '123', NOW)).toEqual([]);
  });

  it('produces tokens the payments table accepts', () => {
    for (const number of ['4242424242424242', '4000000000000002', '4000000000009995', '5555555555554444']) {
      const result = tokenizeCard(number, '12/30', '123', NOW);
      expect(result.ok && /^tok_[A-Za-z0-9_]{1,64}$/.test(result.token)).toBe(true);
    }
  });
});

describe('card helpers', () => {
  it('luhnValid', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
  it('cardBrand', () => {
    expect(cardBrand('2223003122003222')).toBe('mastercard');
    expect(cardBrand('9999999999999995')).toBe('card');
  });
  it('parseExpiry', () => {
    expect(parseExpiry('7 / 2031')).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry('00/30')).toBeUndefined();
  });
});

describe('test cards', () => {
  it('gives the documented success card a success token and the decline cards none', () => {
    expect(tokenizeCard(TEST_CARD_NUMBERS.succeeds, '12/30', '123', NOW)).toMatchObject({ ok: true, token: 'tok_visa', last4: '4242' });
    expect(SUCCESS_TOKENS.has(TEST_CARDS[TEST_CARD_NUMBERS.succeeds]!)).toBe(true);
    expect(SUCCESS_TOKENS.has(TEST_CARDS[TEST_CARD_NUMBERS.declined]!)).toBe(false);
    expect(SUCCESS_TOKENS.has(TEST_CARDS[TEST_CARD_NUMBERS.insufficientFunds]!)).toBe(false);
  });
});
