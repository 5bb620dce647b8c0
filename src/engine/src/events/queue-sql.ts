import type pg from 'pg';
import { compile, sql } from '../sql/builder.js';
import type { ClaimedEvent } from './webhook-body.js';
import type { InvocationRow } from './invocation.js';

/**
 * The in-database work queue: one statement each to claim, to record outcomes, and to
 * unlock (graphile-worker's getJobs / completeJobs / failJobs pattern). Every statement is
 * an unnamed parameterized query, so it also works through pgBouncer in transaction mode,
 * except the claim and the record on the claim connections where prepared statements are on.
 */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * The planner settings of the connection the claims run on (the events service's own): the
 * claim has one right plan, an index scan of `event_log_fetch_events` in its order, and
 * Postgres otherwise picks a bitmap or a sequential scan whenever few events wait (see below).
 */
export const CLAIM_CONNECTION_OPTIONS = '-c enable_bitmapscan=off -c enable_seqscan=off';

export interface ClaimableTrigger {
  name: string;
  leaseSec: number;
}

/**
 * Hasura's `fetchEvents` (the triggers' waiting events, ordered as the `event_log_fetch_events`
 * index is), with one change: instead of a fixed 30 minutes, a lock older than the trigger's
 * lease (timeout_sec + margin) is stale, so a crashed processor's events come back within
 * seconds. The CTE runs once; SKIP LOCKED keeps concurrent claimers disjoint, and READ
 * COMMITTED re-checks `locked` on rows another claimer just committed.
 *
 * Run on a connection without bitmap and sequential scans (CLAIM_CONNECTION_OPTIONS), the
 * claim walks the partial index in order and stops at the limit. Every delivered event leaves
 * dead entries at the head of that index (its unclaimed and its claimed versions) until a
 * vacuum; an index scan marks them dead as it passes so the next claim skips them, while a
 * bitmap scan, which Postgres picks when few events wait, visits every one of them in the heap
 * at each claim, and a sequential scan every event not yet vacuumed away. The triggers are
 * matched with `array_position` rather than Hasura's `trigger_name = ANY(...)`, which the
 * `event_log_trigger_name_idx` index answers: Postgres then read every event those triggers
 * ever had.
 */
export async function claimEvents(db: Queryable, triggers: readonly ClaimableTrigger[], limit: number, { named = false }: { named?: boolean } = {}): Promise<ClaimedEvent[]> {
  if (limit <= 0 || triggers.length === 0) return [];
  const names = triggers.map((t) => t.name);
  const query = compile(sql`
    WITH claimable AS (
      SELECT l.id
      FROM hdb_catalog.event_log l
      WHERE l.delivered = 'f' AND l.error = 'f' AND l.archived = 'f'
        AND array_position(${names}::text[], l.trigger_name) IS NOT NULL
        AND (l.locked IS NULL OR l.locked < now() - make_interval(secs => (${triggers.map((t) => t.leaseSec)}::float8[])[array_position(${names}::text[], l.trigger_name)]))
        AND (l.next_retry_at IS NULL OR l.next_retry_at <= now())
      ORDER BY l.locked NULLS FIRST, l.next_retry_at NULLS FIRST, l.created_at
      LIMIT ${limit}
      FOR UPDATE OF l SKIP LOCKED
    )
    UPDATE hdb_catalog.event_log e
    SET locked = now()
    FROM claimable c
    WHERE e.id = c.id
    RETURNING e.id, e.schema_name, e.table_name, e.trigger_name,
      e.payload->>'op' AS op,
      coalesce((e.payload->'session_variables')::text, 'null') AS session_variables,
      coalesce((e.payload->'data'->'old')::text, 'null') AS old_data,
      coalesce((e.payload->'data'->'new')::text, 'null') AS new_data,
      coalesce((e.payload->'trace_context')::text, 'null') AS trace_context,
      e.tries,
      to_char(e.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at,
      (extract(epoch FROM e.created_at::timestamptz) * 1000)::float8 AS created_ms,
      e.locked::text AS locked`);
  // Named (when the source allows prepared statements, as the engine's GraphQL statements are):
  // prepared once on the claim connection, so the claim is not planned afresh each time.
  const result = await db.query(named ? { name: 'hdb_engine_claim_events', text: query.text, values: query.values } : { text: query.text, values: query.values });
  return result.rows.map((r) => ({
    id: r.id,
    schemaName: r.schema_name,
    tableName: r.table_name,
    triggerName: r.trigger_name,
    op: r.op ?? 'MANUAL',
    sessionVariables: r.session_variables,
    oldData: r.old_data,
    newData: r.new_data,
    traceContext: r.trace_context,
    tries: r.tries,
    createdAt: r.created_at,
    createdMs: r.created_ms,
    locked: r.locked,
  }));
}

/**
 * `delivered` / `error` / `retry` follow an attempt (tries + 1, one invocation row);
 * `postpone` puts back an event this instance cannot handle now (its trigger vanished
 * between claim and delivery), like Hasura's one-minute retry, without counting a try.
 */
export type OutcomeState = 'delivered' | 'error' | 'retry' | 'postpone';

export interface Outcome {
  eventId: string;
  locked: string;
  state: OutcomeState;
  delaySec: number;
  invocation?: InvocationRow;
}

/**
 * Records many outcomes in one statement. An update applies only while the row still
 * carries this claim's lock, so a claim that outlived its lease cannot overwrite the
 * newer claimer's state; the attempt's invocation row is kept either way.
 *
 * `named` as for the claim, and only on the claim connections: their planner settings
 * (CLAIM_CONNECTION_OPTIONS) keep the generic plan on the primary key's index. Elsewhere a
 * generic plan made while `event_log` is small hash-joins over a sequential scan of it, and
 * keeps doing so as it grows (measured: 0.41 ms a record became 0.74 ms). The arrays are read
 * through sub-selects so that a custom plan cannot count their elements: it then costs what
 * the generic plan does, and Postgres keeps the generic plan after five executions instead of
 * planning every record (as the live pollers' statements do, realtime/live/).
 */
export async function recordOutcomes(db: Queryable, outcomes: readonly Outcome[], { named = false }: { named?: boolean } = {}): Promise<void> {
  if (outcomes.length === 0) return;
  const logs = outcomes.flatMap((o) => (o.invocation ? [o.invocation] : []));
  const query = compile(sql`
    WITH logs AS (
      INSERT INTO hdb_catalog.event_invocation_logs (id, event_id, trigger_name, status, request, response)
      SELECT * FROM unnest(
        (SELECT ${logs.map((l) => l.id)}::text[]), (SELECT ${logs.map((l) => l.eventId)}::text[]), (SELECT ${logs.map((l) => l.triggerName)}::text[]),
        (SELECT ${logs.map((l) => l.status)}::int[]), (SELECT ${logs.map((l) => l.request)}::json[]), (SELECT ${logs.map((l) => l.response)}::json[]))
      ON CONFLICT (id) DO NOTHING
    ),
    outcome AS (
      SELECT * FROM unnest(
        (SELECT ${outcomes.map((o) => o.eventId)}::text[]), (SELECT ${outcomes.map((o) => o.state)}::text[]),
        (SELECT ${outcomes.map((o) => o.delaySec)}::float8[]), (SELECT ${outcomes.map((o) => o.locked)}::timestamptz[]))
        AS o(id, state, delay_sec, locked)
    )
    UPDATE hdb_catalog.event_log e
    SET tries = e.tries + CASE WHEN o.state = 'postpone' THEN 0 ELSE 1 END,
        delivered = (o.state = 'delivered'),
        error = (o.state = 'error'),
        next_retry_at = CASE WHEN o.state IN ('retry', 'postpone')
                             THEN now() + make_interval(secs => o.delay_sec) END,
        locked = NULL
    FROM outcome o
    WHERE e.id = o.id AND e.locked = o.locked`);
  await db.query(named ? { name: 'hdb_engine_record_outcomes', text: query.text, values: query.values } : { text: query.text, values: query.values });
}

/** Hasura's `unlockEventsTx` on shutdown, limited to rows still under our claim. */
export async function unlockEvents(db: Queryable, events: readonly Pick<ClaimedEvent, 'id' | 'locked'>[]): Promise<number> {
  if (events.length === 0) return 0;
  const query = compile(sql`
    UPDATE hdb_catalog.event_log e SET locked = NULL
    FROM unnest(${events.map((e) => e.id)}::text[], ${events.map((e) => e.locked)}::timestamptz[]) AS u(id, locked)
    WHERE e.id = u.id AND e.locked = u.locked`);
  const result = await db.query(query.text, query.values);
  return result.rowCount ?? 0;
}

/** Events still to deliver (the `event_log_fetch_events` partial index answers this). */
export async function queueDepth(db: Queryable): Promise<number> {
  try {
    const result = await db.query(`SELECT count(*)::int AS n FROM hdb_catalog.event_log WHERE delivered = 'f' AND error = 'f' AND archived = 'f'`);
    return result.rows[0]?.n ?? 0;
  } catch (error) {
    // No catalog yet (no trigger was ever defined): nothing is queued.
    if ((error as { code?: string }).code === '42P01') return 0;
    throw error;
  }
}
