import type pg from 'pg';
import { compile, sql, type SQL } from '../sql/builder.js';
import type { ScheduledEventKind } from './types.js';

/**
 * The scheduled-event queue in Hasura's tables: claim, record, unlock, one statement each per
 * table (graphile-worker's getJobs / completeJobs pattern), unnamed statements only (pgBouncer).
 *
 * A claim is Hasura's `getScheduledEventsForDeliveryTx` (status scheduled -> locked,
 * `FOR UPDATE SKIP LOCKED`) with one addition: Hasura's tables have no lock time, so the claim
 * writes its lease expiry into `next_retry_at` (free while a row is locked: it only says when a
 * *scheduled* row is due). A `locked` row whose lease has passed belongs to a dead engine and
 * is claimable again; an outcome is written only while the row still carries this claim's
 * lease, so a claim that outlived its lease cannot overwrite the next claimer's. Final states
 * get back the `next_retry_at` the row had before the claim, so the catalog reads as Hasura's.
 */
export type Queryable = Pick<pg.Pool, 'query'>;

const TABLES: Record<ScheduledEventKind, { events: SQL; logs: SQL }> = {
  cron: { events: sql.ident('hdb_catalog', 'hdb_cron_events'), logs: sql.ident('hdb_catalog', 'hdb_cron_event_invocation_logs') },
  one_off: { events: sql.ident('hdb_catalog', 'hdb_scheduled_events'), logs: sql.ident('hdb_catalog', 'hdb_scheduled_event_invocation_logs') },
};

export const tablesOf = (kind: ScheduledEventKind) => TABLES[kind];

export interface ClaimedScheduledEvent {
  /** `kind:id`: the processor's key (the two tables' ids are separate spaces). */
  key: string;
  kind: ScheduledEventKind;
  id: string;
  /** Cron events: the trigger. */
  triggerName?: string;
  /** `YYYY-MM-DDTHH:MI:SS.US` in UTC. */
  scheduledTime: string;
  createdAt: string;
  /** Seconds from scheduled_time to the claim, by the database's clock (the tolerance check). */
  ageSec: number;
  tries: number;
  /** This claim's lease (next_retry_at as text): outcomes apply only while it still matches. */
  lease: string;
  previousRetryAt: string | null;
  /** One-off events carry their configuration (JSON text, or null). */
  payload: string | null;
  webhookConf: string | null;
  headerConf: string | null;
  retryConf: string | null;
  comment: string | null;
}

const UTC_MICROS = `'YYYY-MM-DD"T"HH24:MI:SS.US'`;

function rowToClaim(kind: ScheduledEventKind, r: pg.QueryResultRow): ClaimedScheduledEvent {
  return {
    key: `${kind}:${r.id}`,
    kind,
    id: r.id,
    triggerName: r.trigger_name ?? undefined,
    scheduledTime: r.scheduled_time,
    createdAt: r.created_at,
    ageSec: Number(r.age_sec),
    tries: r.tries,
    lease: r.lease,
    previousRetryAt: r.previous_retry_at,
    payload: r.payload ?? null,
    webhookConf: r.webhook_conf ?? null,
    headerConf: r.header_conf ?? null,
    retryConf: r.retry_conf ?? null,
    comment: r.comment ?? null,
  };
}

/** Cron events of the given triggers that are due (or whose lease ran out); lease per trigger. */
export async function claimCronEvents(db: Queryable, triggers: readonly { name: string; leaseSec: number }[], limit: number): Promise<ClaimedScheduledEvent[]> {
  if (limit <= 0 || triggers.length === 0) return [];
  const query = compile(sql`
    WITH due AS (
      SELECT e.id, e.next_retry_at AS previous_retry_at, t.lease_sec
      FROM hdb_catalog.hdb_cron_events e
      JOIN unnest(${triggers.map((t) => t.name)}::text[], ${triggers.map((t) => t.leaseSec)}::float8[]) AS t(name, lease_sec) ON t.name = e.trigger_name
      WHERE (e.status = 'scheduled' AND coalesce(e.next_retry_at, e.scheduled_time) <= now())
         OR (e.status = 'locked' AND e.next_retry_at < now())
      ORDER BY coalesce(e.next_retry_at, e.scheduled_time)
      LIMIT ${limit}
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE hdb_catalog.hdb_cron_events e
    SET status = 'locked', next_retry_at = now() + make_interval(secs => due.lease_sec)
    FROM due WHERE e.id = due.id
    RETURNING e.id, e.trigger_name, e.tries,
      to_char(e.scheduled_time AT TIME ZONE 'UTC', ${sql.raw(UTC_MICROS)}) AS scheduled_time,
      to_char(e.created_at AT TIME ZONE 'UTC', ${sql.raw(UTC_MICROS)}) AS created_at,
      extract(epoch FROM now() - e.scheduled_time)::float8 AS age_sec,
      e.next_retry_at::text AS lease, due.previous_retry_at::text AS previous_retry_at`);
  const result = await db.query(query.text, query.values);
  return result.rows.map((r) => rowToClaim('cron', r));
}

/** Due one-off events; the lease is each event's own timeout_seconds plus the margin. */
export async function claimOneOffEvents(db: Queryable, leaseMarginSec: number, limit: number): Promise<ClaimedScheduledEvent[]> {
  if (limit <= 0) return [];
  const query = compile(sql`
    WITH due AS (
      SELECT e.id, e.next_retry_at AS previous_retry_at,
        coalesce((e.retry_conf->>'timeout_seconds')::float8, 60) + ${leaseMarginSec}::float8 AS lease_sec
      FROM hdb_catalog.hdb_scheduled_events e
      WHERE (e.status = 'scheduled' AND coalesce(e.next_retry_at, e.scheduled_time) <= now())
         OR (e.status = 'locked' AND e.next_retry_at < now())
      ORDER BY coalesce(e.next_retry_at, e.scheduled_time)
      LIMIT ${limit}
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE hdb_catalog.hdb_scheduled_events e
    SET status = 'locked', next_retry_at = now() + make_interval(secs => due.lease_sec)
    FROM due WHERE e.id = due.id
    RETURNING e.id, e.tries, e.payload::text AS payload, e.webhook_conf::text AS webhook_conf,
      e.header_conf::text AS header_conf, e.retry_conf::text AS retry_conf, e.comment,
      to_char(e.scheduled_time AT TIME ZONE 'UTC', ${sql.raw(UTC_MICROS)}) AS scheduled_time,
      to_char(e.created_at AT TIME ZONE 'UTC', ${sql.raw(UTC_MICROS)}) AS created_at,
      extract(epoch FROM now() - e.scheduled_time)::float8 AS age_sec,
      e.next_retry_at::text AS lease, due.previous_retry_at::text AS previous_retry_at`);
  const result = await db.query(query.text, query.values);
  return result.rows.map((r) => rowToClaim('one_off', r));
}

/** delivered / error / dead are final; retry and postpone put the row back as scheduled. */
export type ScheduledOutcomeState = 'delivered' | 'error' | 'dead' | 'retry' | 'postpone';

export interface ScheduledInvocation {
  id: string;
  status: number | null;
  request: string;
  response: string;
}

export interface ScheduledOutcome {
  event: Pick<ClaimedScheduledEvent, 'kind' | 'id' | 'lease' | 'previousRetryAt'>;
  state: ScheduledOutcomeState;
  delaySec: number;
  invocation?: ScheduledInvocation;
}

/**
 * Hasura's `insertInvocationTx` (log row, tries + 1) and `setScheduledEventOp` (status or retry
 * time) for many events of one table in one statement.
 */
async function recordKind(db: Queryable, kind: ScheduledEventKind, outcomes: readonly ScheduledOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const { events, logs } = TABLES[kind];
  const invoked = outcomes.filter((o) => o.invocation);
  const query = compile(sql`
    WITH logs AS (
      INSERT INTO ${logs} (id, event_id, status, request, response)
      SELECT * FROM unnest(
        ${invoked.map((o) => o.invocation!.id)}::text[], ${invoked.map((o) => o.event.id)}::text[], ${invoked.map((o) => o.invocation!.status)}::int[],
        ${invoked.map((o) => o.invocation!.request)}::json[], ${invoked.map((o) => o.invocation!.response)}::json[])
      ON CONFLICT (id) DO NOTHING
    ),
    o AS (
      SELECT * FROM unnest(
        ${outcomes.map((o) => o.event.id)}::text[], ${outcomes.map((o) => o.state)}::text[], ${outcomes.map((o) => o.delaySec)}::float8[],
        ${outcomes.map((o) => o.event.lease)}::timestamptz[], ${outcomes.map((o) => o.event.previousRetryAt)}::timestamptz[])
        AS o(id, state, delay_sec, lease, previous_retry_at)
    )
    UPDATE ${events} e
    SET status = CASE WHEN o.state IN ('retry', 'postpone') THEN 'scheduled' ELSE o.state END,
        tries = e.tries + CASE WHEN o.state IN ('delivered', 'error', 'retry') THEN 1 ELSE 0 END,
        next_retry_at = CASE WHEN o.state IN ('retry', 'postpone') THEN now() + make_interval(secs => o.delay_sec) ELSE o.previous_retry_at END
    FROM o
    WHERE e.id = o.id AND e.status = 'locked' AND e.next_retry_at = o.lease`);
  await db.query(query.text, query.values);
}

export async function recordScheduledOutcomes(db: Queryable, outcomes: readonly ScheduledOutcome[]): Promise<void> {
  await recordKind(
    db,
    'cron',
    outcomes.filter((o) => o.event.kind === 'cron'),
  );
  await recordKind(
    db,
    'one_off',
    outcomes.filter((o) => o.event.kind === 'one_off'),
  );
}

/** Gives claimed events back (stop, or a delivery that threw), only those still under this claim. */
export async function unlockScheduledEvents(db: Queryable, claimed: readonly ClaimedScheduledEvent[]): Promise<void> {
  for (const kind of ['cron', 'one_off'] as const) {
    const mine = claimed.filter((e) => e.kind === kind);
    if (mine.length === 0) continue;
    const query = compile(sql`
      UPDATE ${TABLES[kind].events} e SET status = 'scheduled', next_retry_at = u.previous_retry_at
      FROM unnest(${mine.map((e) => e.id)}::text[], ${mine.map((e) => e.lease)}::timestamptz[], ${mine.map((e) => e.previousRetryAt)}::timestamptz[])
        AS u(id, lease, previous_retry_at)
      WHERE e.id = u.id AND e.status = 'locked' AND e.next_retry_at = u.lease`);
    await db.query(query.text, query.values);
  }
}

/**
 * Hasura's `unlockAllLockedScheduledEventsTx` at start, limited to claims that cannot be a live
 * engine's: an expired lease, or no lease at all (a lock Hasura itself left). Another engine's
 * live claims stay locked, so a restart next to a running engine delivers nothing twice.
 */
export async function unlockAbandonedEvents(db: Queryable): Promise<number> {
  let unlocked = 0;
  for (const kind of ['cron', 'one_off'] as const) {
    const query = compile(sql`
      UPDATE ${TABLES[kind].events} SET status = 'scheduled', next_retry_at = NULL
      WHERE status = 'locked' AND (next_retry_at IS NULL OR next_retry_at < now())`);
    unlocked += (await db.query(query.text, query.values)).rowCount ?? 0;
  }
  return unlocked;
}

/**
 * Milliseconds until the next event falls due (a scheduled row's time, or a lease that runs
 * out), by the database's clock so the engine's clock cannot make the timer early or late;
 * undefined when nothing is waiting.
 */
export async function millisUntilNextDue(db: Queryable, cronTriggers: readonly string[]): Promise<number | undefined> {
  const query = compile(sql`
    SELECT (extract(epoch FROM min(t) - clock_timestamp()) * 1000)::float8 AS ms FROM (
      SELECT min(CASE WHEN status = 'scheduled' THEN coalesce(next_retry_at, scheduled_time) ELSE next_retry_at END) AS t
      FROM hdb_catalog.hdb_cron_events WHERE status IN ('scheduled', 'locked') AND trigger_name = ANY(${cronTriggers}::text[])
      UNION ALL
      SELECT min(CASE WHEN status = 'scheduled' THEN coalesce(next_retry_at, scheduled_time) ELSE next_retry_at END)
      FROM hdb_catalog.hdb_scheduled_events WHERE status IN ('scheduled', 'locked')
    ) due`);
  const result = await db.query(query.text, query.values);
  const ms = result.rows[0]?.ms;
  return ms === null || ms === undefined ? undefined : Number(ms);
}
