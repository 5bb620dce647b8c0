/**
 * Conversation delivery: N open conversations with two members each (the customer and the
 * courier of an order), every member following order_messages_stream of their order on a
 * WebSocket of their own, and one message a second per 10 conversations inserted into Postgres.
 * Latency from the INSERT to the other member's socket, in the same run for the engine as it
 * ships (a table-change NOTIFY wakes the stream pollers) and with Hasura's defaults (every
 * poller re-runs each 1 s, no NOTIFY).
 *
 *   npx tsx bench/conversations/index.ts        (or `npm run bench -- conversations`)
 *   BENCH_CONV_CONVERSATIONS=1000 BENCH_CONV_SECONDS=20 (defaults); the rate is conversations / 10 per second
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '@3factor/dev/paths.js';
import { conversationsDatabase } from './database.js';
import { Members, SLOW_MS, type Run } from './clients.js';

const conversations = Number(process.env.BENCH_CONV_CONVERSATIONS ?? 1000);
const seconds = Number(process.env.BENCH_CONV_SECONDS ?? 20);
const warmupSeconds = Number(process.env.BENCH_CONV_WARMUP_SECONDS ?? 2);
const perSecond = Math.max(1, Math.round(conversations / 10));
const JWT_KEY = 'bench-conversations-hs256-key-0123456789abcdef';

const modes = [
  { name: 'ours', label: 'ours (NOTIFY)', notify: true },
  { name: 'hasura', label: 'Hasura defaults (1 s poll)', notify: false },
].filter((m) => (process.env.BENCH_CONV_MODES ?? 'ours,hasura').split(',').includes(m.name));

/** One request to the engine's process; an engine that dies (a failed start) fails it instead of hanging. */
function ask<T>(proc: ChildProcess, message: object, key: string, whole = false): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the engine process exited (${code}) before answering ${key}`));
    const onMessage = (m: Record<string, unknown>): void => {
      if (key in m) {
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        resolve((whole ? m : m[key]) as T);
      }
    };
    proc.on('message', onMessage);
    proc.once('exit', onExit);
    proc.send(message);
  });
}

/** The engine's stream work during the run, from its /v1/metrics: cohorts run and full-refresh requests by reason. */
async function streamWork(port: number): Promise<{ cohortRuns: number; statements: number; reasons: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/v1/metrics`, { headers: { 'x-hasura-admin-secret': 'bench-secret' } });
  const text = await response.text();
  const sample = (name: string) => Number(new RegExp(`^${name}\\{subscription_kind="streaming"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  const reasons = new Map<string, number>();
  for (const m of text.matchAll(/^hasura_realtime_operation_full_refresh_requests_total\{subscription_kind="streaming",[^}]*reason="([^"]*)"\} (\S+)$/gm)) {
    reasons.set(m[1]!, (reasons.get(m[1]!) ?? 0) + Number(m[2]));
  }
  return {
    cohortRuns: sample('hasura_realtime_cohort_runs_total'),
    statements: sample('hasura_realtime_statements_total'),
    reasons: [...reasons].map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none',
  };
}

/** bench/subscriptions' engine process's usage report; the loop delay is since the previous report. */
interface EngineStats {
  cpuMicros: number;
  loopDelay: { p99Ms: number; maxMs: number };
  at: number;
}

type ModeResult = Run & {
  connectSeconds: number;
  work: string;
  engineCpuPercent: number;
  loopDelay: EngineStats['loopDelay'];
  /** Quarter seconds in which the engine's event loop paused over 50 ms, by when they ended. */
  enginePauses: { intoRun: number; maxMs: number }[];
};

async function runMode(dbUrl: string, notify: boolean, webhookUrl: string): Promise<ModeResult> {
  // bench/subscriptions' engine process: the engine alone, so the sockets' CPU is not its own.
  const engine = fork(fileURLToPath(new URL('../subscriptions/engine-process.ts', import.meta.url)), [], {
    // BENCH_PROFILE=<dir>: a V8 CPU profile of each engine run, as in bench/subscriptions.
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const port = await ask<number>(
      engine,
      {
        start: {
          HASURA_GRAPHQL_DATABASE_URL: dbUrl,
          HASURA_GRAPHQL_SERVER_PORT: '0',
          HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
          HASURA_GRAPHQL_ADMIN_SECRET: 'bench-secret',
          HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
          HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
          HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '1000',
          HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '1000',
          ENGINE_LIVE_QUERIES_NOTIFY: String(notify),
          // The notify event trigger fires on every message: a no-op webhook answers it, so
          // event delivery costs what it costs with a fast function.
          ACTION_BASE_URL: webhookUrl,
          EVENT_WEBHOOK_SECRET: 'bench',
          ...JSON.parse(process.env.BENCH_CONV_ENGINE_ENV ?? '{}'),
        },
      },
      'port',
    );
    const started = performance.now();
    const members = await Members.connect(`ws://127.0.0.1:${port}/v1/graphql`, JWT_KEY, conversations);
    const connectSeconds = (performance.now() - started) / 1000;
    // Let every stream deliver its (empty) start before timing.
    await new Promise((r) => setTimeout(r, 2_000));
    try {
      const before = await streamWork(port);
      const statsBefore = await ask<EngineStats>(engine, { stats: true }, 'cpuMicros', true);
      // The engine's event loop, a quarter second at a time: its pauses, to set beside the slow deliveries.
      const pauses: { at: number; maxMs: number }[] = [];
      const loopDelay = { p99Ms: 0, maxMs: 0 };
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          await new Promise((r) => setTimeout(r, 250));
          const stats = await ask<EngineStats>(engine, { stats: true }, 'cpuMicros', true);
          if (stats.loopDelay.maxMs > 50) pauses.push({ at: stats.at, maxMs: stats.loopDelay.maxMs });
          loopDelay.p99Ms = Math.max(loopDelay.p99Ms, stats.loopDelay.p99Ms);
          loopDelay.maxMs = Math.max(loopDelay.maxMs, stats.loopDelay.maxMs);
        }
      })();
      const run = await members.run(dbUrl, perSecond, seconds, warmupSeconds);
      sampling = false;
      await sampler;
      const statsAfter = await ask<EngineStats>(engine, { stats: true }, 'cpuMicros', true);
      const after = await streamWork(port);
      const work = `${after.cohortRuns - before.cohortRuns} cohorts in ${after.statements - before.statements} statements; full refreshes asked: ${after.reasons}`;
      const engineCpuPercent = (100 * (statsAfter.cpuMicros - statsBefore.cpuMicros)) / 1000 / (statsAfter.at - statsBefore.at);
      const enginePauses = pauses.map((p) => ({ intoRun: p.at - run.startedAt, maxMs: p.maxMs })).filter((p) => p.intoRun > 0);
      return { ...run, connectSeconds, work, engineCpuPercent, loopDelay, enginePauses };
    } finally {
      members.close();
    }
  } finally {
    if (engine.exitCode === null) await ask(engine, { stop: true }, 'stopped').catch(() => undefined);
  }
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

const webhook = fork(fileURLToPath(new URL('./webhook-process.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const webhookUrl = `http://127.0.0.1:${await new Promise<number>((resolve) => webhook.once('message', (m: { port: number }) => resolve(m.port)))}`;
const database = await conversationsDatabase(conversations);
try {
  const results: ModeResult[] = [];
  for (const mode of modes) {
    process.stderr.write(`conversations bench: running ${mode.name}...\n`);
    results.push(await runMode(database.url, mode.notify, webhookUrl));
  }
  const ms = (v: number) => (Number.isNaN(v) ? 'n/a' : v.toFixed(1));
  const rows: [string, (r: ModeResult) => string][] = [
    ['delivery latency p50 (ms)', (r) => ms(percentile(r.latencies, 0.5))],
    ['delivery latency p99 (ms)', (r) => ms(percentile(r.latencies, 0.99))],
    ['delivery latency max (ms)', (r) => ms(Math.max(...r.latencies))],
    ['delivered / sent', (r) => `${r.latencies.length} / ${r.writes}`],
    ['missing 3 s after the last insert', (r) => String(r.missing)],
    ['INSERT round trip p50 / p99 (ms)', (r) => `${ms(percentile(r.insertMs, 0.5))} / ${ms(percentile(r.insertMs, 0.99))}`],
    ['engine CPU over the run (% of a core)', (r) => r.engineCpuPercent.toFixed(0)],
    ['engine event-loop delay, worst 1/4 s p99 / max (ms)', (r) => `${ms(r.loopDelay.p99Ms)} / ${ms(r.loopDelay.maxMs)}`],
    ['connect all sockets (s)', (r) => r.connectSeconds.toFixed(1)],
  ];
  console.log(
    `\nConversations: INSERT -> the other member's socket (${cpus().length} cores, ${database.describe}; engine in its own process)\n` +
      `${conversations} conversations, ${2 * conversations} sockets on order_messages_stream (customer and courier JWTs); ${perSecond} messages/s for ${seconds} s`,
  );
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  console.log(' '.repeat(width) + modes.map((m) => m.label.padStart(28)).join(''));
  for (const [label, value] of rows) console.log(label.padEnd(width) + results.map((r) => value(r).padStart(28)).join(''));
  // The engine's own counters over the run (the full-refresh reasons are totals since the engine started).
  for (const [i, r] of results.entries()) console.log(`${modes[i]!.name}: streams ran ${r.work}`);
  // BENCH_CONV_TRACE=1: when in the run the slow ones were sent, to tell a burst from a steady tail.
  if (process.env.BENCH_CONV_TRACE) {
    for (const [i, r] of results.entries()) {
      const list = r.slow.sort((a, b) => a.intoRun - b.intoRun).map((s) => `${s.kind === 'insert' ? 'i' : 'd'}@${(s.intoRun / 1000).toFixed(2)}s:${s.ms.toFixed(0)}`);
      const shown = list.slice(0, 40).join(' ') + (list.length > 40 ? ` ... (${list.length} in all)` : '');
      console.log(`${modes[i]!.name}: over ${SLOW_MS} ms (i = INSERT, d = delivery, @ sent at, : ms): ${shown || 'none'}`);
      const pauses = r.enginePauses.map((p) => `@${(p.intoRun / 1000).toFixed(2)}s:${p.maxMs.toFixed(0)}`).join(' ');
      console.log(`${modes[i]!.name}: engine event-loop pauses over 50 ms (@ quarter second ending, : longest ms): ${pauses || 'none'}`);
    }
  }
} finally {
  await database.close();
  webhook.disconnect();
}
