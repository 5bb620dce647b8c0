import { checkTransformArgs } from './transform-args.js';
import type { ColumnList, EventTrigger, EventTriggerHeader, QualifiedTable } from '../../metadata/types.js';
import { objectArg, optionalBool, optionalString, qualifiedName, sourceName } from '../../metadata/args.js';
import { parseFailed } from '../../metadata/errors.js';
import { DEFAULT_RETRY_CONF } from '../retry-policy.js';

/**
 * `create_event_trigger` / `pg_create_event_trigger` arguments checked the way Hasura's
 * `FromJSON CreateEventTriggerQuery` (`RQL/DDL/EventTrigger.hs`) checks them, and turned
 * into the metadata entry Hasura stores (`EventTriggerConf`, as `export_metadata` shows it).
 */
export interface CreateEventTrigger {
  source: string;
  table: QualifiedTable;
  replace: boolean;
  trigger: EventTrigger;
}

export const MAX_TRIGGER_NAME_LENGTH = 42;
const OPS = ['insert', 'update', 'delete'] as const;

/** Hasura's trigger-name rule: it becomes part of SQL identifiers (`notify_hasura_<name>_UPDATE` <= 63). */
export function checkTriggerName(name: string): void {
  if (name.length === 0) throw parseFailed('event trigger name cannot be empty', '$');
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw parseFailed('only alphanumeric and underscore and hyphens allowed for name', '$');
  if (name.length > MAX_TRIGGER_NAME_LENGTH) {
    throw parseFailed(`event trigger name can be at most ${MAX_TRIGGER_NAME_LENGTH} characters`, '$');
  }
}

function columnList(value: unknown, path: string): ColumnList {
  if (value === '*') return '*';
  if (Array.isArray(value) && value.every((c) => typeof c === 'string')) {
    if (value.length === 0) throw parseFailed('column list cannot be empty', path);
    return value as string[];
  }
  throw parseFailed(`expected "*" or an array of column names`, path);
}

function opSpec(value: unknown, path: string): { columns: ColumnList; payload?: ColumnList } | undefined {
  if (value === undefined || value === null) return undefined;
  const spec = objectArg(value, path);
  const parsed: { columns: ColumnList; payload?: ColumnList } = { columns: columnList(spec.columns, `${path}.columns`) };
  if (spec.payload !== undefined && spec.payload !== null) parsed.payload = columnList(spec.payload, `${path}.payload`);
  return parsed;
}

function retryConf(value: unknown): EventTrigger['retry_conf'] {
  if (value === undefined || value === null) return { ...DEFAULT_RETRY_CONF };
  const r = objectArg(value, '$.args.retry_conf');
  const int = (key: string, fallback: number) => {
    const v = r[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw parseFailed(`expected a non-negative integer`, `$.args.retry_conf.${key}`);
    return v;
  };
  return {
    num_retries: int('num_retries', DEFAULT_RETRY_CONF.num_retries),
    interval_sec: int('interval_sec', DEFAULT_RETRY_CONF.interval_sec),
    timeout_sec: int('timeout_sec', DEFAULT_RETRY_CONF.timeout_sec),
  };
}

function headers(value: unknown): EventTriggerHeader[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw parseFailed('expected an array of headers', '$.args.headers');
  return value.map((raw, i) => {
    const h = objectArg(raw, `$.args.headers[${i}]`);
    const name = optionalString(h, 'name', `$.args.headers[${i}]`);
    if (!name) throw parseFailed('key "name" not found', `$.args.headers[${i}]`);
    const fromEnv = optionalString(h, 'value_from_env', `$.args.headers[${i}]`);
    const plain = optionalString(h, 'value', `$.args.headers[${i}]`);
    if (fromEnv !== undefined) return { name, value_from_env: fromEnv };
    if (plain !== undefined) return { name, value: plain };
    throw parseFailed('expecting value or value_from_env keys', `$.args.headers[${i}]`);
  });
}

export function parseCreateEventTrigger(raw: unknown): CreateEventTrigger {
  const args = objectArg(raw);
  const name = optionalString(args, 'name');
  if (name === undefined) throw parseFailed('key "name" not found', '$');
  checkTriggerName(name);
  const table = qualifiedName(args.table, '$.args.table');
  const definition: EventTrigger['definition'] = { enable_manual: optionalBool(args, 'enable_manual') ?? false };
  for (const op of OPS) {
    const spec = opSpec(args[op], `$.args.${op}`);
    if (spec) definition[op] = spec;
  }
  if (!definition.insert && !definition.update && !definition.delete && !definition.enable_manual) {
    throw parseFailed('atleast one amongst insert/update/delete/enable_manual spec must be provided', '$');
  }
  const webhook = optionalString(args, 'webhook');
  const webhookFromEnv = optionalString(args, 'webhook_from_env');
  if (webhook !== undefined && webhookFromEnv !== undefined) {
    throw parseFailed('Only one of webhook or webhook_from_env should be given', '$');
  }
  if (webhook === undefined && webhookFromEnv === undefined) {
    throw parseFailed('Either webhook or webhook_from_env should be given', '$');
  }
  const trigger: EventTrigger = { name, definition, retry_conf: retryConf(args.retry_conf) };
  if (webhook !== undefined) trigger.webhook = webhook;
  else trigger.webhook_from_env = webhookFromEnv;
  const headerList = headers(args.headers);
  if (headerList.length > 0) trigger.headers = headerList;
  // Kept verbatim so export_metadata returns them; delivery applies the request transform.
  checkTransformArgs(args);
  const extra = trigger as unknown as Record<string, unknown>;
  for (const key of ['request_transform', 'response_transform', 'cleanup_config', 'trigger_on_replication']) {
    if (args[key] !== undefined && args[key] !== null) extra[key] = args[key];
  }
  return { source: sourceName(args), table, replace: optionalBool(args, 'replace') ?? false, trigger };
}

/** Columns named by the trigger that the table does not have. */
export function unknownColumns(trigger: EventTrigger, tableColumns: readonly string[]): string[] {
  const known = new Set(tableColumns);
  const named = new Set<string>();
  for (const op of OPS) {
    const spec = trigger.definition[op];
    if (!spec) continue;
    for (const list of [spec.columns, spec.payload]) if (Array.isArray(list)) list.forEach((c) => named.add(c));
  }
  return [...named].filter((c) => !known.has(c));
}
