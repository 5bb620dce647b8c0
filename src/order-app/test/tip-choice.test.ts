import { describe, expect, it } from 'vitest';
import { tipCentsOf } from '../src/checkout/tip-choice.js';
import { promoCodeProblem } from '../src/checkout/TipAndPromoFields.js';

describe('tipCentsOf', () => {
  it('takes a share of the items, or an amount in dollars and cents', () => {
    expect(tipCentsOf({ kind: 'percent', percent: 15 }, 2950)).toEqual({ ok: true, tipCents: 443 });
    expect(tipCentsOf({ kind: 'amount', typed: ' $3.5 ' }, 2950)).toEqual({ ok: true, tipCents: 350 });
    expect(tipCentsOf({ kind: 'amount', typed: '' }, 2950)).toEqual({ ok: true, tipCents: 0 });
    expect(tipCentsOf({ kind: 'amount', typed: '100' }, 2950)).toEqual({ ok: true, tipCents: 10_000 });
  });
  it('refuses what the server would', () => {
    expect(tipCentsOf({ kind: 'amount', typed: '-2' }, 2950)).toMatchObject({ ok: false });
    expect(tipCentsOf({ kind: 'amount', typed: '1.234' }, 2950)).toMatchObject({ ok: false });
    expect(tipCentsOf({ kind: 'amount', typed: '100.01' }, 2950)).toEqual({ ok: false, message: 'A tip can be at most $100.' });
  });
});

it('accepts an empty promo code or letters and digits', () => {
  expect(promoCodeProblem('')).toBeNull();
  expect(promoCodeProblem(' save 5 ')).toBeNull();
  expect(promoCodeProblem('SAVE-5')).toMatch(/letters and digits/);
});
