/** How figures read on screen. Values arrive as numbers, or as strings for bigint/numeric. */

export type Numeric = number | string | null | undefined;

export function toNumber(value: Numeric): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCents(cents: Numeric): string {
  const n = toNumber(cents);
  return n === null ? '—' : money.format(n / 100);
}

export function formatCount(count: Numeric): string {
  const n = toNumber(count);
  return n === null ? '—' : integer.format(n);
}

/** A ratio in 0..1 as a percentage with one decimal at most. */
export function formatPercent(ratio: Numeric): string {
  const n = toNumber(ratio);
  if (n === null) return '—';
  const pct = Math.round(n * 1000) / 10;
  return `${pct}%`;
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

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export function formatClock(iso: string | null): string {
  if (iso === null) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : clock.format(d);
}
