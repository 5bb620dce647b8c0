import type { MetadataHandler } from '../../metadata/api/context.js';
import { objectArg, optionalString, stringArg } from '../../metadata/args.js';
import { parseFailed } from '../../metadata/errors.js';
import { ensureScheduledCatalog } from '../catalog.js';
import { deleteEvent, fetchEvents, fetchInvocations, insertOneOffEvent } from '../events-sql.js';
import { cronTriggersOf } from '../types.js';
import { parseCreateScheduledEvent, parseEventKind, parsePage } from './args.js';
import { notFound } from './cron-triggers.js';

/**
 * create_scheduled_event, delete_scheduled_event, get_scheduled_events and
 * get_scheduled_event_invocations (`RQL/DDL/ScheduledTrigger.hs`). One-off events are rows,
 * not metadata: the webhook template, headers and retry_conf are stored with the event and
 * resolved when it is delivered.
 */
export const createScheduledEvent: MetadataHandler = async (rawArgs, ctx) => {
  const event = parseCreateScheduledEvent(rawArgs);
  await ensureScheduledCatalog(ctx.pool);
  const id = await insertOneOffEvent(ctx.pool, event);
  return { message: 'success', event_id: id };
};

export const deleteScheduledEvent: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const kind = parseEventKind(args);
  await deleteEvent(ctx.pool, kind, stringArg(args, 'event_id'));
  return { message: 'success' };
};

function cronTriggerName(args: Record<string, unknown>, ctx: Parameters<MetadataHandler>[1]): string {
  const name = optionalString(args, 'trigger_name');
  if (name === undefined) throw parseFailed('key "trigger_name" not found');
  if (!cronTriggersOf(ctx.getMetadata()).some((t) => t.name === name)) throw notFound(name);
  return name;
}

export const getScheduledEvents: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const kind = parseEventKind(args);
  const triggerName = kind === 'cron' ? cronTriggerName(args, ctx) : undefined;
  const statusArg = args.status ?? args.scheduled_event_status;
  const statuses = statusArg === undefined || statusArg === null ? undefined : Array.isArray(statusArg) ? statusArg.map(String) : [String(statusArg)];
  const { limit, offset, getRowsCount } = parsePage(args);
  await ensureScheduledCatalog(ctx.pool);
  return fetchEvents(ctx.pool, { kind, triggerName, statuses, limit, offset }, getRowsCount);
};

export const getScheduledEventInvocations: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const kind = parseEventKind(args);
  const eventId = optionalString(args, 'event_id');
  const triggerName = eventId === undefined && kind === 'cron' ? cronTriggerName(args, ctx) : undefined;
  const { limit, offset, getRowsCount } = parsePage(args);
  await ensureScheduledCatalog(ctx.pool);
  return fetchInvocations(ctx.pool, { kind, eventId, triggerName, limit, offset }, getRowsCount);
};
