import pg from 'pg';

/**
 * Samples, on a connection opened before the load starts, how many server connections
 * Postgres has to the benchmark database, every few milliseconds; keeps the peak. The
 * benchmark's own arranging connections (application_name bench-arrange) are left out.
 */
export async function watchConnections(superuserUrl: string, database: string, everyMs = 5) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND application_name <> 'bench-arrange'`,
        [database],
      );
      peak = Math.max(peak, rows[0]!.n);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop(): Promise<number> {
      running = false;
      await loop;
      await client.end();
      return peak;
    },
  };
}
