import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../paths.js';
import type { TriggerTarget } from './trigger-lookup.js';

/** The fields of the engine's ClaimedEvent (src/engine/src/events/webhook-body.ts) a payload is built from. */
export interface EventFields {
  id: string;
  schemaName: string;
  tableName: string;
  triggerName: string;
  op: string;
  sessionVariables: string;
  oldData: string;
  newData: string;
  traceContext: string;
  tries: number;
  createdAt: string;
  createdMs: number;
  locked: string;
}

interface WebhookBodyModule {
  webhookBody(event: EventFields, maxRetries: number): string;
}

/** `YYYY-MM-DDTHH:MI:SS.ffffff` in UTC, the way event_log.created_at reads back. */
function timestamp(now: Date): string {
  return now.toISOString().replace('Z', '000');
}

export interface PayloadRequest {
  trigger: TriggerTarget;
  op: string;
  /** Row JSON as Postgres' row_to_json prints it; `null` text when absent. */
  oldRow: string;
  newRow: string;
  eventId?: string;
  now?: Date;
}

/** The fields of the event the engine would deliver for this change (first attempt, admin session). */
export function eventFields(request: PayloadRequest): EventFields {
  const now = request.now ?? new Date();
  return {
    id: request.eventId ?? randomUUID(),
    schemaName: request.trigger.table.schema,
    tableName: request.trigger.table.name,
    triggerName: request.trigger.name,
    op: request.op,
    sessionVariables: '{"x-hasura-role":"admin"}',
    oldData: request.oldRow,
    newData: request.newRow,
    traceContext: 'null',
    tries: 0,
    createdAt: timestamp(now),
    createdMs: now.getTime(),
    locked: '',
  };
}

/**
 * The webhook body, built by the engine's own builder so it is byte for byte what a
 * delivery sends. Imported at run time by path: the dev tooling does not compile against
 * the engine (project references may not form a cycle).
 */
export async function hasuraEventBody(request: PayloadRequest): Promise<string> {
  const module = (await import(pathToFileURL(join(repoRoot, 'src', 'engine', 'src', 'events', 'webhook-body.ts')).href)) as WebhookBodyModule;
  return module.webhookBody(eventFields(request), request.trigger.maxRetries);
}
