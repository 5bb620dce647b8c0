import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { postgresBinDir } from './binaries.js';
import { runService, serviceDir, spawnService } from '../process/run-as.js';
import { waitFor } from '../process/wait-for.js';

export interface PostgresCluster {
  port: number;
  /** Superuser connection string to the `postgres` database. */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** Settles when the server process exits (after `stop()`, or on its own). */
  exited: Promise<ServiceExit>;
}

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ClusterOptions {
  dataDir: string;
  port: number;
  /** Folder for the unix socket and the log; defaults to dataDir's sibling `run`. */
  runDir?: string;
  log?: (line: string) => void;
  /**
   * Own process group: a terminal's Ctrl-C then reaches only our process, which stops
   * the server after the parts that use it (`npm start`). Tests leave it attached.
   */
  detached?: boolean;
  /** Postgres max_connections (300 unless a benchmark wants a production-like limit). */
  maxConnections?: number;
}

export const SUPERUSER = 'postgres';
export const SUPERUSER_PASSWORD = 'postgres';

/**
 * Starts (initialising on first use) a Postgres cluster kept in `dataDir`, listening on
 * 127.0.0.1:`port`. Data survives restarts: a second start reuses the folder.
 */
export async function startPostgresCluster(options: ClusterOptions): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const dataDir = options.dataDir;
  const runDir = serviceDir(options.runDir ?? join(dataDir, '..', 'run'));
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    serviceDir(dataDir);
    const pwfile = join(runDir, 'pwfile');
    writeFileSync(pwfile, SUPERUSER_PASSWORD + '\n', { mode: 0o644 });
    await runService(join(bin, 'initdb'), ['-D', dataDir, '-U', SUPERUSER, '--pwfile', pwfile, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  const child: ChildProcess = spawnService(
    join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${runDir}`,
      '-c',
      `max_connections=${options.maxConnections ?? 300}`,
      '-c',
      'shared_buffers=256MB',
      // A development and test database: durability across a power cut is not worth the
      // fsync per commit. A clean stop (SIGINT) still writes everything to disk.
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    options.detached ? { detached: true } : {},
  );
  let output = '';
  const onData = (d: Buffer) => {
    output += d.toString();
    if (output.length > 20000) output = output.slice(-10000);
    options.log?.(d.toString());
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  const exitedPromise = new Promise<ServiceExit>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );

  const url = `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await waitFor(
    async () => {
      if (exited) throw new Error(`postgres exited during start:\n${output}`);
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.query('select 1');
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => {});
      }
    },
    { timeoutMs: 30000, what: 'postgres to accept connections' },
  );

  return {
    port: options.port,
    url,
    urlFor: (database) => `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => stopChild(child, 'SIGINT'),
    exited: exitedPromise,
  };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
