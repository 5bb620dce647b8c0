import type pg from 'pg';
import { compile, sql, type SQL } from '../sql/builder.js';
import { SCHEDULED_CHANNEL } from './catalog.js';
import { tablesOf } from './queue-sql.js';
import type { ScheduledEventKind, STRetryConf } from './types.js';
import type { EventTriggerHeader } from '../metadata/types.js';

/**
 * The metadata API's reads and writes of scheduled events (Hasura's `createOneOffScheduledEvent`,
 * `dropEvent`, `fetchScheduledEvents`, `fetchScheduledEventInvocations`). Timestamps come back
 * in aeson's UTCTime form, rows in scheduled-time order.
 */
type Queryable = Pick<pg.Pool, 'query'>;

/** aeson's UTCTime: seconds, then the fraction without trailing zeros, then Z. */
const utc = (column: SQL): SQL =>
  sql`CASE WHEN ${column} IS NULL THEN NULL ELSE rtrim(rtrim(to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z' END`;

export interface NewOneOffEvent {
  webhook: string;
  scheduleAt: Date;
  payload: unknown;
  headers: EventTriggerHeader[];
  retryConf: STRetryConf;
  comment: string | undefined;
}

/** Inserts the event and, in the same statement, NOTIFYs its due time (engines re-arm their timers at commit). */
export async function insertOneOffEvent(db: Queryable, event: NewOneOffEvent): Promise<string> {
  const query = compile(sql`
    WITH ins AS (
      INSERT INTO hdb_catalog.hdb_scheduled_events (webhook_conf, scheduled_time, payload, retry_conf, header_conf, comment)
      VALUES (${JSON.stringify(event.webhook)}::json, ${event.scheduleAt.toISOString()}::timestamptz, ${JSON.stringify(event.payload)}::json,
        ${JSON.stringify(event.retryConf)}::json, ${JSON.stringify(event.headers)}::json, ${event.comment ?? null}::text)
      RETURNING id, scheduled_time
    )
    SELECT id, pg_notify(${SCHEDULED_CHANNEL}, (extract(epoch FROM scheduled_time) * 1000)::bigint::text) FROM ins`);
  const result = await db.query(query.text, query.values);
  return result.rows[0].id;
}

export async function deleteEvent(db: Queryable, kind: ScheduledEventKind, id: string): Promise<number> {
  const query = compile(sql`DELETE FROM ${tablesOf(kind).events} WHERE id = ${id}::text`);
  return (await db.query(query.text, query.values)).rowCount ?? 0;
}

export interface EventFilter {
  kind: ScheduledEventKind;
  triggerName?: string;
  statuses?: string[];
  limit?: number;
  offset: number;
}

function where(filter: EventFilter): SQL {
  const conditions: SQL[] = [];
  if (filter.kind === 'cron') conditions.push(sql`trigger_name = ${filter.triggerName ?? ''}::text`);
  if (filter.statuses && filter.statuses.length > 0) conditions.push(sql`status = ANY(${filter.statuses}::text[])`);
  return conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql.empty;
}

const page = (filter: { limit?: number; offset: number }): SQL => sql`${filter.limit === undefined ? sql.empty : sql`LIMIT ${filter.limit}::int`} OFFSET ${filter.offset}::int`;

export async function fetchEvents(db: Queryable, filter: EventFilter, withCount: boolean): Promise<{ events: unknown[]; count?: number }> {
  const columns =
    filter.kind === 'cron'
      ? sql`id, trigger_name, ${utc(sql`scheduled_time`)} AS scheduled_time, status, tries, ${utc(sql`created_at`)} AS created_at, ${utc(sql`next_retry_at`)} AS next_retry_at`
      : sql`id, webhook_conf, ${utc(sql`scheduled_time`)} AS scheduled_time, retry_conf, payload, header_conf, status, tries,
          ${utc(sql`created_at`)} AS created_at, ${utc(sql`next_retry_at`)} AS next_retry_at, comment`;
  const table = tablesOf(filter.kind).events;
  const query = compile(sql`SELECT ${columns} FROM ${table} ${where(filter)} ORDER BY scheduled_time ASC, id ${page(filter)}`);
  const rows = (await db.query(query.text, query.values)).rows;
  if (!withCount) return { events: rows };
  const countQuery = compile(sql`SELECT count(*)::int AS n FROM ${table} ${where(filter)}`);
  return { events: rows, count: (await db.query(countQuery.text, countQuery.values)).rows[0].n };
}

export interface InvocationFilter {
  kind: ScheduledEventKind;
  eventId?: string;
  triggerName?: string;
  limit?: number;
  offset: number;
}

export async function fetchInvocations(db: Queryable, filter: InvocationFilter, withCount: boolean): Promise<{ invocations: unknown[]; count?: number }> {
  const { events, logs } = tablesOf(filter.kind);
  const condition =
    filter.eventId !== undefined
      ? sql`WHERE l.event_id = ${filter.eventId}::text`
      : filter.kind === 'cron'
        ? sql`WHERE l.event_id IN (SELECT id FROM ${events} WHERE trigger_name = ${filter.triggerName ?? ''}::text)`
        : sql.empty;
  const query = compile(sql`
    SELECT l.id, l.event_id, l.status, l.request, l.response, ${utc(sql`l.created_at`)} AS created_at
    FROM ${logs} l ${condition} ORDER BY l.created_at DESC, l.id ${page(filter)}`);
  const rows = (await db.query(query.text, query.values)).rows;
  if (!withCount) return { invocations: rows };
  const countQuery = compile(sql`SELECT count(*)::int AS n FROM ${logs} l ${condition}`);
  return { invocations: rows, count: (await db.query(countQuery.text, countQuery.values)).rows[0].n };
}
