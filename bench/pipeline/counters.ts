import pg from 'pg';
import { sleep } from './clock.js';
import type { PipelineStack } from './stack.js';

/**
 * Counts read before and after a scenario, to tell how much work one order makes:
 * event rows by trigger and delivery attempts (the engine's catalog), the functions'
 * transactions and statements (pgBouncer's SHOW STATS: the functions are its only clients),
 * every transaction Postgres committed in the app database (engine and functions), and the
 * engine's live-query work (its /metrics: refreshes, cohorts run, pushes, change notifications).
 */
export interface Counters {
  eventsByTrigger: Record<string, number>;
  invocations: number;
  /** Rows the functions wrote to processed_events (their idempotency records). */
  processedEvents: number;
  functionTransactions: number;
  functionStatements: number;
  postgresTransactions: number;
  liveRefreshes: number;
  liveCohortRuns: number;
  livePushes: number;
  changeNotifications: number;
  /** Live-query cohorts run per subscribed operation (`role/OperationName`). */
  cohortRunsByOperation: Record<string, number>;
  /** Live-query results pushed per subscribed operation. */
  pushesByOperation: Record<string, number>;
  /** Cohorts changes asked to re-run (targeted), per `role/OperationName table`. */
  targetedByTable: Record<string, number>;
  /** Requests to re-run every cohort of a poller, per `role/OperationName reason`. */
  fullRequestsByReason: Record<string, number>;
  /**
   * Per event trigger, from the engine's histograms: deliveries and their summed seconds from the
   * event's creation to the webhook's answer (`latency`), and attempts with their summed webhook calls.
   */
  eventTimes: Record<string, { delivered: number; latencySec: number; attempts: number; webhookSec: number }>;
}

/**
 * The engine's counters, asked again when the request fails: an engine busy with thousands of
 * live queries (BENCH_PIPELINE_SUBSCRIBERS on a loaded machine) can leave a connection
 * unaccepted past fetch's 10 s connect timeout.
 */
async function engineMetrics(stack: PipelineStack, attempts = 5): Promise<Map<string, number>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await engineMetricsOnce(stack);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await sleep(2000);
    }
  }
}

async function engineMetricsOnce(stack: PipelineStack): Promise<Map<string, number>> {
  const response = await fetch(`${stack.engineUrl}/v1/metrics`, { headers: { 'x-hasura-admin-secret': stack.adminSecret } });
  if (!response.ok) throw new Error(`the engine's /v1/metrics answered HTTP ${response.status}`);
  const values = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-z_]+(?:\{[^}]*\})?) ([0-9.e+-]+)$/.exec(line);
    if (match) values.set(match[1]!, Number(match[2]));
  }
  return values;
}

async function pgbouncerStats(adminUrl: string): Promise<{ xacts: number; queries: number }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // The admin console speaks only the simple query protocol: a query without parameters.
    const { rows } = await client.query<{ database: string; total_xact_count: string; total_query_count: string }>('SHOW STATS');
    const app = rows.find((r) => r.database === 'app');
    return { xacts: Number(app?.total_xact_count ?? 0), queries: Number(app?.total_query_count ?? 0) };
  } finally {
    await client.end();
  }
}

export async function readCounters(stack: PipelineStack): Promise<Counters> {
  const [events, invocations, processed, database, bouncer, metrics] = await Promise.all([
    stack.sql.query<{ trigger_name: string; n: number }>('SELECT trigger_name, count(*)::int AS n FROM hdb_catalog.event_log GROUP BY trigger_name'),
    stack.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM hdb_catalog.event_invocation_logs'),
    stack.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM processed_events'),
    stack.sql.query<{ n: string }>(`SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()`),
    pgbouncerStats(stack.pgbouncerAdminUrl),
    engineMetrics(stack),
  ]);
  const live = (name: string) => metrics.get(`${name}{subscription_kind="live-query"}`) ?? 0;
  return {
    eventsByTrigger: Object.fromEntries(events.rows.map((r) => [r.trigger_name, r.n])),
    invocations: invocations.rows[0]!.n,
    processedEvents: processed.rows[0]!.n,
    functionTransactions: bouncer.xacts,
    functionStatements: bouncer.queries,
    postgresTransactions: Number(database.rows[0]!.n),
    liveRefreshes: live('hasura_realtime_refreshes_total'),
    liveCohortRuns: live('hasura_realtime_cohort_runs_total'),
    livePushes: live('hasura_realtime_pushes_total'),
    changeNotifications: metrics.get('hasura_realtime_change_notifications_total') ?? 0,
    cohortRunsByOperation: labelled(metrics, 'hasura_realtime_operation_cohort_runs_total', operationOf),
    targetedByTable: labelled(metrics, 'hasura_realtime_operation_targeted_cohorts_total', (l) => `${operationOf(l)} ${l.table}`),
    pushesByOperation: labelled(metrics, 'hasura_realtime_operation_pushes_total', operationOf),
    eventTimes: eventTimesOf(metrics),
    fullRequestsByReason: labelled(metrics, 'hasura_realtime_operation_full_refresh_requests_total', (l) => `${operationOf(l)} ${l.reason}`),
  };
}

/** `role/OperationName` of a per-operation sample. */
function operationOf(labels: Record<string, string>): string {
  return `${labels.role}/${labels.operation_name || '(anonymous)'}`;
}

/** The live-query samples of a labelled metric, summed by the key `name` makes of their labels. */
function labelled(metrics: Map<string, number>, metric: string, name: (labels: Record<string, string>) => string): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [sample, value] of metrics) {
    if (!sample.startsWith(`${metric}{`)) continue;
    const labels = Object.fromEntries([...sample.slice(metric.length).matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (labels.subscription_kind !== 'live-query') continue;
    const key = name(labels);
    sums[key] = (sums[key] ?? 0) + value;
  }
  return sums;
}

function eventTimesOf(metrics: Map<string, number>): Counters['eventTimes'] {
  const times: Counters['eventTimes'] = {};
  for (const [sample, value] of metrics) {
    const match = /^engine_events_(delivery_latency|webhook_duration)_seconds_(sum|count)\{trigger_name="((?:[^"\\]|\\.)*)"\}$/.exec(sample);
    if (!match) continue;
    const entry = (times[match[3]!] ??= { delivered: 0, latencySec: 0, attempts: 0, webhookSec: 0 });
    if (match[1] === 'delivery_latency') entry[match[2] === 'sum' ? 'latencySec' : 'delivered'] = value;
    else entry[match[2] === 'sum' ? 'webhookSec' : 'attempts'] = value;
  }
  return times;
}

function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, n] of Object.entries(after)) if (n - (before[key] ?? 0) > 0) result[key] = n - (before[key] ?? 0);
  return result;
}

export function countersBetween(before: Counters, after: Counters): Counters {
  const eventsByTrigger: Record<string, number> = {};
  for (const [name, n] of Object.entries(after.eventsByTrigger)) eventsByTrigger[name] = n - (before.eventsByTrigger[name] ?? 0);
  return {
    eventsByTrigger,
    invocations: after.invocations - before.invocations,
    processedEvents: after.processedEvents - before.processedEvents,
    functionTransactions: after.functionTransactions - before.functionTransactions,
    functionStatements: after.functionStatements - before.functionStatements,
    postgresTransactions: after.postgresTransactions - before.postgresTransactions,
    liveRefreshes: after.liveRefreshes - before.liveRefreshes,
    liveCohortRuns: after.liveCohortRuns - before.liveCohortRuns,
    livePushes: after.livePushes - before.livePushes,
    changeNotifications: after.changeNotifications - before.changeNotifications,
    cohortRunsByOperation: difference(after.cohortRunsByOperation, before.cohortRunsByOperation),
    pushesByOperation: difference(after.pushesByOperation, before.pushesByOperation),
    targetedByTable: difference(after.targetedByTable, before.targetedByTable),
    fullRequestsByReason: difference(after.fullRequestsByReason, before.fullRequestsByReason),
    eventTimes: Object.fromEntries(
      Object.entries(after.eventTimes).map(([trigger, a]) => {
        const b = before.eventTimes[trigger] ?? { delivered: 0, latencySec: 0, attempts: 0, webhookSec: 0 };
        return [
          trigger,
          { delivered: a.delivered - b.delivered, latencySec: a.latencySec - b.latencySec, attempts: a.attempts - b.attempts, webhookSec: a.webhookSec - b.webhookSec },
        ];
      }),
    ),
  };
}
