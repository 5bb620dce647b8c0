/**
 * Live query benchmark: one engine process, N live-query subscribers with distinct
 * variables (each customer watching their own order) plus M subscribers on one shared
 * aggregate, and a writer changing one order at a time. Two modes in the same run, on the
 * same database: ours (a table-change NOTIFY refreshes the pollers at once, 1 s polling as
 * backstop) and Hasura's defaults (every poller re-runs every 1 s, no NOTIFY).
 *
 *   npx tsx bench/subscriptions/index.ts
 *   BENCH_SUBS_LIVE=5000 BENCH_SUBS_SHARED=1000 BENCH_SUBS_RATE=10 BENCH_SUBS_SECONDS=30 (defaults)
 *
 * Subscribers and writer run in one child process, the engine in another, so the engine's
 * CPU time and peak RSS are its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { repoRoot } from '@3factor/dev/paths.js';
import { benchDatabase } from './database.js';
import type { ConnectMessage, RunResults } from './clients.js';

const sizes = {
  live: Number(process.env.BENCH_SUBS_LIVE ?? 5000),
  shared: Number(process.env.BENCH_SUBS_SHARED ?? 1000),
  rate: Number(process.env.BENCH_SUBS_RATE ?? 10),
  seconds: Number(process.env.BENCH_SUBS_SECONDS ?? 30),
};
const JWT_KEY = 'bench-subscriptions-hs256-key-0123456789abcdef';
/**
 * The development machine is shared with other work (test suites, browsers), whose CPU
 * contention otherwise dominates the latency tail. The benchmark's own processes (engine,
 * clients, Postgres) run at this nice value; both modes get the same treatment. Needs root;
 * BENCH_NICE=0 turns it off.
 */
const NICE = Number(process.env.BENCH_NICE ?? -10);
function prioritize(pid: number | undefined): boolean {
  if (pid === undefined || NICE === 0) return false;
  try {
    setPriority(pid, NICE);
    return true;
  } catch {
    return false;
  }
}
let niced = false;
const ADMIN_SECRET = 'bench-secret';

interface Mode {
  name: string;
  label: string;
  notify: boolean;
}
const modes: Mode[] = [
  { name: 'ours', label: 'ours (NOTIFY)', notify: true },
  { name: 'hasura', label: 'Hasura defaults (1 s poll)', notify: false },
];

interface ModeResult {
  connectSeconds: number;
  results: RunResults;
  engineCpuPercent: number;
  enginePeakRssMiB: number;
  statementsPerSecond: number;
  pgTransactionsPerSecond: number;
  pushesPerSecond: number;
  loopDelay: { p99Ms: number; maxMs: number };
}

function child(file: string): ChildProcess {
  const profile = process.env.BENCH_PROFILE && file.includes('engine') ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const proc = fork(fileURLToPath(new URL(file, import.meta.url)), [], { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  prioritize(proc.pid);
  return proc;
}

function ask<T>(proc: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>): void => {
      if ('error' in m) {
        proc.off('message', onMessage);
        reject(new Error(String(m.error)));
      } else if (key in m) {
        proc.off('message', onMessage);
        resolve(m[key] as T);
      }
    };
    proc.on('message', onMessage);
    proc.send(message);
  });
}

interface EngineStats {
  cpuMicros: number;
  maxRssBytes: number;
  at: number;
  /** Event-loop delay since the previous stats call. */
  loopDelay: { p99Ms: number; maxMs: number };
}
async function engineStatsFull(engine: ChildProcess): Promise<EngineStats> {
  return new Promise((resolve) => {
    const onMessage = (m: EngineStats & { cpuMicros?: number }): void => {
      if (m.cpuMicros !== undefined) {
        engine.off('message', onMessage);
        resolve(m);
      }
    };
    engine.on('message', onMessage);
    engine.send({ stats: true });
  });
}

async function metric(url: string, name: string): Promise<number> {
  // /metrics answers admin only (or HASURA_GRAPHQL_METRICS_SECRET as a bearer token).
  const text = await (await fetch(url + '/metrics', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } })).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(name))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}

async function pgTransactions(dbUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function runMode(dbUrl: string, mode: Mode): Promise<ModeResult> {
  const engine = child('./engine-process.ts');
  const port = await ask<number>(
    engine,
    {
      start: {
        HASURA_GRAPHQL_DATABASE_URL: dbUrl,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
        HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
        HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
        HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: process.env.BENCH_SUBS_INTERVAL ?? '1000',
        ENGINE_LIVE_QUERIES_NOTIFY: String(mode.notify),
        ...(process.env.ENGINE_LIVE_QUERIES_BACKSTOP_INTERVAL ? { ENGINE_LIVE_QUERIES_BACKSTOP_INTERVAL: process.env.ENGINE_LIVE_QUERIES_BACKSTOP_INTERVAL } : {}),
        // The event triggers of the app stay on; nothing in this workload fires them.
        ACTION_BASE_URL: 'http://127.0.0.1:9',
        EVENT_WEBHOOK_SECRET: 'bench',
      },
    },
    'port',
  );
  const httpUrl = `http://127.0.0.1:${port}`;
  const clients = child('./clients.ts');
  try {
    const connect: ConnectMessage = { wsUrl: `ws://127.0.0.1:${port}/v1/graphql`, dbUrl, jwtKey: JWT_KEY, live: sizes.live, shared: sizes.shared };
    const ready = await ask<{ ms: number }>(clients, { connect }, 'ready');
    process.stderr.write(`  ${sizes.live + sizes.shared} subscribers connected in ${(ready.ms / 1000).toFixed(1)} s\n`);

    const before = await engineStatsFull(engine);
    const statementsBefore = await metric(httpUrl, 'hasura_realtime_statements_total');
    const pushesBefore = await metric(httpUrl, 'hasura_realtime_pushes_total');
    const txBefore = await pgTransactions(dbUrl);
    const results = await ask<RunResults>(clients, { run: { ratePerSec: sizes.rate, seconds: sizes.seconds } }, 'results');
    const after = await engineStatsFull(engine);
    const statementsAfter = await metric(httpUrl, 'hasura_realtime_statements_total');
    const pushesAfter = await metric(httpUrl, 'hasura_realtime_pushes_total');
    const txAfter = await pgTransactions(dbUrl);
    const wallSeconds = (after.at - before.at) / 1000;
    return {
      connectSeconds: ready.ms / 1000,
      results,
      engineCpuPercent: ((after.cpuMicros - before.cpuMicros) / 1e6 / wallSeconds) * 100,
      enginePeakRssMiB: after.maxRssBytes / 1024 / 1024,
      statementsPerSecond: (statementsAfter - statementsBefore) / wallSeconds,
      pushesPerSecond: (pushesAfter - pushesBefore) / wallSeconds,
      pgTransactionsPerSecond: (txAfter - txBefore) / wallSeconds,
      loopDelay: after.loopDelay,
    };
  } finally {
    await ask(clients, { close: true }, 'closed').catch(() => undefined);
    clients.disconnect();
    await ask(engine, { stop: true }, 'stopped').catch(() => undefined);
  }
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

function table(results: ModeResult[]): string {
  const ms = (v: number) => (Number.isNaN(v) ? 'n/a' : v.toFixed(1));
  const rows: [string, (r: ModeResult) => string][] = [
    ['live: push latency p50 (ms)', (r) => ms(percentile(r.results.liveLatencies, 0.5))],
    ['live: push latency p99 (ms)', (r) => ms(percentile(r.results.liveLatencies, 0.99))],
    ['live: push latency max (ms)', (r) => ms(Math.max(...r.results.liveLatencies))],
    ['live: changes seen / writes', (r) => `${r.results.liveLatencies.length} / ${r.results.writes}`],
    ['shared aggregate: latency p50 (ms)', (r) => ms(percentile(r.results.sharedLatencies, 0.5))],
    ['shared aggregate: latency p99 (ms)', (r) => ms(percentile(r.results.sharedLatencies, 0.99))],
    ['shared aggregate: writes seen (all subscribers)', (r) => String(r.results.sharedLatencies.length)],
    ['engine CPU (% of one core)', (r) => r.engineCpuPercent.toFixed(0)],
    ['engine peak RSS (MiB)', (r) => r.enginePeakRssMiB.toFixed(0)],
    ['engine event-loop delay p99 / max (ms)', (r) => `${r.loopDelay.p99Ms.toFixed(0)} / ${r.loopDelay.maxMs.toFixed(0)}`],
    ['subscription SQL statements/s', (r) => r.statementsPerSecond.toFixed(1)],
    ['Postgres transactions/s (all)', (r) => r.pgTransactionsPerSecond.toFixed(1)],
    ['results pushed/s', (r) => r.pushesPerSecond.toFixed(0)],
    ['connect + first result, all subscribers (s)', (r) => r.connectSeconds.toFixed(1)],
  ];
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  const col = 28;
  const lines = [' '.repeat(width) + modes.map((m) => m.label.padStart(col)).join('')];
  for (const [label, value] of rows) lines.push(label.padEnd(width) + results.map((r) => value(r).padStart(col)).join(''));
  return lines.join('\n');
}

const database = await benchDatabase(sizes.live);
niced = prioritize(database.postmasterPid) && prioritize(process.pid);
try {
  const results: ModeResult[] = [];
  for (const mode of modes) {
    process.stderr.write(`subscriptions bench: running ${mode.name}...\n`);
    results.push(await runMode(database.url, mode));
  }
  console.log(
    `\nLive queries: commit -> subscriber (${cpus().length} cores, ${database.describe}; engine, subscribers+writer and Postgres in separate processes` +
      `${niced ? `, all at nice ${NICE}` : ''})`,
  );
  console.log(
    `${sizes.live} subscribers on orders_by_pk(id) with distinct ids (customer JWTs) + ${sizes.shared} on one orders_aggregate (analyst JWTs), ` +
      `one WebSocket each; ${sizes.rate} single-row UPDATEs/s for ${sizes.seconds} s; latency from sending the UPDATE to the push's arrival`,
  );
  console.log(table(results));
} finally {
  await database.close();
}
