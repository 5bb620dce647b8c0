import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Postgres comes from Debian's packages (postgresql-15, plus postgresql-15-postgis-3 so
 * Hasura's conformance setups that need PostGIS run). `bootstrap.mjs` installs them when
 * running as root; `POSTGRES_BIN_DIR` points at another installation.
 */
export function postgresBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.POSTGRES_BIN_DIR, '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];
  for (const dir of candidates) if (dir && existsSync(join(dir, 'postgres'))) return dir;
  throw new Error('PostgreSQL server binaries not found. Install them with: sudo apt-get install -y postgresql-15 postgresql-15-postgis-3 (or set POSTGRES_BIN_DIR)');
}
