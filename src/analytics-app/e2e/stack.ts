import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../dev/src/process/free-port.js';
import { repoRoot } from '../../dev/src/paths.js';

/**
 * The whole local stack (`npm start`'s src/dev/src/start.ts) as a child process, on free
 * ports and in a fresh data folder, so the e2e test never touches a developer's stack.
 */
export interface RunningStack {
  graphqlUrl: string;
  functionsUrl: string;
  analyticsUrl: string;
  databaseUrl: string;
  adminSecret: string;
  output(): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startStack(): Promise<RunningStack> {
  const ports: number[] = [];
  while (ports.length < 6) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const [postgres, pgbouncer, engine, functions, orderApp, analyticsApp] = ports as [number, number, number, number, number, number];
  const dataDir = mkdtempSync(join(tmpdir(), '3factor-analytics-e2e-'));
  // Postgres runs as the postgres user when the tests run as root: it must reach its folder.
  chmodSync(dataDir, 0o755);
  const adminSecret = 'e2e-admin-secret';
  const child: ChildProcess = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'src', 'dev', 'src', 'start.ts')], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: '',
      DEV_DATA_DIR: dataDir,
      POSTGRES_PORT: String(postgres),
      PGBOUNCER_PORT: String(pgbouncer),
      HASURA_GRAPHQL_SERVER_PORT: String(engine),
      FUNCTIONS_PORT: String(functions),
      ORDER_APP_PORT: String(orderApp),
      ANALYTICS_APP_PORT: String(analyticsApp),
      HASURA_GRAPHQL_ADMIN_SECRET: adminSecret,
    },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack was not ready in ${READY_TIMEOUT_MS / 1000} s:\n${output.slice(-4000)}`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/^ready$/m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited with ${code} before it was ready:\n${output.slice(-4000)}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout' && child.pid) {
        // Our own child's process group, by its id.
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    graphqlUrl: `http://127.0.0.1:${engine}/v1/graphql`,
    functionsUrl: `http://127.0.0.1:${functions}`,
    analyticsUrl: `http://127.0.0.1:${analyticsApp}/`,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${postgres}/app`,
    adminSecret,
    output: () => output,
    stop,
  };
}
