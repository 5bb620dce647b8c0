import { join } from 'node:path';
import { startPostgresCluster, type PostgresCluster } from '../postgres/cluster.js';
import { startPgBouncer, type PgBouncer, type PgBouncerUpstream } from '../pgbouncer/pgbouncer.js';
import type { StackConfig } from './config.js';
import { stopLeftover } from './leftovers.js';
import { PrefixedLines, prefixFor } from './prefixed-lines.js';

/** Folders of the local stack under the data folder. */
export function stackDirs(config: StackConfig) {
  return { postgres: join(config.dataDir, 'postgres'), run: join(config.dataDir, 'run') };
}

/** Stops a pgBouncer and a Postgres an earlier start left running (killed without cleanup); how many it stopped. */
export async function stopLeftoverServices(config: StackConfig, say: (line: string) => void): Promise<number> {
  const dirs = stackDirs(config);
  const bouncerDir = join(dirs.run, `pgbouncer-${config.ports.pgbouncer}`);
  const bouncer = await stopLeftover({
    what: 'a pgBouncer',
    pidFile: join(bouncerDir, 'pgbouncer.pid'),
    mustContain: bouncerDir,
    signal: 'SIGTERM',
    say,
  });
  const postgres = await stopLeftover({
    what: 'a Postgres server',
    pidFile: join(dirs.postgres, 'postmaster.pid'),
    mustContain: dirs.postgres,
    // SIGINT is Postgres's fast shutdown: clients are cut off, data is written cleanly.
    signal: 'SIGINT',
    say,
  });
  return Number(bouncer) + Number(postgres);
}

/** The local cluster, in `<data>/postgres` (kept across restarts). */
export async function startLocalPostgres(config: StackConfig, write: (line: string) => void): Promise<PostgresCluster> {
  const lines = new PrefixedLines(prefixFor('postgres'), write);
  return startPostgresCluster({
    dataDir: stackDirs(config).postgres,
    port: config.ports.postgres,
    runDir: stackDirs(config).run,
    detached: true,
    log: (chunk) => lines.push(chunk),
  });
}

/** The connection details pgBouncer needs for an external DATABASE_URL. */
export function upstreamFromUrl(databaseUrl: string): PgBouncerUpstream {
  const url = new URL(databaseUrl);
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must be a postgres:// URL, got ${url.protocol}`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: Number(url.port || 5432),
    database,
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
  };
}

/** pgBouncer in transaction mode in front of the local cluster or the external server. */
export async function startStackPgBouncer(config: StackConfig, write: (line: string) => void): Promise<PgBouncer> {
  const dirs = stackDirs(config);
  const lines = new PrefixedLines(prefixFor('pgbouncer'), write);
  return startPgBouncer({
    runDir: dirs.run,
    port: config.ports.pgbouncer,
    postgresPort: config.ports.postgres,
    ...(config.externalDatabaseUrl ? { upstream: upstreamFromUrl(config.externalDatabaseUrl) } : {}),
    detached: true,
    quiet: !config.verbose,
    log: (chunk) => lines.push(chunk),
  });
}
