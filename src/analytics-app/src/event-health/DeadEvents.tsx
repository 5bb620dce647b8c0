import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import type { DashboardDeadEventsSubscription } from '../gql/graphql.js';
import { LIVE } from '../apollo/client.js';
import { formatCount, formatTime, shortOrderId } from '@3factor/domain';
import { loadAdminSecret, redeliverEvent, storeAdminSecret, type FetchLike } from './redeliver.js';

export const DEAD_EVENTS_SUBSCRIPTION = graphql(`
  subscription DashboardDeadEvents {
    analytics_dead_events(order_by: { created_at: desc }, limit: 50) {
      event_id
      trigger_name
      table_name
      order_id
      created_at
      tries
      last_error
      last_error_status
      last_attempt_at
    }
  }
`);

export type DeadEvent = DashboardDeadEventsSubscription['analytics_dead_events'][number];

/** A view's columns all read as nullable; event_id is event_log's primary key, never null. */
function hasEventId(event: DeadEvent): event is DeadEvent & { event_id: string } {
  return event.event_id !== null;
}

type RowState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; message: string };

function browserStorage(): Storage | undefined {
  return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
}

/**
 * Events whose retries ran out: each with the order it is about and its last error, and a
 * button that delivers it again once the cause is fixed. A redelivered event leaves the
 * list on the next refresh (the engine clears its error); if it fails again for good, it
 * comes back.
 */
export function DeadEvents({ metadataUrl, fetchImpl }: { metadataUrl: string; fetchImpl?: FetchLike }) {
  const { data, error } = useSubscription(DEAD_EVENTS_SUBSCRIPTION, LIVE);
  const [secret, setSecret] = useState(() => {
    const storage = browserStorage();
    return storage ? loadAdminSecret(storage) : '';
  });
  const [states, setStates] = useState<Record<string, RowState>>({});
  const rows = data?.analytics_dead_events.filter(hasEventId);
  if (error)
    return (
      <p className="error" role="alert">
        Dead events are unavailable: {error.message}
      </p>
    );
  if (!rows || rows.length === 0) return null;

  const setState = (id: string, state: RowState) => setStates((current) => ({ ...current, [id]: state }));
  const redeliver = async (id: string) => {
    setState(id, { kind: 'sending' });
    try {
      await redeliverEvent(metadataUrl, secret, id, fetchImpl);
      setState(id, { kind: 'sent' });
    } catch (thrown) {
      setState(id, { kind: 'failed', message: thrown instanceof Error ? thrown.message : String(thrown) });
    }
  };

  return (
    <div className="dead-events">
      <h3 id="dead-events-title">
        Dead events <span className="muted">({formatCount(rows.length)})</span>
      </h3>
      <p className="muted">Their retries ran out. Fix the cause, then deliver them again.</p>
      <label className="admin-secret">
        Admin secret{' '}
        <input
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => {
            setSecret(e.target.value);
            const storage = browserStorage();
            if (storage) storeAdminSecret(storage, e.target.value);
          }}
        />
      </label>
      <table className="event-health dead-event-list" aria-labelledby="dead-events-title">
        <thead>
          <tr>
            <th scope="col">Trigger</th>
            <th scope="col">Order</th>
            <th scope="col">First tried</th>
            <th scope="col" className="num">
              Tries
            </th>
            <th scope="col">Last error</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const state = states[e.event_id] ?? { kind: 'idle' };
            return (
              <tr key={e.event_id} data-event={e.event_id}>
                <th scope="row">{e.trigger_name}</th>
                <td data-label="Order">
                  <code title={e.order_id ?? undefined}>{e.order_id ? shortOrderId(e.order_id) : '—'}</code>
                </td>
                <td data-label="First tried">{formatTime(e.created_at)}</td>
                <td className="num" data-label="Tries">
                  {formatCount(e.tries)}
                </td>
                <td className="last-error" data-label="Last error">
                  {e.last_error ? (
                    <>
                      <code title={e.last_error}>{e.last_error_status ?? 'no response'}</code> {e.last_error.slice(0, 140)}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <button type="button" disabled={state.kind === 'sending' || state.kind === 'sent'} onClick={() => void redeliver(e.event_id)}>
                    {state.kind === 'sent' ? 'Redelivered' : state.kind === 'sending' ? 'Sending…' : 'Redeliver'}
                  </button>
                  {state.kind === 'failed' && (
                    <span className="error" role="alert">
                      {' '}
                      {state.message}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
