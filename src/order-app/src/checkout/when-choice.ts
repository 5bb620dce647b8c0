import { scheduleSlots, type OpeningPeriod } from '@3factor/domain';

// "Deliver now" or "Schedule for later" at one of the times the restaurant's hours allow, as the
// checkout's two lists show them: the days that have a time, then that day's times, in the
// browser's time zone (the hours are kept in UTC; a time is sent as an instant).

export type WhenDraft = { mode: 'now' } | { mode: 'later'; day: string; at: string };

export interface SlotDay {
  /** The local date, YYYY-MM-DD. */
  key: string;
  label: string;
  /** ISO instants. */
  slots: Array<{ at: string; label: string }>;
}

const localDayKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The restaurant's schedulable quarter hours from `now`, grouped by local day. */
export function slotDays(periods: readonly OpeningPeriod[], now: Date, locale?: string): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of scheduleSlots(periods, now)) {
    const key = localDayKey(slot);
    let day = days.get(key);
    if (!day) {
      day = { key, label: slot.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' }), slots: [] };
      days.set(key, day);
    }
    day.slots.push({ at: slot.toISOString(), label: slot.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) });
  }
  return [...days.values()];
}

/** The choice made valid against the days offered now: a day or time that has passed moves to the first one left. */
export function settleWhen(draft: WhenDraft, days: readonly SlotDay[]): WhenDraft {
  if (draft.mode === 'now') return draft;
  const day = days.find((d) => d.key === draft.day) ?? days[0];
  if (!day) return { mode: 'later', day: '', at: '' };
  const at = day.slots.some((s) => s.at === draft.at) ? draft.at : (day.slots[0]?.at ?? '');
  return { mode: 'later', day: day.key, at };
}
