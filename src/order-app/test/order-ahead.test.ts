import { describe, expect, it } from 'vitest';
import { scheduleRefusal } from '../src/checkout/schedule-refusal.js';
import { settleWhen, slotDays } from '../src/checkout/when-choice.js';
import { periodProblem, shortTime } from '../src/kitchen/opening-hours-rules.js';

// 2026-12-07 is a Monday; the test runs with TZ as the machine has it, so days are compared by key and count.
const now = new Date('2026-12-07T10:50:00Z');
const lunch = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '11:00:00', closesAt: '12:00:00' }));

describe('slotDays', () => {
  it('groups the quarter hours the restaurant is open by local day, each time once', () => {
    const days = slotDays(lunch, now, 'en-GB');
    const slots = days.flatMap((d) => d.slots);
    expect(slots).toHaveLength(3 + 6 * 4);
    expect(new Set(slots.map((s) => s.at)).size).toBe(slots.length);
    expect(slots[0]!.at).toBe('2026-12-07T11:15:00.000Z');
    for (const day of days) expect(day.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(slots.every((s) => /^\d{2}:\d{2}$/.test(s.label))).toBe(true);
  });

  it('offers nothing without opening hours', () => {
    expect(slotDays([], now)).toEqual([]);
  });
});

describe('settleWhen', () => {
  const days = slotDays(lunch, now, 'en-GB');
  it('keeps a time still offered, and moves a passed day or time to the first one left', () => {
    const first = days[0]!;
    const second = days[1]!;
    expect(settleWhen({ mode: 'later', day: second.key, at: second.slots[2]!.at }, days)).toEqual({ mode: 'later', day: second.key, at: second.slots[2]!.at });
    expect(settleWhen({ mode: 'later', day: '2026-12-01', at: 'gone' }, days)).toEqual({ mode: 'later', day: first.key, at: first.slots[0]!.at });
    expect(settleWhen({ mode: 'later', day: second.key, at: first.slots[0]!.at }, days)).toEqual({ mode: 'later', day: second.key, at: second.slots[0]!.at });
  });
  it('leaves "now" alone, and has no time to offer without days', () => {
    expect(settleWhen({ mode: 'now' }, days)).toEqual({ mode: 'now' });
    expect(settleWhen({ mode: 'later', day: 'x', at: 'y' }, [])).toEqual({ mode: 'later', day: '', at: '' });
  });
});

describe('scheduleRefusal', () => {
  it('says the database’s reasons in words', () => {
    expect(scheduleRefusal(['Check constraint violation. the restaurant is not open at Tue 2026-12-08 16:00 UTC'])).toBe(
      'The restaurant is not open at that time. Pick another time.',
    );
    expect(scheduleRefusal(['Check constraint violation. an order can be scheduled from 15 minutes ahead'])).toMatch(/too soon/);
    expect(scheduleRefusal(['Check constraint violation. an order can be scheduled at most 7 days ahead'])).toMatch(/at most 7 days/);
    expect(scheduleRefusal(['Check constraint violation. scheduled order 1 can no longer be changed: it is already placed'])).toBe(
      'This scheduled order can no longer be cancelled: it is already placed.',
    );
    expect(scheduleRefusal(['something else'])).toBeNull();
  });
});

describe('periodProblem', () => {
  it('takes HH:MM from 00:00 to 24:00, closing after opening', () => {
    expect(periodProblem({ weekday: 1, opensAt: '11:00', closesAt: '22:00' })).toBeNull();
    expect(periodProblem({ weekday: 7, opensAt: '22:00', closesAt: '24:00' })).toBeNull();
    expect(periodProblem({ weekday: 1, opensAt: '11', closesAt: '22:00' })).toMatch(/HH:MM/);
    expect(periodProblem({ weekday: 1, opensAt: '24:30', closesAt: '22:00' })).toMatch(/HH:MM/);
    expect(periodProblem({ weekday: 1, opensAt: '22:00', closesAt: '02:00' })).toMatch(/closes after it opens/);
    expect(shortTime('11:30:00')).toBe('11:30');
  });
});
