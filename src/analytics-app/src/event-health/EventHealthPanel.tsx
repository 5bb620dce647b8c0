import { gql, type TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatClock, formatCount } from '../format.js';

export interface TriggerHealth {
  trigger_name: string;
  pending: number;
  retrying: number;
  failed: number;
  oldest_pending_at: string | null;
  last_error: string | null;
  last_error_status: number | null;
  last_error_at: string | null;
}

export const TRIGGER_HEALTH_FIELDS = gql`
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
`;

export const EVENT_HEALTH_SUBSCRIPTION: TypedDocumentNode<{ analytics_event_delivery_health: TriggerHealth[] }> = gql`
  subscription DashboardEventHealth {
    analytics_event_delivery_health(order_by: { trigger_name: asc }) {
      ...TriggerHealthFields
    }
  }
  ${TRIGGER_HEALTH_FIELDS}
`;

export function triggerState(t: TriggerHealth): 'failing' | 'retrying' | 'busy' | 'healthy' {
  if (t.failed > 0) return 'failing';
  if (t.retrying > 0) return 'retrying';
  if (t.pending > 0) return 'busy';
  return 'healthy';
}

const STATE_LABELS = { failing: 'Failing', retrying: 'Retrying', busy: 'Delivering', healthy: 'Healthy' } as const;

export function TriggerHealthRows({ rows }: { rows: TriggerHealth[] }) {
  if (rows.length === 0) return <p className="muted">No event triggers yet: the engine creates them when it starts.</p>;
  return (
    <table className="event-health">
      <thead>
        <tr>
          <th scope="col">Trigger</th>
          <th scope="col">State</th>
          <th scope="col" className="num">Pending</th>
          <th scope="col" className="num">Retrying</th>
          <th scope="col" className="num">Failed</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => {
          const state = triggerState(t);
          return (
            <tr key={t.trigger_name} data-trigger={t.trigger_name}>
              <th scope="row">{t.trigger_name}</th>
              <td>
                <span className={`badge badge-${state}`}>{STATE_LABELS[state]}</span>
              </td>
              <td className="num">{formatCount(t.pending)}</td>
              <td className="num">{formatCount(t.retrying)}</td>
              <td className="num">{formatCount(t.failed)}</td>
              <td className="last-error">
                {t.last_error ? (
                  <>
                    <code title={t.last_error}>{t.last_error_status ?? 'no response'}</code> {t.last_error.slice(0, 140)}
                    {t.last_error_at && <span className="muted"> at {formatClock(t.last_error_at)}</span>}
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

export function EventHealthPanel() {
  const { data, error } = useSubscription(EVENT_HEALTH_SUBSCRIPTION, LIVE);
  const rows = data?.analytics_event_delivery_health;
  return (
    <section className="panel panel-events" aria-labelledby="events-title">
      <h2 id="events-title">Event delivery</h2>
      <PanelState loading={!rows} error={error}>
        {rows && <TriggerHealthRows rows={rows} />}
      </PanelState>
    </section>
  );
}
