import { checkTransformArgs } from '../../events/api/transform-args.js';
import { objectArg, optionalBool, optionalString, stringArg } from '../../metadata/args.js';
import { parseFailed } from '../../metadata/errors.js';
import type { EventTriggerHeader } from '../../metadata/types.js';
import { CronParseError, parseCron } from '../cron.js';
import { DEFAULT_ST_RETRY_CONF, type CronTriggerMetadata, type ScheduledEventKind, type STRetryConf } from '../types.js';

/**
 * The arguments of the scheduled-trigger operations, read as Hasura's FromJSON instances read
 * them (`RQL/Types/ScheduledTrigger.hs`), failing with its parse errors. Pure.
 */
export function parseRetryConf(value: unknown, path = '$.args.retry_conf'): STRetryConf {
  if (value === undefined || value === null) return { ...DEFAULT_ST_RETRY_CONF };
  const obj = objectArg(value, path);
  const conf = { ...DEFAULT_ST_RETRY_CONF };
  for (const key of Object.keys(DEFAULT_ST_RETRY_CONF) as (keyof STRetryConf)[]) {
    const raw = obj[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'number' || !Number.isFinite(raw)) throw parseFailed(`expected Number, but encountered ${typeof raw}`, `${path}.${key}`);
    // Hasura refines num_retries as non-negative and the three durations as positive.
    if (key === 'num_retries' ? raw < 0 || !Number.isInteger(raw) : raw <= 0) {
      throw parseFailed(`${key} must be a ${key === 'num_retries' ? 'non-negative integer' : 'positive number'}`, `${path}.${key}`);
    }
    conf[key] = raw;
  }
  return conf;
}

export function parseHeaders(value: unknown, path = '$.args.headers'): EventTriggerHeader[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw parseFailed('expected Array', path);
  return value.map((raw, i) => {
    const at = `${path}[${i}]`;
    const obj = objectArg(raw, at);
    const name = stringArg(obj, 'name', at);
    const fromEnv = optionalString(obj, 'value_from_env', at);
    if (fromEnv !== undefined) return { name, value_from_env: fromEnv };
    const headerValue = optionalString(obj, 'value', at);
    if (headerValue === undefined) throw parseFailed('expecting either value or value_from_env keys', at);
    return { name, value: headerValue };
  });
}

export function parseSchedule(value: string): void {
  try {
    parseCron(value);
  } catch (error) {
    if (error instanceof CronParseError) throw parseFailed(error.message, '$.args.schedule');
    throw error;
  }
}

export interface CreateCronTriggerArgs {
  trigger: CronTriggerMetadata;
  replace: boolean;
}

/**
 * `create_cron_trigger`. The stored entry has the keys Hasura's `CronTriggerMetadata` exports:
 * retry_conf only when it differs from the default, headers only when there are some.
 */
export function parseCreateCronTrigger(raw: unknown): CreateCronTriggerArgs {
  const args = objectArg(raw);
  const name = stringArg(args, 'name');
  const webhook = stringArg(args, 'webhook');
  const schedule = stringArg(args, 'schedule');
  parseSchedule(schedule);
  const includeInMetadata = optionalBool(args, 'include_in_metadata');
  if (includeInMetadata === undefined) throw parseFailed('key "include_in_metadata" not found');
  const retry = parseRetryConf(args.retry_conf);
  const headers = parseHeaders(args.headers);
  const comment = optionalString(args, 'comment');
  const trigger: CronTriggerMetadata = { name, webhook, schedule, include_in_metadata: includeInMetadata };
  if (args.payload !== undefined && args.payload !== null) trigger.payload = args.payload;
  if (JSON.stringify(retry) !== JSON.stringify(DEFAULT_ST_RETRY_CONF)) trigger.retry_conf = retry;
  if (headers.length > 0) trigger.headers = headers;
  if (comment !== undefined) trigger.comment = comment;
  checkTransformArgs(args);
  for (const key of ['request_transform', 'response_transform']) if (args[key] !== undefined && args[key] !== null) trigger[key] = args[key];
  return { trigger, replace: optionalBool(args, 'replace') ?? false };
}

export interface CreateScheduledEventArgs {
  webhook: string;
  scheduleAt: Date;
  payload: unknown;
  headers: EventTriggerHeader[];
  retryConf: STRetryConf;
  comment: string | undefined;
}

export function parseCreateScheduledEvent(raw: unknown): CreateScheduledEventArgs {
  const args = objectArg(raw);
  const webhook = stringArg(args, 'webhook');
  const at = stringArg(args, 'schedule_at');
  // Hasura reads a UTCTime: an ISO 8601 date-time, with a zone or read as UTC.
  const scheduleAt = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(at) ? at : `${at}Z`);
  if (!/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(at) || Number.isNaN(scheduleAt.getTime())) throw parseFailed(`could not parse timestamp: ${at}`, '$.args.schedule_at');
  return {
    webhook,
    scheduleAt,
    payload: args.payload ?? null,
    headers: parseHeaders(args.headers),
    retryConf: parseRetryConf(args.retry_conf),
    comment: optionalString(args, 'comment'),
  };
}

export function parseEventKind(args: Record<string, unknown>): ScheduledEventKind {
  const kind = stringArg(args, 'type');
  if (kind !== 'cron' && kind !== 'one_off') throw parseFailed(`expected one of "one_off", "cron", but encountered ${JSON.stringify(kind)}`, '$.args.type');
  return kind;
}

export interface Page {
  limit: number | undefined;
  offset: number;
  getRowsCount: boolean;
}

export function parsePage(args: Record<string, unknown>): Page {
  const number = (key: string): number | undefined => {
    const v = args[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw parseFailed(`expected a non-negative integer`, `$.args.${key}`);
    return v;
  };
  return { limit: number('limit'), offset: number('offset') ?? 0, getRowsCount: optionalBool(args, 'get_rows_count') ?? false };
}
