import { describe, expect, it } from 'vitest';
import { canScheduleAt, hoursCover, isoWeekdayUtc, openWindows, scheduleSlots, timeOfDayMs, type OpeningPeriod } from '../src/order-ahead.js';

// 2026-12-07 is a Monday.
const at = (iso: string) => new Date(iso);
const everyDay = (opensAt: string, closesAt: string): OpeningPeriod[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt, closesAt }));

describe('order ahead: opening hours', () => {
  it('reads times of day, midnight at the end included', () => {
    expect(timeOfDayMs('00:00')).toBe(0);
    expect(timeOfDayMs('11:30:15')).toBe((11 * 3600 + 30 * 60 + 15) * 1000);
    expect(timeOfDayMs('24:00:00')).toBe(86_400_000);
    expect(() => timeOfDayMs('noon')).toThrow();
  });

  it('numbers weekdays as ISO does, in UTC', () => {
    expect(isoWeekdayUtc(at('2026-12-07T00:00:00Z'))).toBe(1);
    expect(isoWeekdayUtc(at('2026-12-13T23:59:59Z'))).toBe(7);
  });

  it('covers an instant from the opening, included, to the closing, excluded', () => {
    const monday: OpeningPeriod[] = [{ weekday: 1, opensAt: '11:00', closesAt: '14:00' }];
    expect(hoursCover(monday, at('2026-12-07T11:00:00Z'))).toBe(true);
    expect(hoursCover(monday, at('2026-12-07T13:59:59Z'))).toBe(true);
    expect(hoursCover(monday, at('2026-12-07T14:00:00Z'))).toBe(false);
    expect(hoursCover(monday, at('2026-12-07T10:59:59Z'))).toBe(false);
    // The same time on Tuesday is not Monday's.
    expect(hoursCover(monday, at('2026-12-08T12:00:00Z'))).toBe(false);
  });
});

describe('order ahead: when an order may be scheduled', () => {
  const now = at('2026-12-07T10:50:00Z');

  it('from 15 minutes to 7 days ahead, inside the hours', () => {
    const hours = everyDay('00:00', '24:00');
    expect(canScheduleAt(hours, now, at('2026-12-07T11:04:59Z'))).toBe(false);
    expect(canScheduleAt(hours, now, at('2026-12-07T11:05:00Z'))).toBe(true);
    expect(canScheduleAt(hours, now, at('2026-12-14T10:50:00Z'))).toBe(true);
    expect(canScheduleAt(hours, now, at('2026-12-14T10:50:01Z'))).toBe(false);
    expect(canScheduleAt(everyDay('12:00', '13:00'), now, at('2026-12-08T13:00:00Z'))).toBe(false);
  });

  it('computes the open windows of the next 7 days, cut by the lead time and the horizon', () => {
    const noon = at('2026-12-07T12:00:00Z');
    const windows = openWindows(everyDay('11:00', '14:00'), noon);
    expect(windows).toHaveLength(8);
    expect(windows[0]).toEqual({ start: at('2026-12-07T12:15:00Z'), end: at('2026-12-07T14:00:00Z') });
    expect(windows[1]).toEqual({ start: at('2026-12-08T11:00:00Z'), end: at('2026-12-08T14:00:00Z') });
    // Next Monday's period is cut at the horizon, now + 7 days (included).
    expect(windows[7]).toEqual({ start: at('2026-12-14T11:00:00Z'), end: at('2026-12-14T12:00:00.001Z') });
    // Seen at 10:50, next Monday's period opens after the horizon.
    expect(openWindows(everyDay('11:00', '14:00'), now)).toHaveLength(7);
  });

  it('merges a night that runs past midnight into one window, and keeps lunch and dinner apart', () => {
    const night: OpeningPeriod[] = [
      { weekday: 1, opensAt: '22:00', closesAt: '24:00' },
      { weekday: 2, opensAt: '00:00', closesAt: '04:00' },
    ];
    expect(openWindows(night, now)).toEqual([{ start: at('2026-12-07T22:00:00Z'), end: at('2026-12-08T04:00:00Z') }]);
    const split: OpeningPeriod[] = [
      { weekday: 2, opensAt: '17:00', closesAt: '22:00' },
      { weekday: 2, opensAt: '11:00', closesAt: '14:30' },
    ];
    expect(openWindows(split, now)).toEqual([
      { start: at('2026-12-08T11:00:00Z'), end: at('2026-12-08T14:30:00Z') },
      { start: at('2026-12-08T17:00:00Z'), end: at('2026-12-08T22:00:00Z') },
    ]);
  });

  it('has no window for a restaurant without hours', () => {
    expect(openWindows([], now)).toEqual([]);
    expect(scheduleSlots([], now)).toEqual([]);
  });

  it('offers quarter hours inside the windows, each one the database would accept', () => {
    const hours = everyDay('11:00', '12:00');
    const slots = scheduleSlots(hours, now);
    expect(slots.slice(0, 4).map((d) => d.toISOString())).toEqual(['2026-12-07T11:15:00.000Z', '2026-12-07T11:30:00.000Z', '2026-12-07T11:45:00.000Z', '2026-12-08T11:00:00.000Z']);
    // Six more days of four slots each; next Monday's open after the horizon.
    expect(slots).toHaveLength(3 + 6 * 4);
    for (const slot of slots) expect(canScheduleAt(hours, now, slot)).toBe(true);
  });
});
