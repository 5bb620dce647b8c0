import type { MetadataHandler } from '../../metadata/api/context.js';
import { notExists, parseFailed } from '../../metadata/errors.js';
import { objectArg, optionalString } from '../../metadata/args.js';
import { compile, sql, type SQL } from '../../sql/builder.js';

/**
 * pg_get_event_logs, pg_get_event_invocation_logs, pg_get_event_by_id
 * (`docs/docs/api-reference/metadata-api/event-triggers.mdx`). Rows are built as JSON in
 * Postgres so timestamps keep Hasura's zone-less ISO text.
 */
const EVENT_JSON = sql`json_build_object(
  'id', l.id, 'schema_name', l.schema_name, 'table_name', l.table_name, 'trigger_name', l.trigger_name,
  'payload', l.payload, 'delivered', l.delivered, 'error', l.error, 'tries', l.tries,
  'created_at', l.created_at, 'locked', l.locked, 'next_retry_at', l.next_retry_at, 'archived', l.archived)`;

const INVOCATION_JSON = sql`json_build_object(
  'id', i.id, 'trigger_name', i.trigger_name, 'event_id', i.event_id, 'http_status', i.status,
  'request', i.request, 'response', i.response, 'created_at', i.created_at)`;

function count(args: Record<string, unknown>, key: string, fallback: number): number {
  const value = args[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw parseFailed(`expected a non-negative integer`, `$.args.${key}`);
  return value;
}

function requiredString(args: Record<string, unknown>, key: string): string {
  const value = optionalString(args, key);
  if (value === undefined) throw parseFailed(`key "${key}" not found`);
  return value;
}

async function jsonRows(ctx: Parameters<MetadataHandler>[1], fragment: SQL): Promise<unknown[]> {
  const query = compile(fragment);
  const result = await ctx.pool.query(query.text, query.values);
  return result.rows.map((r) => r.row);
}

/** {name, status?: pending | processed, limit = 100, offset = 0}: newest first. */
export const getEventLogs: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = requiredString(args, 'name');
  const status = optionalString(args, 'status');
  let filter = sql``;
  if (status === 'pending') filter = sql` AND l.delivered = 'f' AND l.error = 'f'`;
  else if (status === 'processed') filter = sql` AND (l.delivered = 't' OR l.error = 't')`;
  else if (status !== undefined && status !== 'all') throw parseFailed('status can be "pending", "processed" or "all"', '$.args.status');
  return jsonRows(
    ctx,
    sql`
    SELECT ${EVENT_JSON} AS row FROM hdb_catalog.event_log l
    WHERE l.trigger_name = ${name} AND l.archived = 'f'${filter}
    ORDER BY l.created_at DESC, l.id
    LIMIT ${count(args, 'limit', 100)} OFFSET ${count(args, 'offset', 0)}`,
  );
};

/** {name, limit = 100, offset = 0}: every attempt of the trigger's events, newest first. */
export const getEventInvocationLogs: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = requiredString(args, 'name');
  return jsonRows(
    ctx,
    sql`
    SELECT ${INVOCATION_JSON} AS row FROM hdb_catalog.event_invocation_logs i
    WHERE i.trigger_name = ${name}
    ORDER BY i.created_at DESC, i.id
    LIMIT ${count(args, 'limit', 100)} OFFSET ${count(args, 'offset', 0)}`,
  );
};

/** {event_id, invocation_log_limit = 100, invocation_log_offset = 0} -> {event, invocations}. */
export const getEventById: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const eventId = requiredString(args, 'event_id');
  const [event] = await jsonRows(ctx, sql`SELECT ${EVENT_JSON} AS row FROM hdb_catalog.event_log l WHERE l.id = ${eventId}`);
  if (event === undefined) throw notExists(`event with id "${eventId}" not found`);
  const invocations = await jsonRows(
    ctx,
    sql`
    SELECT ${INVOCATION_JSON} AS row FROM hdb_catalog.event_invocation_logs i
    WHERE i.event_id = ${eventId}
    ORDER BY i.created_at DESC, i.id
    LIMIT ${count(args, 'invocation_log_limit', 100)} OFFSET ${count(args, 'invocation_log_offset', 0)}`,
  );
  return { event, invocations };
};
