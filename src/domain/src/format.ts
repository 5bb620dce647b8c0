// How each kind of value reads on screen, in both apps: one formatter per kind, so an amount, a
// time or an order id looks the same on the customer's phone, in the kitchen and on the
// dashboard. Values arrive as numbers, or as strings for Postgres bigint/numeric; missing ones
// read "—". Pure: Intl only, with the apps' single locale (en-US, US dollars).

export type Numeric = number | string | null | undefined;

export function toNumber(value: Numeric): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Money is integer cents end to end (price_cents, total_cents); only display makes it dollars. */
export function formatCents(cents: Numeric): string {
  const n = toNumber(cents);
  return n === null ? '—' : money.format(n / 100);
}

export function formatCount(count: Numeric): string {
  const n = toNumber(count);
  return n === null ? '—' : integer.format(n);
}

/** "1 item", "2 items", "1,200 orders": a count with its noun, in the right number. */
export function formatQuantity(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** A ratio in 0..1 as a percentage with one decimal at most. */
export function formatPercent(ratio: Numeric): string {
  const n = toNumber(ratio);
  if (n === null) return '—';
  return `${Math.round(n * 1000) / 10}%`;
}

const stars = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An average of 1-5 stars with one decimal ("4.5"), as the restaurant list and the dashboard show it. */
export function formatStars(average: Numeric): string {
  const n = toNumber(average);
  return n === null ? '—' : stars.format(n);
}

/** Seconds as the unit a person reads best: 850 ms, 4.2 s, 3 min 5 s, 2 h 10 min. */
export function formatDuration(seconds: Numeric): string {
  const s = toNumber(seconds);
  if (s === null) return '—';
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  // Each unit is rounded before it is split, so 599.9 s reads "10 min", never "9 min 60 s".
  const tenths = Math.round(s * 10) / 10;
  if (tenths < 60) return `${tenths} s`;
  const wholeSeconds = Math.round(s);
  if (wholeSeconds < 3600) {
    const m = Math.floor(wholeSeconds / 60);
    const rest = wholeSeconds - m * 60;
    return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
  }
  const minutes = Math.round(s / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const timeOfDay = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });
const timeOfDayToTheMinute = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dateAndTime = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** A moment of today, to the second ("4:50:11 PM") or, on a chart's axis, to the minute ("4:50 PM"). */
export function formatTime(iso: string | null, precision: 'second' | 'minute' = 'second'): string {
  if (iso === null) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (precision === 'second' ? timeOfDay : timeOfDayToTheMinute).format(d);
}

/** A moment on any day, to the minute: "Dec 6, 4:50 PM". */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateAndTime.format(d);
}

/** An order as people name it: the first 8 hex digits of its uuid, upper-case ("8B29C6D1"). */
export function shortOrderId(uuid: string): string {
  return uuid.slice(0, 8).toUpperCase();
}
