import pg from 'pg';
import { configFromEnv } from '@3factor/engine/config.js';
import { createEventsService } from '@3factor/engine/events/index.js';
import { createLogger } from '@3factor/engine/platform/logger.js';
import type { HasuraMetadata } from '@3factor/engine/metadata/types.js';

/**
 * One benchmark mode: an events service over a fresh table with one INSERT trigger, then
 * (1) latency: single-row inserts 10 ms apart, each timed from the moment its INSERT is
 *     sent (an upper bound on commit time) to the webhook's arrival stamp;
 * (2) throughput: a burst written by four concurrent writers in 250-row transactions,
 *     events/s from the first INSERT to the last webhook arrival.
 */
export interface Mode {
  name: string;
  notify: boolean;
  fetchIntervalMs: number;
}

export interface ModeResult {
  mode: Mode;
  latencyMs: number[];
  throughput: { events: number; seconds: number; perSecond: number; recordedSeconds: number; insertSeconds: number };
  errors: number;
}

export interface Webhook {
  url: string;
  /** Arrivals since the last call: [table, row id, epoch ms]. */
  collect(): Promise<[string, number, number][]>;
}

export const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function metadataFor(table: string, webhook: string): HasuraMetadata {
  return {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } },
        tables: [
          {
            table: { schema: 'public', name: table },
            event_triggers: [
              {
                name: table,
                definition: { enable_manual: false, insert: { columns: '*' } },
                retry_conf: { num_retries: 0, interval_sec: 10, timeout_sec: 60 },
                webhook,
              },
            ],
          },
        ],
      },
    ],
  };
}

async function waitForArrivals(webhook: Webhook, table: string, ids: Set<number>, into: Map<number, number>): Promise<void> {
  const deadline = now() + 120_000;
  while ([...ids].some((id) => !into.has(id))) {
    if (now() > deadline) throw new Error(`${table}: only ${into.size} of ${ids.size} events arrived`);
    await sleep(50);
    for (const [t, id, at] of await webhook.collect()) if (t === table && !into.has(Number(id))) into.set(Number(id), at);
  }
}

export async function runMode(databaseUrl: string, webhook: Webhook, mode: Mode, sizes: { latencyEvents: number; throughputEvents: number }): Promise<ModeResult> {
  const table = `bench_${mode.name.replace(/\W+/g, '_').toLowerCase()}`;
  const writer = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const enginePool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Idle connections are cut when the throwaway cluster stops; that is not a failure.
  for (const pool of [writer, enginePool]) pool.on('error', () => {});
  await writer.query(`DROP TABLE IF EXISTS public.${table}; CREATE TABLE public.${table} (id bigint PRIMARY KEY, note text)`);
  const metadata = metadataFor(table, webhook.url);
  const config = configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: databaseUrl });
  config.events = { ...config.events, notify: mode.notify, fetchIntervalMs: mode.fetchIntervalMs, httpPoolSize: 100, fetchBatchSize: 100 };
  let errors = 0;
  const service = createEventsService({
    pool: enginePool,
    config,
    getMetadata: () => metadata,
    // Only errors are counted; nothing is printed while measuring.
    logger: createLogger({ level: 'error', destination: { write: () => void errors++ } }),
  });
  await service.applyMetadata(metadata);
  await service.start();
  try {
    // Warm-up: connections, keep-alive sockets, JIT.
    const warm = new Set<number>();
    for (let id = -200; id < 0; id++) {
      await writer.query(`INSERT INTO public.${table} (id, note) VALUES ($1, 'warm-up')`, [id]);
      warm.add(id);
    }
    await waitForArrivals(webhook, table, warm, new Map());

    const sentAt = new Map<number, number>();
    for (let id = 1; id <= sizes.latencyEvents; id++) {
      sentAt.set(id, now());
      await writer.query(`INSERT INTO public.${table} (id, note) VALUES ($1, 'latency')`, [id]);
      await sleep(10);
    }
    const arrived = new Map<number, number>();
    await waitForArrivals(webhook, table, new Set(sentAt.keys()), arrived);
    const latencyMs = [...sentAt].map(([id, at]) => arrived.get(id)! - at);

    const first = 1_000_000;
    const burst = new Set<number>();
    for (let i = 0; i < sizes.throughputEvents; i++) burst.add(first + i);
    const started = now();
    const chunk = 250;
    let next = first;
    const last = first + sizes.throughputEvents;
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (next < last) {
          const from = next;
          next = Math.min(next + chunk, last);
          await writer.query(`INSERT INTO public.${table} (id, note) SELECT g, 'burst' FROM generate_series($1::bigint, $2::bigint) g`, [from, next - 1]);
        }
      }),
    );
    const inserted = now();
    const burstArrived = new Map<number, number>();
    await waitForArrivals(webhook, table, burst, burstArrived);
    const lastArrival = Math.max(...burstArrived.values());
    for (;;) {
      const { rows } = await writer.query(
        `SELECT count(*)::int AS n FROM hdb_catalog.event_log WHERE trigger_name = $1 AND delivered AND (payload->'data'->'new'->>'id')::bigint >= $2`,
        [table, first],
      );
      if (rows[0].n === sizes.throughputEvents) break;
      await sleep(20);
    }
    const recorded = now();
    const seconds = (lastArrival - started) / 1000;
    return {
      mode,
      latencyMs,
      throughput: {
        events: sizes.throughputEvents,
        seconds,
        perSecond: sizes.throughputEvents / seconds,
        recordedSeconds: (recorded - started) / 1000,
        insertSeconds: (inserted - started) / 1000,
      },
      errors,
    };
  } finally {
    await service.stop();
    await writer.query(`DROP TABLE IF EXISTS public.${table}`).catch(() => {});
    await writer.query(`DELETE FROM hdb_catalog.event_invocation_logs WHERE trigger_name = $1`, [table]).catch(() => {});
    await writer.query(`DELETE FROM hdb_catalog.event_log WHERE trigger_name = $1`, [table]).catch(() => {});
    await writer.end();
    await enginePool.end();
  }
}
