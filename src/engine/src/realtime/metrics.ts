import type { LiveQueryStats } from './live/live-query-manager.js';
import type { OperationAccount } from './live/operation-accounts.js';
import type { RealtimeSocketServer } from './websocket-server.js';

export interface RealtimeMetricsSource {
  sockets: RealtimeSocketServer | null;
  live: LiveQueryStats;
  streams: LiveQueryStats;
  listener: { connected: boolean; notifications: number; reconnects: number } | null;
}

/** Prometheus text; the first names are Hasura's (docs: observability/prometheus/metrics). */
export function realtimeMetricsText(source: RealtimeMetricsSource): string {
  const lines: string[] = [];
  const metric = (name: string, type: 'gauge' | 'counter', help: string, samples: Array<[string, number]>): void => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  };
  const { sockets, live, streams, listener } = source;
  metric('hasura_websocket_connections', 'gauge', 'Current number of active WebSocket connections.', [['', sockets?.connections ?? 0]]);
  metric('hasura_active_subscriptions', 'gauge', 'Current number of active subscriptions.', [['', live.subscribers + streams.subscribers]]);
  metric('hasura_active_subscription_pollers', 'gauge', 'Number of subscription pollers currently running.', [
    ['{subscription_kind="live-query"}', live.pollers],
    ['{subscription_kind="streaming"}', streams.pollers],
  ]);
  metric('hasura_websocket_messages_sent_bytes_total', 'counter', 'Bytes sent as WebSocket messages.', [['', sockets?.stats.bytesSent ?? 0]]);
  metric('hasura_realtime_cohorts', 'gauge', 'Cohorts (distinct variable sets) across all pollers.', [
    ['{subscription_kind="live-query"}', live.cohorts],
    ['{subscription_kind="streaming"}', streams.cohorts],
  ]);
  metric('hasura_realtime_statements_total', 'counter', 'Multiplexed SQL statements run for subscriptions.', [
    ['{subscription_kind="live-query"}', live.statements],
    ['{subscription_kind="streaming"}', streams.statements],
  ]);
  metric('hasura_realtime_refreshes_total', 'counter', 'Poller refreshes (each runs one statement per batch of cohorts).', [
    ['{subscription_kind="live-query"}', live.refreshes],
    ['{subscription_kind="streaming"}', streams.refreshes],
  ]);
  metric('hasura_realtime_cohort_runs_total', 'counter', 'Cohorts evaluated by refreshes (targeted refreshes run only the affected ones).', [
    ['{subscription_kind="live-query"}', live.cohortRuns],
    ['{subscription_kind="streaming"}', streams.cohortRuns],
  ]);
  metric('hasura_realtime_pushes_total', 'counter', 'Results pushed to subscribers.', [
    ['{subscription_kind="live-query"}', live.pushes],
    ['{subscription_kind="streaming"}', streams.pushes],
  ]);
  const kinds: Array<[string, LiveQueryStats]> = [
    ['live-query', live],
    ['streaming', streams],
  ];
  const perOperation = (pick: (o: OperationAccount) => number): Array<[string, number]> =>
    kinds.flatMap(([kind, stats]) => stats.operations.map((o): [string, number] => [operationLabels(kind, o), pick(o)]));
  metric(
    'hasura_realtime_operation_cohort_runs_total',
    'counter',
    'Cohorts evaluated, per subscribed operation (the first subscriber of each poller names it).',
    perOperation((o) => o.cohortRuns),
  );
  metric(
    'hasura_realtime_operation_refreshes_total',
    'counter',
    'Poller refreshes, per subscribed operation.',
    perOperation((o) => o.refreshes),
  );
  metric(
    'hasura_realtime_operation_pushes_total',
    'counter',
    'Results pushed, per subscribed operation.',
    perOperation((o) => o.pushes),
  );
  metric(
    'hasura_realtime_operation_full_refresh_requests_total',
    'counter',
    'Requests to re-run every cohort of a poller, per subscribed operation and reason (change:<table>, lookup:<table>, backstop, poll, reconnect).',
    kinds.flatMap(([kind, stats]) =>
      stats.operations.flatMap((o) => [...o.fullRequests].map(([reason, n]): [string, number] => [operationLabels(kind, o, `,reason="${escapeLabel(reason)}"`), n])),
    ),
  );
  metric(
    'hasura_realtime_operation_targeted_cohorts_total',
    'counter',
    'Cohorts a change asked to re-run (narrowed to the rows it touched), per subscribed operation and changed table.',
    kinds.flatMap(([kind, stats]) =>
      stats.operations.flatMap((o) => [...o.targetedCohorts].map(([table, n]): [string, number] => [operationLabels(kind, o, `,table="${escapeLabel(table)}"`), n])),
    ),
  );
  metric('hasura_realtime_websocket_overflow_closed_total', 'counter', 'Connections closed because their send buffer overflowed.', [['', sockets?.stats.overflowClosed ?? 0]]);
  metric('hasura_realtime_change_notifications_total', 'counter', 'Table-change notifications received.', [['', listener?.notifications ?? 0]]);
  metric('hasura_realtime_listener_connected', 'gauge', '1 when the LISTEN connection is up.', [['', listener?.connected ? 1 : 0]]);
  return lines.join('\n') + '\n';
}

function operationLabels(kind: string, account: OperationAccount, extra = ''): string {
  return `{subscription_kind="${kind}",role="${escapeLabel(account.role)}",operation_name="${escapeLabel(account.operation)}"${extra}}`;
}

/** Prometheus label values escape backslash, double quote and newline. */
function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
