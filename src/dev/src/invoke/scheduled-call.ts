import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../paths.js';

/** A cron trigger as the metadata defines it (cron_triggers.yaml). */
export interface CronTarget {
  name: string;
  /** The webhook's path once `{{ACTION_BASE_URL}}` is taken off: `/order-sweeper`. */
  path: string;
  functionName: string;
  payload: unknown;
  comment: string | null;
}

interface CronEntry {
  name?: string;
  webhook?: string;
  payload?: unknown;
  comment?: string | null;
}

export function cronTargets(metadata: Record<string, unknown>): CronTarget[] {
  const crons = (Array.isArray(metadata.cron_triggers) ? metadata.cron_triggers : []) as CronEntry[];
  return crons.flatMap((cron): CronTarget[] => {
    const path = (cron.webhook ?? '').replace(/^\{\{\s*[A-Z0-9_]+\s*\}\}/, '').replace(/^https?:\/\/[^/]+/, '');
    const functionName = path.split('/').filter(Boolean)[0];
    if (!cron.name || !functionName) return [];
    return [{ name: cron.name, path, functionName, payload: cron.payload ?? null, comment: cron.comment ?? null }];
  });
}

interface ScheduledBodyModule {
  scheduledWebhookBody(input: { id: string; name?: string; scheduledTime: string; payload: string; comment: string | null | undefined; createdAt?: string }): string;
}

/** Hasura's UTCTime form: `2020-05-19T09:44:00.5Z` (fraction only when there is one). */
function hasuraTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.000Z$/, 'Z')
    .replace(/(\.\d*?)0+Z$/, '$1Z');
}

/**
 * The body the engine POSTs for a scheduled event due now: a cron trigger's (`name` set) or a
 * one-off event's, built by the engine's src/engine/src/scheduled/webhook-body.ts (imported at
 * run time, as the dev tooling does not compile against the engine).
 */
export async function scheduledBody(event: { name?: string; payload: unknown; comment: string | null }, now = new Date()): Promise<string> {
  const module = (await import(pathToFileURL(join(repoRoot, 'src', 'engine', 'src', 'scheduled', 'webhook-body.ts')).href)) as ScheduledBodyModule;
  return module.scheduledWebhookBody({
    id: randomUUID(),
    ...(event.name !== undefined ? { name: event.name } : { createdAt: hasuraTime(now) }),
    scheduledTime: hasuraTime(now),
    payload: JSON.stringify(event.payload),
    comment: event.comment,
  });
}
