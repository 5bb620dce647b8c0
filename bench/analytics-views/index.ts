/**
 * Analytics views under a growing history: the same day of orders, with 0, then 100k,
 * then 1M older orders (7 history rows each) behind it. Each dashboard view should cost
 * about the same whatever the history, because it reads its window through an index;
 * a naive full-table version of the KPIs is printed beside them for comparison.
 *
 *   npx tsx bench/analytics-views/index.ts
 *   BENCH_ANALYTICS_TODAY=5000 BENCH_ANALYTICS_PAST=100000,1000000 BENCH_ANALYTICS_RUNS=15 (defaults)
 *   BENCH_ANALYTICS_EXPLAIN=1 also prints each query's plan at the largest history
 */
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { insertOrders } from './data.js';

const today = Number(process.env.BENCH_ANALYTICS_TODAY ?? 5000);
const pastSteps = (process.env.BENCH_ANALYTICS_PAST ?? '100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_ANALYTICS_RUNS ?? 15);

const QUERIES: [string, string][] = [
  ['analytics_kpis', 'SELECT * FROM analytics_kpis'],
  ['analytics_funnel', 'SELECT * FROM analytics_funnel ORDER BY position'],
  ['analytics_funnel_branches', 'SELECT * FROM analytics_funnel_branches ORDER BY position'],
  ['analytics_throughput', 'SELECT * FROM analytics_throughput ORDER BY bucket_start'],
  ['analytics_stage_latency', 'SELECT * FROM analytics_stage_latency ORDER BY position'],
  ['analytics_restaurants', 'SELECT * FROM analytics_restaurants ORDER BY orders_today DESC LIMIT 25'],
  [
    'naive KPIs (full scan, for comparison)',
    `SELECT count(*) FILTER (WHERE created_at >= date_trunc('day', now())),
            count(*) FILTER (WHERE delivered_at >= date_trunc('day', now())),
            sum(total_cents) FILTER (WHERE paid_at >= date_trunc('day', now()) AND status <> 'restaurant_rejected')
       FROM orders`,
  ],
];

async function medianMs(client: pg.Client, sql: string): Promise<number> {
  const times: number[] = [];
  await client.query(sql); // warm the cache and the plan
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await client.query(sql);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const base = join(repoRoot, '.data', 'bench', `analytics-views-${process.pid}`);
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });
chmodSync(base, 0o755);
const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort() });
const client = new pg.Client({ connectionString: cluster.url });
try {
  await client.connect();
  await client.query(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
  await client.query(readFileSync(join(repoRoot, 'seed.sql'), 'utf8'));
  const { rows } = await client.query<{ from: string; to: string; past_from: string; past_to: string }>(
    `SELECT greatest(date_trunc('day', now()), now() - interval '3 hours')::text AS from, now()::text AS to,
            (date_trunc('day', now()) - interval '30 days')::text AS past_from,
            (date_trunc('day', now()) - interval '1 second')::text AS past_to`,
  );
  const window = rows[0]!;
  process.stdout.write(`today: ${today} orders between ${window.from} and ${window.to}; median of ${runs} runs\n`);
  await insertOrders(client, today, window.from, window.to);

  const columns: { label: string; ms: number[] }[] = [];
  let past = 0;
  for (const step of [0, ...pastSteps]) {
    const started = Date.now();
    // Older orders: the 30 days before today, added on top of the previous step's.
    await insertOrders(client, step - past, window.past_from, window.past_to);
    past = step;
    await client.query('VACUUM ANALYZE');
    const ms: number[] = [];
    for (const [, sql] of QUERIES) ms.push(await medianMs(client, sql));
    columns.push({ label: `${step.toLocaleString('en-US')} older`, ms });
    process.stdout.write(`  (history of ${step.toLocaleString('en-US')} older orders built and measured in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }

  if (process.env.BENCH_ANALYTICS_EXPLAIN) {
    for (const [name, sql] of QUERIES) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`);
      process.stdout.write(`\n--- ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    }
  }

  const width = Math.max(...QUERIES.map(([name]) => name.length)) + 2;
  process.stdout.write(`\n${'view'.padEnd(width)}${columns.map((c) => c.label.padStart(16)).join('')}\n`);
  QUERIES.forEach(([name], i) => {
    process.stdout.write(`${name.padEnd(width)}${columns.map((c) => `${c.ms[i]!.toFixed(2)} ms`.padStart(16)).join('')}\n`);
  });
} finally {
  await client.end().catch(() => undefined);
  await cluster.stop();
  rmSync(base, { recursive: true, force: true });
}
