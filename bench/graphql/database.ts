import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';

export interface DataSize {
  customers: number;
  orders: number;
}

export interface BenchDatabase {
  url: string;
  describe: string;
  /** What the generated data set holds, for the printed header. */
  contents: string;
  /** Every order's id and customer, to vary by-pk lookups and to sign customer JWTs. */
  orders: { id: string; customerId: string }[];
  /** The postmaster's pid: its process tree is Postgres's CPU. */
  postgresPid: number;
  close(): Promise<void>;
}

/** The parameters of data.sql, written in as integers (they are never user input). */
function dataScript(size: DataSize): string {
  const text = readFileSync(new URL('./data.sql', import.meta.url), 'utf8');
  return text.replaceAll(':customers', String(Math.trunc(size.customers))).replaceAll(':orders', String(Math.trunc(size.orders)));
}

/**
 * The app's database (schema.sql + seed.sql) with a month of generated orders, in a
 * throwaway Postgres 15 cluster. Vacuumed and analyzed, as a database that has been
 * running for a month would be.
 */
export async function benchDatabase(size: DataSize, log?: (line: string) => void): Promise<BenchDatabase> {
  const base = join(repoRoot, '.data', 'bench', `graphql-${process.pid}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  // Postgres runs as the postgres user when we are root: the folders must be traversable.
  for (const dir of [join(repoRoot, '.data', 'bench'), base]) chmodSync(dir, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort(), log });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_graphql');
    await admin.end();
    const url = cluster.urlFor('bench_graphql');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
      await client.query(readFileSync(join(repoRoot, 'seed.sql'), 'utf8'));
      await client.query(dataScript(size));
      await client.query('VACUUM ANALYZE');
      const { rows } = await client.query<{ id: string; customer_id: string }>('SELECT id, customer_id FROM orders ORDER BY created_at');
      const counts = await client.query<{ orders: number; items: number; history: number; customers: number }>(
        `SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM order_items)::int AS items,
                (SELECT count(*) FROM order_status_history)::int AS history,
                (SELECT count(*) FROM users WHERE role = 'customer')::int AS customers`,
      );
      const c = counts.rows[0]!;
      return {
        url,
        describe: `temporary Postgres 15 cluster on port ${cluster.port}`,
        contents: `${c.customers} customers, ${c.orders} orders, ${c.items} order items, ${c.history} status history rows`,
        orders: rows.map((r) => ({ id: r.id, customerId: r.customer_id })),
        postgresPid: Number(readFileSync(join(base, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]),
        async close() {
          await cluster.stop();
          rmSync(base, { recursive: true, force: true });
        },
      };
    } finally {
      await client.end();
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
