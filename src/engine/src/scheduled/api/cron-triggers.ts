import type { MetadataHandler } from '../../metadata/api/context.js';
import { draftOf } from '../../metadata/edit.js';
import { alreadyExists, notExists, parseFailed } from '../../metadata/errors.js';
import { objectArg, stringArg } from '../../metadata/args.js';
import type { HasuraMetadata } from '../../metadata/types.js';
import { resolveHeaders, resolveTemplate } from '../../events/env-template.js';
import { cronTriggersOf, type CronTriggerMetadata } from '../types.js';
import { parseCreateCronTrigger } from './args.js';

/**
 * create_cron_trigger, delete_cron_trigger, get_cron_triggers (`RQL/DDL/ScheduledTrigger.hs`):
 * edits of the metadata's `cron_triggers`, applied through `ctx.setMetadata`. Applying drops
 * the future events of a replaced or deleted trigger and generates the next 100 of a new one.
 */
function withCronTriggers(metadata: HasuraMetadata, triggers: CronTriggerMetadata[]): HasuraMetadata {
  const next = draftOf(metadata);
  if (triggers.length > 0) next.cron_triggers = triggers;
  else delete next.cron_triggers;
  return next;
}

export const notFound = (name: string) => notExists(`cron trigger with name: ${name} does not exist`);

export const createCronTrigger: MetadataHandler = async (rawArgs, ctx) => {
  const { trigger, replace } = parseCreateCronTrigger(rawArgs);
  const current = ctx.getMetadata();
  const existing = cronTriggersOf(current);
  const exists = existing.some((t) => t.name === trigger.name);
  // Hasura: `replace: true` updates an existing trigger (and fails if there is none).
  if (replace && !exists) throw notFound(trigger.name);
  if (!replace && exists) throw alreadyExists(`cron trigger with name: ${trigger.name} already exists`);
  try {
    resolveTemplate(trigger.webhook, ctx.config.env);
    resolveHeaders(trigger.headers, ctx.config.env);
  } catch (error) {
    throw parseFailed((error as Error).message, '$.args');
  }
  const triggers = replace ? existing.map((t) => (t.name === trigger.name ? trigger : t)) : [...existing, trigger];
  await ctx.setMetadata(withCronTriggers(current, triggers));
  return { message: 'success' };
};

export const deleteCronTrigger: MetadataHandler = async (rawArgs, ctx) => {
  const name = stringArg(objectArg(rawArgs), 'name');
  const current = ctx.getMetadata();
  const existing = cronTriggersOf(current);
  if (!existing.some((t) => t.name === name)) throw notFound(name);
  await ctx.setMetadata(
    withCronTriggers(
      current,
      existing.filter((t) => t.name !== name),
    ),
  );
  return { message: 'success' };
};

export const getCronTriggers: MetadataHandler = async (_args, ctx) => ({ cron_triggers: cronTriggersOf(ctx.getMetadata()) });
