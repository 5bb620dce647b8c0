import type { MetadataHandler } from '../../metadata/api/context.js';
import { draftOf, pruneEmptyLists, sourceIn, trackedTable } from '../../metadata/edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../metadata/errors.js';
import { objectArg, optionalString, showTable, sourceName } from '../../metadata/args.js';
import type { SourceMetadata } from '../../metadata/types.js';
import { resolveHeaders, resolveWebhookUrl } from '../env-template.js';
import { parseCreateEventTrigger, unknownColumns } from './trigger-args.js';

/**
 * pg_create_event_trigger (and legacy create_event_trigger) and pg_delete_event_trigger:
 * pure edits of the metadata, checked against the schema cache's catalog, applied through
 * `ctx.setMetadata` (which persists them and syncs the trigger SQL).
 */
function removeTrigger(source: SourceMetadata, name: string): boolean {
  let removed = false;
  for (const table of source.tables) {
    const before = table.event_triggers?.length ?? 0;
    if (!table.event_triggers) continue;
    table.event_triggers = table.event_triggers.filter((t) => t.name !== name);
    if (table.event_triggers.length !== before) removed = true;
    pruneEmptyLists(table);
  }
  return removed;
}

export function triggerExists(source: SourceMetadata, name: string): boolean {
  return source.tables.some((t) => (t.event_triggers ?? []).some((e) => e.name === name));
}

export const createEventTrigger: MetadataHandler = async (rawArgs, ctx) => {
  const request = parseCreateEventTrigger(rawArgs);
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, request.source);
  const entry = trackedTable(source, request.table);
  // The event log, its triggers and the delivery loop live in the engine's own database: a trigger
  // on another source would be stored and never fire, so it is refused rather than kept silently.
  if (request.source !== 'default') {
    throw new MetadataApiError('not-supported', `event triggers are supported on the "default" source only; "${request.source}" is an added source`);
  }
  const name = request.trigger.name;
  if (triggerExists(source, name)) {
    if (!request.replace) throw alreadyExists(`Event trigger with name "${name}" already exists`);
    removeTrigger(source, name);
  }
  // The schema cache's columns: what the trigger SQL will be generated from when the metadata is applied.
  const columns = await ctx.tableColumns(request.table);
  if (!columns) throw notExists(`table "${showTable(request.table)}" does not exist`);
  const missing = unknownColumns(
    request.trigger,
    columns.map((c) => c.name),
  );
  if (missing.length > 0) throw notExists(`column "${missing[0]}" does not exist on table "${showTable(request.table)}"`);
  try {
    resolveWebhookUrl(request.trigger, ctx.config.env);
    resolveHeaders(request.trigger.headers, ctx.config.env);
  } catch (error) {
    throw parseFailed((error as Error).message, '$.args');
  }
  (entry.event_triggers ??= []).push(request.trigger);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

export const deleteEventTrigger: MetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = optionalString(args, 'name');
  if (name === undefined) throw parseFailed('key "name" not found');
  const draft = draftOf(ctx.getMetadata());
  const source = sourceIn(draft, sourceName(args));
  if (!removeTrigger(source, name)) throw notExists(`event trigger with name "${name}" does not exist`);
  await ctx.setMetadata(draft);
  // The sync archives events of triggers whose SQL it drops; a manual-only trigger has none.
  await ctx.pool.query(`UPDATE hdb_catalog.event_log SET archived = 't' WHERE trigger_name = $1`, [name]);
  return { message: 'success' };
};
