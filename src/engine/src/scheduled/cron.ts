/**
 * Cron schedules as Hasura reads them (the Haskell `cron` package, `System.Cron`): five fields,
 * minute hour day-of-month month day-of-week, in UTC. Each field takes `*`, a number, a range
 * `a-b`, a step `*\/n` or `a-b/n`, and comma lists of those; day-of-week runs 0-6 with 7 also
 * meaning Sunday. When both day fields are restricted, a day matching either one matches, as
 * in Vixie cron. Pure: no clock is read, callers pass the instant to start from.
 */
export interface CronSchedule {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>;
  /** Whether the day fields were `*` (an unrestricted field does not widen the other). */
  anyDayOfMonth: boolean;
  anyDayOfWeek: boolean;
}

export class CronParseError extends Error {
  constructor(expression: string, reason: string) {
    super(`invalid cron expression "${expression}": ${reason}`);
  }
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
] as const;

function parseNumber(text: string, field: (typeof FIELDS)[number], expression: string): number {
  if (!/^\d+$/.test(text)) throw new CronParseError(expression, `"${text}" is not a number in the ${field.name} field`);
  const n = Number(text);
  if (n < field.min || n > field.max) throw new CronParseError(expression, `${n} is out of range ${field.min}-${field.max} in the ${field.name} field`);
  return n;
}

function parseField(text: string, field: (typeof FIELDS)[number], expression: string): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [rangeText, stepText, extra] = item.split('/');
    if (rangeText === undefined || rangeText === '' || extra !== undefined) throw new CronParseError(expression, `"${item}" in the ${field.name} field`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) throw new CronParseError(expression, `step "${stepText}" in the ${field.name} field`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (rangeText === '*') {
      from = field.min;
      to = field.name === 'day of week' ? 6 : field.max;
    } else if (rangeText.includes('-')) {
      const [a, b, more] = rangeText.split('-');
      if (a === undefined || b === undefined || more !== undefined) throw new CronParseError(expression, `range "${rangeText}" in the ${field.name} field`);
      from = parseNumber(a, field, expression);
      to = parseNumber(b, field, expression);
      if (from > to) throw new CronParseError(expression, `range "${rangeText}" runs backwards in the ${field.name} field`);
    } else {
      from = parseNumber(rangeText, field, expression);
      // `5/15` means from 5 to the end in steps of 15.
      to = stepText !== undefined ? field.max : from;
    }
    for (let v = from; v <= to; v += step) values.add(field.name === 'day of week' && v === 7 ? 0 : v);
  }
  return values;
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new CronParseError(expression, `expected 5 fields, found ${parts.length}`);
  const [minutes, hours, daysOfMonth, months, daysOfWeek] = parts.map((part, i) => parseField(part, FIELDS[i]!, expression)) as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  return { minutes, hours, daysOfMonth, months, daysOfWeek, anyDayOfMonth: parts[2] === '*', anyDayOfWeek: parts[4] === '*' };
}

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  const dom = schedule.daysOfMonth.has(date.getUTCDate());
  const dow = schedule.daysOfWeek.has(date.getUTCDay());
  if (schedule.anyDayOfMonth && schedule.anyDayOfWeek) return true;
  if (schedule.anyDayOfMonth) return dow;
  if (schedule.anyDayOfWeek) return dom;
  return dom || dow;
}

const MINUTE_MS = 60_000;
/** Far enough for any valid schedule (Feb 29 on a given weekday recurs within 28 years). */
const SEARCH_LIMIT_MS = 30 * 366 * 24 * 3600 * 1000;

/**
 * The first matching minute strictly after `afterMs` (Hasura's `nextMatch`), or undefined when
 * none exists (a day that never comes, like 31 February). Skips whole months, days and hours
 * that cannot match, so a search costs a few hundred steps at most.
 */
export function nextOccurrence(schedule: CronSchedule, afterMs: number): number | undefined {
  let t = Math.floor(afterMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  const limit = afterMs + SEARCH_LIMIT_MS;
  while (t <= limit) {
    const d = new Date(t);
    if (!schedule.months.has(d.getUTCMonth() + 1)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      continue;
    }
    if (!dayMatches(schedule, d)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
      continue;
    }
    if (!schedule.hours.has(d.getUTCHours())) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
      continue;
    }
    if (!schedule.minutes.has(d.getUTCMinutes())) {
      t += MINUTE_MS;
      continue;
    }
    return t;
  }
  return undefined;
}

/** Hasura's `generateScheduleTimes from n cron`: the next `count` occurrences after `fromMs`. */
export function scheduleTimes(schedule: CronSchedule, fromMs: number, count: number): number[] {
  const times: number[] = [];
  let at = fromMs;
  while (times.length < count) {
    const next = nextOccurrence(schedule, at);
    if (next === undefined) break;
    times.push(next);
    at = next;
  }
  return times;
}
