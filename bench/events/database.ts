import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';

/**
 * A database for the benchmark: `BENCH_DATABASE_URL` when given (its tables are created
 * and dropped again), otherwise a throwaway Postgres cluster in a temporary folder.
 */
export interface BenchDatabase {
  url: string;
  describe: string;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, describe: 'BENCH_DATABASE_URL', close: async () => {} };
  const base = join(repoRoot, '.data', 'bench', `events-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort() });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench_events');
  await admin.end();
  return {
    url: cluster.urlFor('bench_events'),
    describe: `temporary Postgres cluster on port ${cluster.port}`,
    async close() {
      await cluster.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
