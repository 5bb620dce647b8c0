import type { EventTrigger, HasuraMetadata, QualifiedTable, SourceMetadata } from '../metadata/types.js';
import { DEFAULT_RETRY_CONF } from './retry-policy.js';

/**
 * The event triggers of the source this engine serves, flattened from metadata
 * (`sources[].tables[].event_triggers`). The engine's pool is the "default" source.
 */
export interface TriggerEntry {
  name: string;
  table: QualifiedTable;
  conf: EventTrigger;
  retry: { num_retries: number; interval_sec: number; timeout_sec: number };
}

export const DEFAULT_SOURCE = 'default';

export function eventSource(metadata: HasuraMetadata): SourceMetadata | undefined {
  return metadata.sources.find((s) => s.name === DEFAULT_SOURCE) ?? metadata.sources[0];
}

export function retryConfOf(conf: EventTrigger): TriggerEntry['retry'] {
  const r = conf.retry_conf ?? DEFAULT_RETRY_CONF;
  return {
    num_retries: r.num_retries ?? DEFAULT_RETRY_CONF.num_retries,
    interval_sec: r.interval_sec ?? DEFAULT_RETRY_CONF.interval_sec,
    timeout_sec: r.timeout_sec ?? DEFAULT_RETRY_CONF.timeout_sec,
  };
}

export function eventTriggersOf(metadata: HasuraMetadata): TriggerEntry[] {
  const source = eventSource(metadata);
  if (!source) return [];
  const entries: TriggerEntry[] = [];
  for (const table of source.tables ?? []) {
    for (const conf of table.event_triggers ?? []) {
      entries.push({ name: conf.name, table: table.table, conf, retry: retryConfOf(conf) });
    }
  }
  return entries;
}

export function findTrigger(metadata: HasuraMetadata, name: string): TriggerEntry | undefined {
  return eventTriggersOf(metadata).find((t) => t.name === name);
}

/**
 * How long a claim may stay locked before another processor may take the event again:
 * the request can take timeout_sec (capped at Hasura's 30 minutes) and recording the
 * outcome takes a little more.
 */
export function leaseSeconds(retry: TriggerEntry['retry'], marginSec: number): number {
  return Math.min(retry.timeout_sec, 30 * 60) + marginSec;
}
