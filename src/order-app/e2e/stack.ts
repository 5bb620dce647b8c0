// Starts the whole local stack (src/dev/src/start.ts: Postgres, pgBouncer, engine, functions,
// order app) as a child on free ports with a throw-away data directory, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../dev/src/process/free-port.js';

export interface RunningStack {
  appUrl: string;
  graphqlUrl: string;
  authUrl: string;
  /** Straight to the stack's Postgres, for test fixtures only. */
  databaseUrl: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

export async function startStack(repoRoot: string, log: (line: string) => void): Promise<RunningStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'order-app-e2e-'));
  // Postgres runs as the `postgres` user when we are root: it must be able to enter the directory.
  chmodSync(dataDir, 0o755);
  const ports = {
    POSTGRES_PORT: await freePort(),
    PGBOUNCER_PORT: await freePort(),
    HASURA_GRAPHQL_SERVER_PORT: await freePort(),
    FUNCTIONS_PORT: await freePort(),
    ORDER_APP_PORT: await freePort(),
    ANALYTICS_APP_PORT: await freePort(),
  };
  const env: NodeJS.ProcessEnv = { ...process.env, DEV_DATA_DIR: dataDir, DEV_PARTS: 'engine,functions,order-app' };
  for (const [name, port] of Object.entries(ports)) env[name] = String(port);
  delete env['DATABASE_URL'];

  const child: ChildProcess = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'src', 'dev', 'src', 'start.ts')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output: string[] = [];
  let databaseUrl: string | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        if (output.length > 400) output.shift();
        if (process.env['E2E_VERBOSE']) log(line);
        const postgres = /^\s+postgres\s+(postgres:\/\/\S+)/.exec(line);
        if (postgres) databaseUrl = postgres[1];
        if (line.trim() === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited with code ${code} before it was ready:\n${output.slice(-40).join('\n')}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      // start.ts stops its parts in order on SIGTERM; only if it hangs is its group killed.
      child.kill('SIGTERM');
      const timeout = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 60_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  if (!databaseUrl) {
    await stop();
    throw new Error('the stack did not print its Postgres URL');
  }
  log(`stack ready (data in ${dataDir})`);
  return {
    appUrl: `http://127.0.0.1:${ports.ORDER_APP_PORT}`,
    graphqlUrl: `http://127.0.0.1:${ports.HASURA_GRAPHQL_SERVER_PORT}/v1/graphql`,
    authUrl: `http://127.0.0.1:${ports.FUNCTIONS_PORT}/auth`,
    databaseUrl,
    stop,
  };
}
