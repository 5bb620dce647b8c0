import { execFileSync } from 'node:child_process';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '@3factor/dev/paths.js';

/** The benchmark's own npm package (PostGraphile, autocannon), outside the app's workspaces. */
export const depsDir = fileURLToPath(new URL('./deps/', import.meta.url));

export interface RunningServer {
  name: string;
  /** POST endpoint for GraphQL requests. */
  graphqlUrl: string;
  pid: number;
  /** Node version the server runs on. */
  node: string;
  stop(): Promise<void>;
}

const say = (line: string): void => void process.stderr.write(`graphql bench: ${line}\n`);

/** Installs bench/graphql/deps from its lock file when it is not there yet. */
export function ensureDeps(): void {
  if (existsSync(join(depsDir, 'node_modules', 'postgraphile', 'package.json')) && existsSync(join(depsDir, 'node_modules', 'autocannon', 'package.json'))) return;
  say('installing bench/graphql/deps (PostGraphile, autocannon)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: depsDir, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * A Node 22 binary for PostGraphile v5 (which requires Node >= 22): this Node when it is
 * new enough, else `node@22` from the npm registry through npx (cached after the first run).
 */
export function node22(): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  say('fetching Node 22 for PostGraphile (npx -p node@22)...');
  return execFileSync('npx', ['-y', '-p', 'node@22', 'node', '-e', 'process.stdout.write(process.execPath)'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

function ask<T>(proc: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`server process exited (${code}) before answering ${key}`));
    const onMessage = (m: Record<string, unknown>): void => {
      if (!('error' in m) && !(key in m)) return;
      proc.off('message', onMessage);
      proc.off('exit', onExit);
      if ('error' in m) reject(new Error(String(m.error)));
      else resolve(m as T);
    };
    proc.on('message', onMessage);
    proc.once('exit', onExit);
    proc.send(message);
  });
}

async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  await Promise.race([ask(proc, { stop: true }, 'stopped'), exited]).catch(() => undefined);
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** `--cpu-prof` for the server processes when BENCH_PROFILE names a folder. */
function profileArgs(): string[] {
  const dir = process.env.BENCH_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

// Both servers run as a production deployment would (graphql-js skips its dev-only checks).
const productionEnv = { ...process.env, NODE_ENV: 'production' };

export interface EngineOptions {
  databaseUrl: string;
  adminSecret: string;
  jwtKey: string;
  poolSize: number;
  /** Node binary to run the engine with (default: this one). */
  nodePath?: string;
  /** More engine environment (ENGINE_PREPARED_STATEMENTS=false for the unnamed-statement row). */
  env?: Record<string, string>;
}

/** Our engine in a child process, configured as `npm run engine` is. */
export async function startOurEngine(options: EngineOptions): Promise<RunningServer> {
  const child = fork(fileURLToPath(new URL('./engine-process.ts', import.meta.url)), [], {
    execPath: options.nodePath ?? process.execPath,
    execArgv: ['--import', 'tsx', ...profileArgs()],
    cwd: repoRoot,
    env: productionEnv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const started = await ask<{ port: number; node: string }>(
    child,
    {
      start: {
        HASURA_GRAPHQL_DATABASE_URL: options.databaseUrl,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: options.adminSecret,
        HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: options.jwtKey }),
        HASURA_GRAPHQL_PG_CONNECTIONS: String(options.poolSize),
        HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
        // The app's event triggers are part of its metadata; nothing in this workload fires them.
        ACTION_BASE_URL: 'http://127.0.0.1:9',
        EVENT_WEBHOOK_SECRET: 'bench',
        ...options.env,
      },
    },
    'port',
  );
  return {
    name: 'ours',
    graphqlUrl: `http://127.0.0.1:${started.port}/v1/graphql`,
    pid: child.pid!,
    node: started.node,
    stop: () => stopChild(child),
  };
}

/**
 * PostGraphile v5 (Amber preset + pg-aggregates) in a child process, straight to Postgres,
 * with a pool of `poolMax` connections (pg's default is 10; the bench gives it ours, 50).
 */
export async function startPostGraphile(databaseUrl: string, nodePath: string, poolMax: number): Promise<RunningServer> {
  const child = fork(join(depsDir, 'postgraphile-server.mjs'), [], {
    execPath: nodePath,
    execArgv: profileArgs(),
    cwd: depsDir,
    env: productionEnv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const started = await ask<{ port: number; node: string }>(child, { start: { databaseUrl, poolMax } }, 'port');
  return {
    name: 'postgraphile',
    graphqlUrl: `http://127.0.0.1:${started.port}/graphql`,
    pid: child.pid!,
    node: started.node,
    stop: () => stopChild(child),
  };
}
