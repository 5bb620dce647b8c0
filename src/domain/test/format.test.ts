import { describe, expect, it } from 'vitest';
import { formatCents, formatCount, formatDateTime, formatDuration, formatPercent, formatQuantity, formatStars, formatTime, shortOrderId } from '../src/format.js';

describe('formatting, one formatter per kind of value', () => {
  it('reads money from cents, numbers or Postgres strings', () => {
    expect(formatCents(2350)).toBe('$23.50');
    expect(formatCents('94400')).toBe('$944.00');
    expect(formatCents(null)).toBe('—');
  });

  it('puts a count with its noun in the right number', () => {
    expect(formatQuantity(1, 'item')).toBe('1 item');
    expect(formatQuantity(2, 'item')).toBe('2 items');
    expect(formatQuantity(1200, 'order')).toBe('1,200 orders');
    expect(formatCount('12')).toBe('12');
  });

  it('reads ratios and durations in the unit a person reads best', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatDuration(0.85)).toBe('850 ms');
    expect(formatDuration(599.9)).toBe('10 min');
    expect(formatDuration(7800)).toBe('2 h 10 min');
  });

  it('reads an average of stars with one decimal, from a number or a Postgres numeric string', () => {
    expect(formatStars(4.5)).toBe('4.5');
    expect(formatStars('4.00')).toBe('4.0');
    expect(formatStars('3.67')).toBe('3.7');
    expect(formatStars(null)).toBe('—');
  });

  it('writes every time of day and every order id the same way', () => {
    const at = '2026-12-06T16:50:11Z';
    const hours = new Date(at).getHours() % 12 || 12;
    expect(formatTime(at)).toMatch(new RegExp(`^${hours}:50:11 (AM|PM)$`));
    expect(formatDateTime(at)).toMatch(/^Dec \d{1,2}, \d{1,2}:50 (AM|PM)$/);
    expect(formatTime(at, 'minute')).toMatch(new RegExp(`^${hours}:50 (AM|PM)$`));
    expect(formatTime(null)).toBe('—');
    expect(shortOrderId('8b29c6d1-0000-4000-8000-000000000000')).toBe('8B29C6D1');
  });
});
