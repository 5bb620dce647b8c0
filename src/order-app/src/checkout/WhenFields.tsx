import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../gql/index.js';
import { useNow } from '../ui/use-now.js';
import { settleWhen, slotDays, type WhenDraft } from './when-choice.js';

export const OPENING_HOURS = graphql(`
  query OpeningHours($restaurantId: Int!) {
    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {
      id
      weekday
      opens_at
      closes_at
    }
  }
`);

/**
 * Deliver now, or schedule the order for a time in the next 7 days when the restaurant is open
 * (from 15 minutes ahead): only those times are offered; the database checks the one sent.
 */
export function WhenFields({ restaurantId, draft, onChange }: { restaurantId: number; draft: WhenDraft; onChange: (draft: WhenDraft) => void }) {
  const { data } = useQuery(OPENING_HOURS, { variables: { restaurantId } });
  const id = useId();
  const now = useNow(60_000);
  const periods = (data?.restaurant_opening_hours ?? []).map((h) => ({ weekday: h.weekday, opensAt: String(h.opens_at), closesAt: String(h.closes_at) }));
  const days = slotDays(periods, new Date(now));
  const shown = settleWhen(draft, days);
  const day = shown.mode === 'later' ? days.find((d) => d.key === shown.day) : undefined;
  return (
    <fieldset className="when-choice">
      <legend>When</legend>
      <label className="tip-option">
        <input type="radio" name="when" checked={shown.mode === 'now'} onChange={() => onChange({ mode: 'now' })} /> Deliver now
      </label>
      <label className="tip-option">
        <input
          type="radio"
          name="when"
          checked={shown.mode === 'later'}
          disabled={data !== undefined && days.length === 0}
          onChange={() => onChange(settleWhen({ mode: 'later', day: '', at: '' }, days))}
        />{' '}
        Schedule for later
      </label>
      {data !== undefined && days.length === 0 && <p className="muted">This restaurant has no opening hours in the next 7 days to schedule for.</p>}
      {shown.mode === 'later' && days.length > 0 && (
        <div className="when-later">
          <label htmlFor={`${id}-day`}>Delivery day</label>
          <select id={`${id}-day`} value={shown.day} onChange={(e) => onChange(settleWhen({ mode: 'later', day: e.target.value, at: '' }, days))}>
            {days.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-time`}>Delivery time</label>
          <select id={`${id}-time`} value={shown.at} onChange={(e) => onChange({ mode: 'later', day: shown.day, at: e.target.value })}>
            {day?.slots.map((s) => (
              <option key={s.at} value={s.at}>
                {s.label}
              </option>
            ))}
          </select>
          <p className="muted">The order is placed at that time, at the prices of then; you pay for it then, on its page.</p>
        </div>
      )}
    </fieldset>
  );
}
