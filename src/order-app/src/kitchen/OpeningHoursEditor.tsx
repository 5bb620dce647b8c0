import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../gql/index.js';
import { friendlyError } from '../apollo/errors.js';
import { periodProblem, shortTime, WEEKDAYS, type PeriodDraft } from './opening-hours-rules.js';

export const KITCHEN_OPENING_HOURS = graphql(`
  query KitchenOpeningHours($restaurantId: Int!) {
    restaurant_opening_hours(where: { restaurant_id: { _eq: $restaurantId } }, order_by: [{ weekday: asc }, { opens_at: asc }]) {
      id
      weekday
      opens_at
      closes_at
    }
  }
`);

export const ADD_OPENING_HOURS = graphql(`
  mutation AddOpeningHours($restaurantId: Int!, $weekday: smallint!, $opensAt: time!, $closesAt: time!) {
    insert_restaurant_opening_hours_one(object: { restaurant_id: $restaurantId, weekday: $weekday, opens_at: $opensAt, closes_at: $closesAt }) {
      id
    }
  }
`);

export const REMOVE_OPENING_HOURS = graphql(`
  mutation RemoveOpeningHours($id: Int!) {
    delete_restaurant_opening_hours_by_pk(id: $id) {
      id
    }
  }
`);

/**
 * The restaurant's opening hours, which customers can schedule orders for (in UTC, as kept):
 * the staff add and remove periods of their own restaurant (the permissions' rule).
 */
export function OpeningHoursEditor({ restaurantId }: { restaurantId: number }) {
  const id = useId();
  const { data } = useQuery(KITCHEN_OPENING_HOURS, { variables: { restaurantId } });
  const refetch = { refetchQueries: ['KitchenOpeningHours'] };
  const [add, adding] = useMutation(ADD_OPENING_HOURS, refetch);
  const [remove] = useMutation(REMOVE_OPENING_HOURS, refetch);
  const [draft, setDraft] = useState<PeriodDraft>({ weekday: 1, opensAt: '11:00', closesAt: '22:00' });
  const [message, setMessage] = useState<string | null>(null);

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const problem = periodProblem(draft);
    setMessage(problem);
    if (problem) return;
    try {
      await add({ variables: { restaurantId, weekday: draft.weekday, opensAt: draft.opensAt, closesAt: draft.closesAt } });
    } catch (error) {
      setMessage(/uniqueness violation|duplicate key/i.test(String(error)) ? 'That day already has a period opening at that time.' : friendlyError(error));
    }
  };
  const onRemove = async (periodId: number) => {
    setMessage(null);
    try {
      await remove({ variables: { id: periodId } });
    } catch (error) {
      setMessage(friendlyError(error));
    }
  };

  const periods = data?.restaurant_opening_hours ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>Opening hours (UTC)</h2>
      <p className="muted">Customers can schedule orders for these times, up to 7 days ahead.</p>
      {periods.length === 0 ? (
        <p>No opening hours yet: customers cannot schedule orders.</p>
      ) : (
        <ul className="plain-list" aria-label="Opening hours">
          {periods.map((p) => (
            <li key={p.id}>
              {WEEKDAYS[p.weekday - 1]} {shortTime(String(p.opens_at))}–{shortTime(String(p.closes_at))}{' '}
              <button type="button" className="button button-quiet" onClick={() => void onRemove(p.id)}>
                Remove {WEEKDAYS[p.weekday - 1]} {shortTime(String(p.opens_at))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} noValidate className="button-row">
        <label htmlFor={`${id}-day`}>Day</label>
        <select id={`${id}-day`} value={draft.weekday} onChange={(e) => setDraft({ ...draft, weekday: Number(e.target.value) })}>
          {WEEKDAYS.map((day, i) => (
            <option key={day} value={i + 1}>
              {day}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-opens`}>Opens</label>
        <input id={`${id}-opens`} value={draft.opensAt} size={5} onChange={(e) => setDraft({ ...draft, opensAt: e.target.value.trim() })} />
        <label htmlFor={`${id}-closes`}>Closes</label>
        <input id={`${id}-closes`} value={draft.closesAt} size={5} onChange={(e) => setDraft({ ...draft, closesAt: e.target.value.trim() })} />
        <button type="submit" className="button" disabled={adding.loading}>
          Add hours
        </button>
      </form>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
