import type { EventTriggerHeader, HasuraMetadata } from '../metadata/types.js';

/**
 * Scheduled triggers' metadata and configuration as Hasura v2 defines them
 * (`RQL/Types/ScheduledTrigger.hs`): `cron_triggers.yaml` entries and the retry settings that
 * cron triggers and one-off events share.
 */
export interface STRetryConf {
  num_retries: number;
  retry_interval_seconds: number;
  timeout_seconds: number;
  /** An event found more than this many seconds after its scheduled time is marked dead, not sent. */
  tolerance_seconds: number;
}

/** Hasura's `defaultSTRetryConf`: no retries, 10 s apart, 60 s timeout, 6 hours of tolerance. */
export const DEFAULT_ST_RETRY_CONF: STRetryConf = { num_retries: 0, retry_interval_seconds: 10, timeout_seconds: 60, tolerance_seconds: 21600 };

export interface CronTriggerMetadata {
  name: string;
  /** A URL template: `{{ENV_VAR}}` parts are read from the environment when delivering. */
  webhook: string;
  schedule: string;
  payload?: unknown;
  headers?: EventTriggerHeader[];
  retry_conf?: Partial<STRetryConf>;
  include_in_metadata: boolean;
  comment?: string | null;
  [other: string]: unknown;
}

export type ScheduledEventKind = 'cron' | 'one_off';

export function retryConfOf(value: Partial<STRetryConf> | null | undefined): STRetryConf {
  return { ...DEFAULT_ST_RETRY_CONF, ...(value ?? {}) };
}

/** The cron triggers of a metadata document (`cron_triggers`, kept verbatim by the loader). */
export function cronTriggersOf(metadata: HasuraMetadata): CronTriggerMetadata[] {
  const list = metadata.cron_triggers;
  return Array.isArray(list) ? (list as CronTriggerMetadata[]) : [];
}
