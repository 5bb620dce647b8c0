import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { pidFromFile } from '@3factor/dev/stack/leftovers.js';
import { startTestStack, type TestStack } from '@3factor/dev/testing/test-stack.js';
import type { Mode } from './modes.js';
import { childrenOf, parentOf } from './proc.js';
import { PROCESS_NAMES, type StackPids } from './usage.js';

/**
 * One whole stack as `npm start` runs it (Postgres, pgBouncer in transaction mode, the
 * engine, the functions; the apps are not needed), through the tests' machinery: a child
 * process on free ports with a throwaway data folder, schema, seed and metadata applied.
 */
export interface PipelineStack {
  mode: Mode;
  engineUrl: string;
  wsUrl: string;
  functionsUrl: string;
  adminSecret: string;
  /** Straight to the app database as the superuser: fixtures, history, statistics. */
  sql: pg.Pool;
  /** pgBouncer's admin console (SHOW STATS). */
  pgbouncerAdminUrl: string;
  pids: StackPids;
  /** Folder of CPU profiles, when profiling (see cpu-profile-preload.mjs). */
  profileDir?: string;
  /** With `statements`: the Postgres log, where auto_explain writes the plans it samples once turned on (`auto_explain.log_min_duration`). */
  postgresLog?: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Let the stack's Node processes be profiled on SIGUSR2, into this folder. */
  cpuProfileDir?: string;
  /** Load pg_stat_statements (needs it in shared_preload_libraries before Postgres starts). */
  statements?: boolean;
  nice: number;
  log: (line: string) => void;
}

const ADMIN_SECRET = 'bench-pipeline-admin-secret';

/**
 * Postgres reads shared_preload_libraries only when it starts, and the stack starts it: so
 * the cluster is created beforehand in the data folder the stack is then pointed at (it
 * reuses a cluster it finds there), with pg_stat_statements preloaded.
 */
async function dataDirWithStatements(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), '3factor-pipeline-'));
  chmodSync(dir, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(dir, 'postgres'), port: await freePort(), runDir: join(dir, 'run') });
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      await client.query(`ALTER SYSTEM SET shared_preload_libraries = pg_stat_statements, auto_explain`);
      // Time spent in the trigger functions (status machine, event triggers, change NOTIFY).
      await client.query(`ALTER SYSTEM SET track_functions = 'all'`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  await cluster.stop();
  // Planning time too (every statement here is unnamed, so planned at each execution). A
  // setting of the module itself: ALTER SYSTEM refuses it before the module is loaded.
  appendFileSync(join(dir, 'postgres', 'postgresql.conf'), 'pg_stat_statements.track_planning = on\n');
  // Postgres runs as its own user: the log folder is made writable for it.
  mkdirSync(join(dir, 'log'));
  chmodSync(join(dir, 'log'), 0o777);
  // Plans with their row counts and buffers for a sample of statements, off until the profile
  // turns them on for its scenario; into a log file of their own (the stack reads no Postgres output).
  appendFileSync(
    join(dir, 'postgres', 'postgresql.conf'),
    [
      'auto_explain.log_min_duration = -1',
      'auto_explain.log_analyze = on',
      'auto_explain.log_buffers = on',
      // The time of each trigger the statement fired (the status machine, event triggers, change notifications).
      'auto_explain.log_triggers = on',
      'auto_explain.sample_rate = 0.05',
      // The commit time of every transaction (pg_xact_commit_timestamp), for the profile's hop timeline.
      'track_commit_timestamp = on',
      'logging_collector = on',
      `log_directory = '${join(dir, 'log')}'`,
      "log_filename = 'postgres.log'",
      '',
    ].join('\n'),
  );
  return dir;
}

function renice(pids: number[], nice: number): void {
  if (nice === 0) return;
  for (const pid of pids) {
    try {
      setPriority(pid, nice);
    } catch {
      // not root: the figures are then more exposed to other work on the machine
    }
  }
}

export async function startPipelineStack(mode: Mode, options: StackOptions): Promise<PipelineStack> {
  const ownDataDir = options.statements ? await dataDirWithStatements() : undefined;
  let stack: TestStack;
  try {
    stack = await startTestStack({
      parts: 'engine,functions',
      readyTimeoutMs: 300_000,
      env: {
        ...mode.env,
        HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
        ...(ownDataDir ? { DEV_DATA_DIR: ownDataDir } : {}),
        // Every Node process of the stack can then be profiled on SIGUSR2 (cpu-profile-preload.mjs).
        ...(options.cpuProfileDir
          ? {
              NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(join(import.meta.dirname, 'cpu-profile-preload.mjs')).href}`.trim(),
              BENCH_PIPELINE_CPU_PROFILE_DIR: options.cpuProfileDir,
            }
          : {}),
      },
    });
  } catch (error) {
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    throw error;
  }
  const dataDir = ownDataDir ?? stack.dataDir;
  const children = JSON.parse(readFileSync(join(dataDir, 'run', 'children.json'), 'utf8')) as Array<{ name: string; pid: number }>;
  const childPid = (name: string) => {
    const pid = children.find((c) => c.name === name)?.pid;
    if (!pid) throw new Error(`the stack did not record a ${name} process`);
    return pid;
  };
  const engine = childPid('engine');
  const pids: StackPids = {
    engine,
    runner: parentOf(engine),
    functions: childPid('functions'),
    postgres: pidFromFile(join(dataDir, 'postgres', 'postmaster.pid')) ?? 0,
    pgbouncer: pidFromFile(join(dataDir, 'run', `pgbouncer-${stack.ports.pgbouncer}`, 'pgbouncer.pid')) ?? 0,
  };
  if (!pids.postgres || !pids.pgbouncer) throw new Error(`no pid file for ${pids.postgres ? 'pgBouncer' : 'Postgres'} in ${dataDir}`);
  // New backends inherit the postmaster's nice value.
  renice([pids.runner, pids.engine, pids.functions, pids.postgres, ...childrenOf(pids.postgres), pids.pgbouncer, process.pid], options.nice);

  const sql = new pg.Pool({ connectionString: stack.databaseUrl, max: 4 });
  sql.on('error', () => {});
  // In a schema of its own, so nothing the engine introspects in public changes.
  if (options.statements) await sql.query('CREATE SCHEMA IF NOT EXISTS bench; CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench');
  options.log(`${mode.name}: stack up (engine pid ${pids.engine}, functions ${pids.functions}, postgres ${pids.postgres}, pgbouncer ${pids.pgbouncer})`);
  return {
    mode,
    engineUrl: `http://127.0.0.1:${stack.ports.engine}`,
    wsUrl: `ws://127.0.0.1:${stack.ports.engine}/v1/graphql`,
    functionsUrl: `http://127.0.0.1:${stack.ports.functions}`,
    adminSecret: ADMIN_SECRET,
    sql,
    pgbouncerAdminUrl: `postgres://postgres:postgres@127.0.0.1:${stack.ports.pgbouncer}/pgbouncer`,
    pids,
    ...(options.cpuProfileDir ? { profileDir: options.cpuProfileDir } : {}),
    ...(ownDataDir ? { postgresLog: join(ownDataDir, 'log', 'postgres.log') } : {}),
    stop: async () => {
      // Not awaited first: ending the pool waits for a query in flight (a batch of past orders).
      const ended = sql.end().catch(() => {});
      await stack.stop();
      // The runner stops its parts; if it had to be killed (a slow shutdown), they are left
      // in their own process groups: end those of this stack, by pid.
      for (const name of PROCESS_NAMES) {
        const pid = pids[name];
        try {
          process.kill(pid, name === 'postgres' ? 'SIGINT' : 'SIGTERM');
        } catch {
          // already gone, as it should be
        }
      }
      await ended;
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
