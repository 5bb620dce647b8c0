import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { serviceDir, spawnService } from '../process/run-as.js';
import { waitFor } from '../process/wait-for.js';
import { stopChild, SUPERUSER, SUPERUSER_PASSWORD } from '../postgres/cluster.js';

export interface PgBouncer {
  port: number;
  /** Connection string for `database` through pgBouncer. */
  urlFor(database: string): string;
  /** Runs an admin-console command (`SHOW POOLS`, ...) and returns the rows. */
  admin(command: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export interface PgBouncerOptions {
  runDir: string;
  port: number;
  postgresPort: number;
  poolSize?: number;
  maxClientConnections?: number;
  log?: (line: string) => void;
}

export function pgbouncerBinary(): string {
  for (const bin of [process.env.PGBOUNCER_BIN, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer']) {
    if (bin && existsSync(bin)) return bin;
  }
  throw new Error('pgbouncer not found. Install it with: sudo apt-get install -y pgbouncer (or set PGBOUNCER_BIN)');
}

/**
 * Starts pgBouncer in transaction mode in front of the local Postgres. Transaction mode
 * is what serverless functions need (a server connection per transaction, not per client),
 * and it is why the functions use only unnamed parameterized statements: pgBouncer 1.18
 * cannot carry named prepared statements across transactions.
 */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const dir = serviceDir(join(options.runDir, `pgbouncer-${options.port}`));
  const ini = join(dir, 'pgbouncer.ini');
  const userlist = join(dir, 'userlist.txt');
  writeFileSync(userlist, `"${SUPERUSER}" "${SUPERUSER_PASSWORD}"\n`, { mode: 0o644 });
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=127.0.0.1 port=${options.postgresPort}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${options.port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = scram-sha-256',
      `auth_file = ${userlist}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 20}`,
      `max_client_conn = ${options.maxClientConnections ?? 2000}`,
      `admin_users = ${SUPERUSER}`,
      `stats_users = ${SUPERUSER}`,
      'ignore_startup_parameters = extra_float_digits,options,application_name',
      'server_reset_query =',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const child = spawnService(pgbouncerBinary(), [ini]);
  let output = '';
  const onData = (d: Buffer) => {
    output += d.toString();
    if (output.length > 20000) output = output.slice(-10000);
    options.log?.(d.toString());
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  child.on('exit', () => (exited = true));

  const urlFor = (database: string) =>
    `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const admin = async (command: string) => {
    const client = new pg.Client({ connectionString: urlFor('pgbouncer') });
    await client.connect();
    try {
      // The admin console speaks only the simple query protocol.
      const result = await client.query({ text: command, rowMode: undefined } as pg.QueryConfig);
      return result.rows as Record<string, unknown>[];
    } finally {
      await client.end().catch(() => {});
    }
  };
  await waitFor(async () => {
    if (exited) throw new Error(`pgbouncer exited during start:\n${output}`);
    try {
      await admin('SHOW VERSION');
      return true;
    } catch {
      return false;
    }
  }, { timeoutMs: 20000, what: 'pgbouncer to accept connections' });

  return { port: options.port, urlFor, admin, stop: () => stopChild(child, 'SIGINT') };
}
