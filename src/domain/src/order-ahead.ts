// Order ahead: when a customer may schedule an order for. The database decides
// (scheduled_orders_enforce, with restaurant_hours_cover); the checkout offers only the times
// this module computes from the same rules, so the picker never offers a time the database
// refuses.
//
// Opening hours are per ISO weekday (1 Monday … 7 Sunday) in UTC, each period ending on its day
// ('24:00' is midnight). A scheduled time lies from 15 minutes to 7 days ahead, inside a period
// (from its opening, included, to its closing, excluded).

export const ORDER_AHEAD_MIN_LEAD_MINUTES = 15;
export const ORDER_AHEAD_MAX_DAYS = 7;
/** The picker offers times on the quarter hour. */
export const ORDER_AHEAD_SLOT_MINUTES = 15;

export interface OpeningPeriod {
  weekday: number;
  /** 'HH:MM' or 'HH:MM:SS' (Postgres `time`), UTC. */
  opensAt: string;
  closesAt: string;
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Milliseconds since midnight of a 'HH:MM[:SS]' time; '24:00' is a whole day. */
export function timeOfDayMs(time: string): number {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
  if (!match) throw new Error(`not a time of day: ${time}`);
  return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** ISO weekday of a UTC instant: 1 Monday … 7 Sunday. */
export function isoWeekdayUtc(at: Date): number {
  return ((at.getUTCDay() + 6) % 7) + 1;
}

/** Whether the periods cover the instant (the database's restaurant_hours_cover). */
export function hoursCover(periods: readonly OpeningPeriod[], at: Date): boolean {
  const weekday = isoWeekdayUtc(at);
  const sinceMidnight = at.getTime() - Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return periods.some((p) => p.weekday === weekday && sinceMidnight >= timeOfDayMs(p.opensAt) && sinceMidnight < timeOfDayMs(p.closesAt));
}

/** The earliest and latest instants an order may be scheduled for, seen at `now`. */
export function schedulingRange(now: Date): TimeWindow {
  return { start: new Date(now.getTime() + ORDER_AHEAD_MIN_LEAD_MINUTES * MINUTE_MS), end: new Date(now.getTime() + ORDER_AHEAD_MAX_DAYS * DAY_MS) };
}

/** Whether an order may be scheduled for `at`, seen at `now`. */
export function canScheduleAt(periods: readonly OpeningPeriod[], now: Date, at: Date): boolean {
  const range = schedulingRange(now);
  return at >= range.start && at <= range.end && hoursCover(periods, at);
}

/** The open windows inside the scheduling range, in time order, touching periods merged. */
export function openWindows(periods: readonly OpeningPeriod[], now: Date): TimeWindow[] {
  const range = schedulingRange(now);
  const windows: TimeWindow[] = [];
  const firstMidnight = Date.UTC(range.start.getUTCFullYear(), range.start.getUTCMonth(), range.start.getUTCDate());
  for (let midnight = firstMidnight; midnight <= range.end.getTime(); midnight += DAY_MS) {
    const weekday = isoWeekdayUtc(new Date(midnight));
    const today = periods.filter((p) => p.weekday === weekday).sort((a, b) => timeOfDayMs(a.opensAt) - timeOfDayMs(b.opensAt));
    for (const period of today) {
      const start = Math.max(midnight + timeOfDayMs(period.opensAt), range.start.getTime());
      // The range's end is itself schedulable: a window ending there includes it.
      const end = Math.min(midnight + timeOfDayMs(period.closesAt), range.end.getTime() + 1);
      if (start >= end) continue;
      const last = windows[windows.length - 1];
      if (last && start <= last.end.getTime()) last.end = new Date(Math.max(last.end.getTime(), end));
      else windows.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return windows;
}

/** The quarter hours an order may be scheduled for, seen at `now`: what the checkout's picker offers. */
export function scheduleSlots(periods: readonly OpeningPeriod[], now: Date): Date[] {
  const step = ORDER_AHEAD_SLOT_MINUTES * MINUTE_MS;
  const slots: Date[] = [];
  for (const window of openWindows(periods, now)) {
    for (let t = Math.ceil(window.start.getTime() / step) * step; t < window.end.getTime(); t += step) slots.push(new Date(t));
  }
  return slots;
}
