/**
 * Event delivery benchmark: commit-to-webhook latency and sustained throughput, ours
 * (NOTIFY wakes the processor) against Hasura's defaults (poll every 1 s, no NOTIFY),
 * in the same run, on the same database, to the same trivial webhook.
 *
 *   npx tsx bench/events/index.ts        (BENCH_DATABASE_URL to use an existing database;
 *                                          BENCH_EVENTS_LATENCY / BENCH_EVENTS_BURST to resize)
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchDatabase } from './database.js';
import { runMode, type Mode, type ModeResult, type Webhook } from './scenario.js';

const modes: Mode[] = [
  { name: 'ours', notify: true, fetchIntervalMs: 1000 },
  { name: 'hasura', notify: false, fetchIntervalMs: 1000 },
];
const sizes = {
  latencyEvents: Number(process.env.BENCH_EVENTS_LATENCY ?? 300),
  throughputEvents: Number(process.env.BENCH_EVENTS_BURST ?? 20_000),
};

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

async function startWebhook(): Promise<{ webhook: Webhook; stop(): void }> {
  const child = fork(fileURLToPath(new URL('./webhook.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  const webhook: Webhook = {
    url: `http://127.0.0.1:${port}/event`,
    collect: () =>
      new Promise((resolve) => {
        child.once('message', (m: { arrivals: [string, number, number][] }) => resolve(m.arrivals));
        child.send({ collect: true });
      }),
  };
  return { webhook, stop: () => child.disconnect() };
}

function table(results: ModeResult[]): string {
  const labels = ['ours (NOTIFY)', 'Hasura defaults (1 s poll)'];
  const rows: [string, (r: ModeResult) => string][] = [
    ['latency p50 (ms)', (r) => percentile(r.latencyMs, 0.5).toFixed(1)],
    ['latency p90 (ms)', (r) => percentile(r.latencyMs, 0.9).toFixed(1)],
    ['latency p99 (ms)', (r) => percentile(r.latencyMs, 0.99).toFixed(1)],
    ['latency max (ms)', (r) => Math.max(...r.latencyMs).toFixed(1)],
    [`throughput (events/s, ${sizes.throughputEvents} burst)`, (r) => r.throughput.perSecond.toFixed(0)],
    ['burst: writers done inserting after (s)', (r) => r.throughput.insertSeconds.toFixed(2)],
    ['burst: first INSERT -> last webhook (s)', (r) => r.throughput.seconds.toFixed(2)],
    ['burst: first INSERT -> all recorded (s)', (r) => r.throughput.recordedSeconds.toFixed(2)],
    ['delivery errors', (r) => String(r.errors)],
  ];
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  const col = 28;
  const lines = [' '.repeat(width) + labels.map((l) => l.padStart(col)).join('')];
  for (const [label, value] of rows) lines.push(label.padEnd(width) + results.map((r) => value(r).padStart(col)).join(''));
  return lines.join('\n');
}

const database = await benchDatabase();
const { webhook, stop } = await startWebhook();
try {
  const results: ModeResult[] = [];
  for (const mode of modes) {
    process.stderr.write(`events bench: running ${mode.name}...\n`);
    results.push(await runMode(database.url, webhook, mode, sizes));
  }
  console.log(`\nEvent triggers: commit -> webhook (${cpus().length} cores, ${database.describe}, trivial webhook in its own process)`);
  console.log(`latency: ${sizes.latencyEvents} single-row inserts 10 ms apart, timed from sending the INSERT to the webhook's arrival`);
  console.log(table(results));
} finally {
  stop();
  await database.close();
}
