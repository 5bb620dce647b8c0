import pg from 'pg';
import { configFromEnv, type EngineConfig } from '../../../src/config.js';
import type { EventTrigger, HasuraMetadata, QualifiedTable } from '../../../src/metadata/types.js';
import { createEventsService, type EventsService } from '../../../src/events/index.js';
import { createLogger } from '../../../src/platform/logger.js';
import { introspectDatabase } from '../../../src/introspection/index.js';
import type { MetadataContext } from '../../../src/metadata/api/context.js';
import { tableColumnsOf } from '../../../src/schema-cache/table-columns.js';

/** Engine config for a test database, with event settings small enough for fast tests. */
export function testConfig(databaseUrl: string, events: Partial<EngineConfig['events']> = {}, env: Record<string, string> = {}): EngineConfig {
  const config = configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: databaseUrl, ...env });
  config.events = { ...config.events, fetchIntervalMs: 100, leaseMarginSec: 1, shutdownTimeoutSec: 5, ...events };
  return config;
}

/** Metadata with one "default" source whose tables carry the given triggers. */
export function metadataWith(entries: { table: QualifiedTable; triggers: EventTrigger[] }[]): HasuraMetadata {
  return {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } },
        tables: entries.map((e) => ({ table: e.table, event_triggers: e.triggers })),
      },
    ],
  };
}

export function trigger(name: string, webhook: string, rest: Partial<EventTrigger> = {}): EventTrigger {
  return {
    name,
    definition: { enable_manual: false, insert: { columns: '*' }, update: { columns: '*' }, delete: { columns: '*' } },
    retry_conf: { num_retries: 0, interval_sec: 10, timeout_sec: 60 },
    webhook,
    ...rest,
  };
}

export interface RunningEvents {
  service: EventsService;
  logs: Record<string, unknown>[];
  setMetadata(next: HasuraMetadata): Promise<void>;
  getMetadata(): HasuraMetadata;
}

/** An events service over `pool` with its metadata applied and started. */
export async function startEvents(pool: pg.Pool, config: EngineConfig, metadata: HasuraMetadata): Promise<RunningEvents> {
  let current = metadata;
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ destination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
  const service = createEventsService({ pool, config, getMetadata: () => current, logger });
  await service.applyMetadata(current);
  await service.start();
  return {
    service,
    logs,
    getMetadata: () => current,
    async setMetadata(next) {
      current = next;
      await service.applyMetadata(next);
    },
  };
}

/** Polls a database condition until it holds (for state written after a webhook answered). */
/**
 * What the metadata API hands the event operations, around a running events service. Without an
 * engine there is no schema cache: a table's columns come from a catalog read, as the executor's
 * do after SQL ran in the request.
 */
export function metadataContext(pool: pg.Pool, config: EngineConfig, events: RunningEvents): MetadataContext {
  return {
    pool,
    config,
    getMetadata: events.getMetadata,
    setMetadata: events.setMetadata,
    tableColumns: async (table) => tableColumnsOf(await introspectDatabase(pool), table),
  };
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function scalar<T = unknown>(pool: pg.Pool, text: string, values: unknown[] = []): Promise<T> {
  const result = await pool.query(text, values);
  return Object.values(result.rows[0] ?? {})[0] as T;
}
