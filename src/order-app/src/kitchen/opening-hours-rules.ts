// The opening-hours form's rules, as the database has them (restaurant_opening_hours): a period
// on one ISO weekday, in UTC, from HH:MM to a later HH:MM, 24:00 being midnight at its end.

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export interface PeriodDraft {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

/** What is wrong with the period, or null. */
export function periodProblem(draft: PeriodDraft): string | null {
  if (!TIME.test(draft.opensAt) || !TIME.test(draft.closesAt)) return 'Write the times as HH:MM, from 00:00 to 24:00 (midnight at the end of the day).';
  if (draft.opensAt >= draft.closesAt) return 'A period closes after it opens. For a night past midnight, add the hours after midnight to the next day.';
  return null;
}

/** '11:00:00' (Postgres time) as '11:00'. */
export const shortTime = (time: string) => time.slice(0, 5);
