import pg from 'pg';
import type { PipelineStack } from './stack.js';

/**
 * Counts read before and after a scenario, to tell how much work one order makes:
 * event rows by trigger and delivery attempts (the engine's catalog), the functions'
 * transactions and statements (pgBouncer's SHOW STATS: the functions are its only clients),
 * and every transaction Postgres committed in the app database (engine and functions).
 */
export interface Counters {
  eventsByTrigger: Record<string, number>;
  invocations: number;
  /** Rows the functions wrote to processed_events (their idempotency records). */
  processedEvents: number;
  functionTransactions: number;
  functionStatements: number;
  postgresTransactions: number;
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
  const [events, invocations, processed, database, bouncer] = await Promise.all([
    stack.sql.query<{ trigger_name: string; n: number }>('SELECT trigger_name, count(*)::int AS n FROM hdb_catalog.event_log GROUP BY trigger_name'),
    stack.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM hdb_catalog.event_invocation_logs'),
    stack.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM processed_events'),
    stack.sql.query<{ n: string }>(`SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()`),
    pgbouncerStats(stack.pgbouncerAdminUrl),
  ]);
  return {
    eventsByTrigger: Object.fromEntries(events.rows.map((r) => [r.trigger_name, r.n])),
    invocations: invocations.rows[0]!.n,
    processedEvents: processed.rows[0]!.n,
    functionTransactions: bouncer.xacts,
    functionStatements: bouncer.queries,
    postgresTransactions: Number(database.rows[0]!.n),
  };
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
  };
}
