import { useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { TriggerHealthFieldsFragment } from '../gql/graphql.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatTime, formatCount, formatDuration } from '@3factor/domain';
import { DeadEvents } from './DeadEvents.js';
import type { FetchLike } from './redeliver.js';

export const TRIGGER_HEALTH_FIELDS = graphql(`
  fragment TriggerHealthFields on analytics_event_delivery_health {
    trigger_name
    pending
    retrying
    failed
    oldest_pending_at
    last_error
    last_error_status
    last_error_at
  }
`);

export const EVENT_HEALTH_SUBSCRIPTION = graphql(`
  subscription DashboardEventHealth {
    analytics_event_delivery_health(order_by: { trigger_name: asc }) {
      ...TriggerHealthFields
    }
  }
`);

export type TriggerHealth = TriggerHealthFieldsFragment;

export function triggerState(t: TriggerHealth): 'failing' | 'retrying' | 'busy' | 'healthy' {
  if ((t.failed ?? 0) > 0) return 'failing';
  if ((t.retrying ?? 0) > 0) return 'retrying';
  if ((t.pending ?? 0) > 0) return 'busy';
  return 'healthy';
}

const STATE_LABELS = { failing: 'Failing', retrying: 'Retrying', busy: 'Delivering', healthy: 'Healthy' } as const;

/**
 * How long the oldest undelivered event of a trigger has waited: an order waiting for a
 * courier (agent-assignment retried at the pace of Retry-After, with no bound of its own)
 * shows here with its age.
 */
export function waitingFor(oldestPendingAt: string | null, nowMs: number): string {
  if (!oldestPendingAt) return '—';
  const since = new Date(oldestPendingAt).getTime();
  if (Number.isNaN(since)) return '—';
  return formatDuration(Math.max(0, (nowMs - since) / 1000));
}

/** The current time, ticking every `intervalMs`, so ages move between refreshes. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function TriggerHealthRows({ rows: rowRefs, now = Date.now() }: { rows: ReadonlyArray<FragmentType<typeof TRIGGER_HEALTH_FIELDS>>; now?: number }) {
  const rows = getFragmentData(TRIGGER_HEALTH_FIELDS, rowRefs);
  if (rows.length === 0) return <p className="muted">No event triggers yet: the engine creates them when it starts.</p>;
  return (
    <table className="event-health">
      <thead>
        <tr>
          <th scope="col">Trigger</th>
          <th scope="col">State</th>
          <th scope="col" className="num">
            Pending
          </th>
          <th scope="col" className="num">
            Retrying
          </th>
          <th scope="col" className="num">
            Failed
          </th>
          <th scope="col">Oldest waiting</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => {
          const state = triggerState(t);
          return (
            <tr key={t.trigger_name} data-trigger={t.trigger_name}>
              <th scope="row">{t.trigger_name}</th>
              <td data-label="State">
                <span className={`badge badge-${state}`}>{STATE_LABELS[state]}</span>
              </td>
              <td className="num" data-label="Pending">
                {formatCount(t.pending)}
              </td>
              <td className="num" data-label="Retrying">
                {formatCount(t.retrying)}
              </td>
              <td className="num" data-label="Failed">
                {formatCount(t.failed)}
              </td>
              <td data-label="Oldest waiting">{waitingFor(t.oldest_pending_at, now)}</td>
              <td className="last-error" data-label="Last error">
                {t.last_error ? (
                  <>
                    <code title={t.last_error}>{t.last_error_status ?? 'no response'}</code> {t.last_error.slice(0, 140)}
                    {t.last_error_at && <span className="muted"> at {formatTime(t.last_error_at)}</span>}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function EventHealthPanel({ metadataUrl, fetchImpl }: { metadataUrl: string; fetchImpl?: FetchLike }) {
  const { data, error } = useSubscription(EVENT_HEALTH_SUBSCRIPTION, LIVE);
  const rows = data?.analytics_event_delivery_health;
  const now = useNow(5_000);
  return (
    <section className="panel panel-events" aria-labelledby="events-title">
      <h2 id="events-title">Event delivery</h2>
      <PanelState loading={!rows} error={error}>
        {rows && <TriggerHealthRows rows={rows} now={now} />}
      </PanelState>
      <DeadEvents metadataUrl={metadataUrl} {...(fetchImpl ? { fetchImpl } : {})} />
    </section>
  );
}
