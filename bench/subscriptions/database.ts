import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';

export interface BenchDatabase {
  url: string;
  describe: string;
  /** The postmaster's pid: backends forked after a renice inherit its priority. */
  postmasterPid: number;
  close(): Promise<void>;
}

/**
 * The app's database (schema.sql + seed.sql) in a throwaway Postgres cluster, plus one
 * customer with one order per live-query subscriber.
 */
export async function benchDatabase(customers: number): Promise<BenchDatabase> {
  const base = join(repoRoot, '.data', 'bench', `subscriptions-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort() });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench_subscriptions');
  await admin.end();
  const url = cluster.urlFor('bench_subscriptions');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
    await client.query(readFileSync(join(repoRoot, 'seed.sql'), 'utf8'));
    await client.query(
      `INSERT INTO users (id, username, password_hash, role)
       SELECT ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, 'bench_' || g, 'x', 'customer' FROM generate_series(1, $1::int) g`,
      [customers],
    );
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address, total_cents)
       SELECT ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid,
              2, '1 Bench Street', 0
         FROM generate_series(1, $1::int) g`,
      [customers],
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return {
    url,
    describe: `temporary Postgres 15 cluster on port ${cluster.port}`,
    postmasterPid: Number(readFileSync(join(base, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]),
    async close() {
      await cluster.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export const customerId = (i: number): string => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
export const orderId = (i: number): string => `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;
