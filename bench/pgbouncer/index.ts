/**
 * bench/pgbouncer: 500 Lambda-style invocations of the validate-order handler at once,
 * each in its own "container" (its own runtime and pool, kept warm until the end, as
 * Lambda keeps containers), run twice in the same process against the same Postgres
 * (max_connections = 100, like a small RDS instance):
 *   - through pgBouncer in transaction mode (pool of 20 server connections);
 *   - straight to Postgres, one connection per invocation.
 * Each run is two bursts: cold (every container connects, SCRAM authentication included)
 * and warm (the same containers again, reusing what they opened).
 * Prints both side by side. Run: npm run bench -- pgbouncer
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { startPgBouncer } from '@3factor/dev/pgbouncer/pgbouncer.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { createTemplateDatabase, TEMPLATE_DATABASE } from '@3factor/dev/testing/template.js';
import { backendConfigFromEnv } from '@3factor/backend/shared/config.js';
import { createLogger } from '@3factor/backend/shared/logger.js';
import { createRuntime, type FunctionRuntime } from '@3factor/backend/shared/runtime.js';
import { eventHandler } from '@3factor/backend/shared/event-function.js';
import { lambdaContext } from '@3factor/backend/http/api-gateway-adapter.js';
import { validateOrderFunction } from '@3factor/backend/validate-order/process.js';
import { watchConnections } from './peak-connections.js';
import { placeOrders, validateOrderRequest } from './workload.js';

const INVOCATIONS = Number(process.env.BENCH_INVOCATIONS ?? 500);
const MAX_CONNECTIONS = Number(process.env.BENCH_MAX_CONNECTIONS ?? 100);
const PGBOUNCER_POOL = Number(process.env.BENCH_PGBOUNCER_POOL ?? 20);
const SECRET = 'bench-secret';

interface Burst {
  succeeded: number;
  errors: Map<string, number>;
  wallMs: number;
  latencies: number[];
  validatedInDatabase: number;
}

interface RunResult {
  /** Every container's first invocation: it opens its connection (with SCRAM authentication). */
  cold: Burst;
  /** The same containers again, warm: connections that were opened are reused. */
  warm: Burst;
  peakServerConnections: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function burst(containers: FunctionRuntime[], sql: pg.Pool): Promise<Burst> {
  const orders = await placeOrders(sql, containers.length);
  const errors = new Map<string, number>();
  const latencies: number[] = [];
  let succeeded = 0;
  const started = performance.now();
  await Promise.all(
    orders.map(async (orderId, i) => {
      const handler = eventHandler(validateOrderFunction, containers[i]!);
      const t0 = performance.now();
      const result = await handler(validateOrderRequest(orderId, SECRET), lambdaContext('validate-order', String(i)));
      latencies.push(performance.now() - t0);
      if (result.statusCode === 200) succeeded++;
      else {
        const message = (JSON.parse(result.body ?? '{}') as { message?: string }).message ?? `HTTP ${result.statusCode}`;
        errors.set(message, (errors.get(message) ?? 0) + 1);
      }
    }),
  );
  const wallMs = performance.now() - started;
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1) AND status = 'validated'`, [orders]);
  latencies.sort((a, b) => a - b);
  return { succeeded, errors, wallMs, latencies, validatedInDatabase: rows[0]!.n };
}

async function runInvocations(databaseUrl: string, superuserUrl: string, database: string, sql: pg.Pool): Promise<RunResult> {
  const logger = createLogger('silent');
  const config = backendConfigFromEnv({ DATABASE_URL: databaseUrl, EVENT_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'silent' });
  const containers = Array.from({ length: INVOCATIONS }, () => createRuntime(config, { logger }));
  const watcher = await watchConnections(superuserUrl, database);
  const cold = await burst(containers, sql);
  const warm = await burst(containers, sql);
  const peakServerConnections = await watcher.stop();
  await Promise.all(containers.map((c) => c.close()));
  return { cold, warm, peakServerConnections };
}

const errorCount = (b: Burst) => [...b.errors.values()].reduce((a, n) => a + n, 0);
const fmtLatency = (b: Burst) => `${percentile(b.latencies, 50).toFixed(0)} / ${percentile(b.latencies, 95).toFixed(0)} / ${b.latencies.at(-1)!.toFixed(0)} ms`;

function printSideBySide(bouncer: RunResult, direct: RunResult, bouncerPeakClients: number): void {
  const rows: Array<[string, string, string]> = [
    ['invocations at once (per burst)', String(INVOCATIONS), String(INVOCATIONS)],
    ['cold burst: succeeded (2xx)', String(bouncer.cold.succeeded), String(direct.cold.succeeded)],
    ['cold burst: errors (non-2xx)', String(errorCount(bouncer.cold)), String(errorCount(direct.cold))],
    ['cold burst: orders validated in the DB', String(bouncer.cold.validatedInDatabase), String(direct.cold.validatedInDatabase)],
    ['cold burst: wall time', `${bouncer.cold.wallMs.toFixed(0)} ms`, `${direct.cold.wallMs.toFixed(0)} ms`],
    ['cold burst: latency p50 / p95 / max', fmtLatency(bouncer.cold), fmtLatency(direct.cold)],
    ['warm burst: succeeded (2xx)', String(bouncer.warm.succeeded), String(direct.warm.succeeded)],
    ['warm burst: errors (non-2xx)', String(errorCount(bouncer.warm)), String(errorCount(direct.warm))],
    ['warm burst: wall time', `${bouncer.warm.wallMs.toFixed(0)} ms`, `${direct.warm.wallMs.toFixed(0)} ms`],
    ['warm burst: latency p50 / p95 / max', fmtLatency(bouncer.warm), fmtLatency(direct.warm)],
    ['peak Postgres server connections', `${bouncer.peakServerConnections} (pool ${PGBOUNCER_POOL})`, String(direct.peakServerConnections)],
    ['peak pgBouncer client connections', String(bouncerPeakClients), '-'],
    ['Postgres max_connections', String(MAX_CONNECTIONS), String(MAX_CONNECTIONS)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length)) + 2;
  const w1 = Math.max('through pgBouncer'.length, ...rows.map((r) => r[1].length)) + 2;
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}${b.padEnd(w1)}${c}`;
  process.stdout.write('\n' + line('', 'through pgBouncer', 'straight to Postgres') + '\n');
  for (const [a, b, c] of rows) process.stdout.write(line(a, b, c) + '\n');
  for (const [label, result] of [
    ['through pgBouncer', bouncer],
    ['straight to Postgres', direct],
  ] as const) {
    for (const [name, b] of [
      ['cold', result.cold],
      ['warm', result.warm],
    ] as const) {
      for (const [message, count] of b.errors) process.stdout.write(`  ${label}, ${name} burst, ${count}x: ${message}\n`);
    }
  }
}

async function main(): Promise<void> {
  // Postgres runs as the postgres user when we are root: the folders must be traversable.
  const base = join(repoRoot, '.data', 'bench', `pgbouncer-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  for (const dir of [join(repoRoot, '.data', 'bench'), base]) chmodSync(dir, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort(), maxConnections: MAX_CONNECTIONS });
  const bouncer = await startPgBouncer({
    runDir: join(base, 'run'),
    port: await freePort(),
    postgresPort: cluster.port,
    poolSize: PGBOUNCER_POOL,
    maxClientConnections: 5000,
    quiet: true,
  });
  try {
    await createTemplateDatabase(cluster.url);
    const database = 'bench';
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const sql = new pg.Pool({ connectionString: cluster.urlFor(database), max: 2, application_name: 'bench-arrange' });
    process.stdout.write(
      `Postgres max_connections=${MAX_CONNECTIONS}, pgBouncer transaction mode, default_pool_size=${PGBOUNCER_POOL}; ${INVOCATIONS} validate-order invocations per run\n`,
    );

    let bouncerPeakClients = 0;
    let sampling = true;
    const clientSampler = (async () => {
      while (sampling) {
        const pools = await bouncer.admin('SHOW POOLS');
        const clients = pools.filter((p) => p.database === database).reduce((n, p) => n + Number(p.cl_active) + Number(p.cl_waiting), 0);
        bouncerPeakClients = Math.max(bouncerPeakClients, clients);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const throughBouncer = await runInvocations(bouncer.urlFor(database), cluster.url, database, sql);
    sampling = false;
    await clientSampler;
    // Hand the direct run every slot: drop pgBouncer's idle server connections.
    await bouncer.admin(`KILL ${database}`);
    await bouncer.admin(`RESUME ${database}`);
    const direct = await runInvocations(cluster.urlFor(database), cluster.url, database, sql);
    await sql.end();
    printSideBySide(throughBouncer, direct, bouncerPeakClients);
  } finally {
    await bouncer.stop();
    await cluster.stop();
    rmSync(base, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench/pgbouncer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
