import { describe, expect, it } from 'vitest';
import { formatCents } from '@3factor/domain';
import { isTipWindowOpen, tipOutcomeText, tipWindowClosesAt, TIP_WINDOW_HOURS } from '../src/tips/tip-window.js';

describe('the tip window after delivery', () => {
  const delivered = '2026-12-01T12:00:00.000Z';

  it('closes 24 hours after the delivery, as order_tips_enforce does', () => {
    expect(TIP_WINDOW_HOURS).toBe(24);
    expect(tipWindowClosesAt(delivered).toISOString()).toBe('2026-12-02T12:00:00.000Z');
    expect(isTipWindowOpen(delivered, Date.parse('2026-12-02T11:59:59.000Z'))).toBe(true);
    expect(isTipWindowOpen(delivered, Date.parse('2026-12-02T12:00:00.000Z'))).toBe(false);
    expect(isTipWindowOpen(null, Date.parse(delivered))).toBe(false);
  });

  it('says what the charge came to', () => {
    expect(tipOutcomeText({ amount_cents: 350, status: 'succeeded', failure_reason: null }, formatCents)).toBe('You tipped your courier $3.50 after delivery. Thank you!');
    expect(tipOutcomeText({ amount_cents: 350, status: 'failed', failure_reason: 'Your card was declined.' }, formatCents)).toBe(
      'Your tip of $3.50 was not charged: Your card was declined.',
    );
    expect(tipOutcomeText({ amount_cents: 350, status: 'pending', failure_reason: null }, formatCents)).toBe('Charging your tip of $3.50…');
  });
});
