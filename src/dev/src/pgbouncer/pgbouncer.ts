import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { serviceDir, spawnService } from '../process/run-as.js';
import { waitFor } from '../process/wait-for.js';
import { stopChild, SUPERUSER, SUPERUSER_PASSWORD, type ServiceExit } from '../postgres/cluster.js';

export interface PgBouncer {
  port: number;
  /** Connection string for `database` through pgBouncer. */
  urlFor(database: string): string;
  /** Runs an admin-console command (`SHOW POOLS`, ...) and returns the rows. */
  admin(command: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
  /** Settles when pgBouncer exits (after `stop()`, or on its own). */
  exited: Promise<ServiceExit>;
  /** Its pid file, so a later start can find one left running. */
  pidFile: string;
}

/** A Postgres other than the local cluster (an external DATABASE_URL). */
export interface PgBouncerUpstream {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

export interface PgBouncerOptions {
  runDir: string;
  port: number;
  postgresPort: number;
  poolSize?: number;
  maxClientConnections?: number;
  log?: (line: string) => void;
  /** Instead of the local cluster on `postgresPort`: one database on another server. */
  upstream?: PgBouncerUpstream;
  /** Own process group (see ClusterOptions.detached). */
  detached?: boolean;
  /** Leave out the log line per client login and logout. */
  quiet?: boolean;
}

/** pgBouncer's connect-string quoting: single quotes, doubled inside. */
function connectValue(value: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
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
  const pidFile = join(dir, 'pgbouncer.pid');
  const up = options.upstream;
  const user = up?.user ?? SUPERUSER;
  const password = up?.password ?? SUPERUSER_PASSWORD;
  writeFileSync(userlist, `"${user.replace(/"/g, '""')}" "${password.replace(/"/g, '""')}"\n`, { mode: 0o644 });
  const databases = up
    ? `${up.database} = host=${connectValue(up.host)} port=${up.port} dbname=${connectValue(up.database)} user=${connectValue(up.user)} password=${connectValue(up.password)}`
    : `* = host=127.0.0.1 port=${options.postgresPort}`;
  writeFileSync(
    ini,
    [
      '[databases]',
      databases,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${options.port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = scram-sha-256',
      `auth_file = ${userlist}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 20}`,
      `max_client_conn = ${options.maxClientConnections ?? 2000}`,
      `admin_users = ${user}`,
      `stats_users = ${user}`,
      `pidfile = ${pidFile}`,
      ...(options.quiet ? ['log_connections = 0', 'log_disconnections = 0'] : []),
      // An external server may insist on TLS; the local one speaks plain TCP on loopback.
      ...(up ? ['server_tls_sslmode = prefer'] : []),
      'ignore_startup_parameters = extra_float_digits,options,application_name',
      'server_reset_query =',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const child = spawnService(pgbouncerBinary(), [ini], options.detached ? { detached: true } : {});
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

  const urlFor = (database: string) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
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
  await waitFor(
    async () => {
      if (exited) throw new Error(`pgbouncer exited during start:\n${output}`);
      try {
        await admin('SHOW VERSION');
        return true;
      } catch {
        return false;
      }
    },
    { timeoutMs: 20000, what: 'pgbouncer to accept connections' },
  );

  return { port: options.port, urlFor, admin, stop: () => stopChild(child, 'SIGINT'), exited: exitedPromise, pidFile };
}
