/**
 * Scheduled-event lateness: how long after its `scheduled_time` a one-off event reaches the
 * webhook, ours (a timer for the next due event, re-armed by NOTIFY; 10 s poll as backstop)
 * beside Hasura's timing (the same engine with the timer off: a poll every 10 s), in the same
 * run, on the same database, to the same trivial webhook.
 *
 *   npx tsx bench/scheduled/index.ts      (BENCH_DATABASE_URL to use an existing database;
 *                                          BENCH_SCHEDULED_EVENTS / BENCH_SCHEDULED_SPREAD_MS to resize)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import pg from 'pg';
import { configFromEnv } from '@3factor/engine/config.js';
import { pgListenerFor } from '@3factor/engine/platform/pg-listener.js';
import { silentLogger } from '@3factor/engine/platform/logger.js';
import { createScheduledService, ensureScheduledCatalog } from '@3factor/engine/scheduled/index.js';
import { insertOneOffEvent } from '@3factor/engine/scheduled/events-sql.js';
import { DEFAULT_ST_RETRY_CONF } from '@3factor/engine/scheduled/types.js';
import { benchDatabase } from '../events/database.js';

const count = Number(process.env.BENCH_SCHEDULED_EVENTS ?? 100);
const spreadMs = Number(process.env.BENCH_SCHEDULED_SPREAD_MS ?? 20_000);
const HASURA_POLL_MS = 10_000;

interface Mode {
  name: string;
  label: string;
  timer: boolean;
}
const modes: Mode[] = [
  { name: 'ours', label: 'ours (timer + NOTIFY)', timer: true },
  { name: 'hasura', label: "Hasura's timing (10 s poll)", timer: false },
];

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

/** Answers 200 at once and records each arrival's lateness against the body's scheduled_time. */
async function startWebhook(): Promise<{ url: string; lateness: number[]; close(): Promise<void> }> {
  const lateness: number[] = [];
  const server = http.createServer((req, res) => {
    const arrived = Date.now();
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      lateness.push(arrived - Date.parse((JSON.parse(raw) as { scheduled_time: string }).scheduled_time));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/due`,
    lateness,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function runMode(databaseUrl: string, pool: pg.Pool, webhookUrl: string, lateness: number[], mode: Mode): Promise<number[]> {
  lateness.length = 0;
  await pool.query('DELETE FROM hdb_catalog.hdb_scheduled_events');
  const config = configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: databaseUrl });
  config.scheduled = { ...config.scheduled, timer: mode.timer, fetchIntervalMs: HASURA_POLL_MS };
  const listener = pgListenerFor(databaseUrl, 'bench-scheduled');
  const service = createScheduledService({ pool, config, getMetadata: () => ({ version: 3, sources: [] }), listener, logger: silentLogger() });
  await service.applyMetadata({ version: 3, sources: [] });
  await service.start();
  await listener.start();
  // Events due from 2 s ahead, spread at random over the window, each created through the
  // metadata API's statement (with its NOTIFY), as an app creates them.
  const start = Date.now() + 2_000;
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.random() * spreadMs);
    await insertOneOffEvent(pool, { webhook: webhookUrl, scheduleAt: at, payload: { i }, headers: [], retryConf: DEFAULT_ST_RETRY_CONF, comment: undefined });
  }
  const deadline = start + spreadMs + HASURA_POLL_MS * 3;
  while (lateness.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await service.stop();
  await listener.stop();
  return [...lateness];
}

const database = await benchDatabase();
const pool = new pg.Pool({ connectionString: database.url, max: 10 });
const webhook = await startWebhook();
try {
  await ensureScheduledCatalog(pool);
  const results: number[][] = [];
  for (const mode of modes) {
    process.stderr.write(`scheduled bench: running ${mode.name}...\n`);
    results.push(await runMode(database.url, pool, webhook.url, webhook.lateness, mode));
  }
  console.log(`\nOne-off scheduled events: lateness = webhook arrival - scheduled_time (${cpus().length} cores, ${database.describe}, webhook in process)`);
  console.log(`${count} events due at random over ${spreadMs / 1000} s; a 10 s poll is expected to be ~5 s late on average, up to 10 s`);
  const rows: [string, (l: number[]) => string][] = [
    ['delivered', (l) => `${l.length}/${count}`],
    ['lateness p50 (ms)', (l) => percentile(l, 0.5).toFixed(0)],
    ['lateness p99 (ms)', (l) => percentile(l, 0.99).toFixed(0)],
    ['lateness max (ms)', (l) => Math.max(...l).toFixed(0)],
    ['early (ms, min < 0 would be a bug)', (l) => Math.min(...l).toFixed(0)],
  ];
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  console.log(' '.repeat(width) + modes.map((m) => m.label.padStart(30)).join(''));
  for (const [label, value] of rows) console.log(label.padEnd(width) + results.map((r) => value(r).padStart(30)).join(''));
} finally {
  await webhook.close();
  await pool.end();
  await database.close();
}
