import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { startPostgresCluster } from '../postgres/cluster.js';
import { startPgBouncer } from '../pgbouncer/pgbouncer.js';
import { freePort } from '../process/free-port.js';
import { repoRoot } from '../paths.js';
import { createTemplateDatabase } from './template.js';
import { ensureLocale } from '../system/locale.js';

/**
 * Vitest global setup: one throwaway Postgres cluster and one pgBouncer for the whole
 * run. Test files create their own databases from the `app_template` database
 * (schema + seed applied once), so files never see each other's rows.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Postgres sees an operating-system locale only if it exists when the server starts.
  ensureLocale((line) => console.log(line));
  const base = join(repoRoot, '.data', 'test', String(process.pid));
  rmSync(base, { recursive: true, force: true });
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), port: await freePort(), runDir: join(base, 'run') });
  const bouncer = await startPgBouncer({ runDir: join(base, 'run'), port: await freePort(), postgresPort: cluster.port });
  await createTemplateDatabase(cluster.url);
  process.env.TEST_POSTGRES_URL = cluster.url;
  process.env.TEST_POSTGRES_PORT = String(cluster.port);
  process.env.TEST_PGBOUNCER_PORT = String(bouncer.port);
  return async () => {
    await bouncer.stop();
    await cluster.stop();
    rmSync(base, { recursive: true, force: true });
  };
}
