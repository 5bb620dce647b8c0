import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../process/free-port.js';
import { stackCommand } from './stack-command.js';

export interface TestStackPorts {
  postgres: number;
  pgbouncer: number;
  engine: number;
  functions: number;
  orderApp: number;
  analyticsApp: number;
}

export interface TestStack {
  ports: TestStackPorts;
  dataDir: string;
  /** Straight to the stack's Postgres, for test fixtures only. */
  databaseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  /** `DEV_PARTS` (e.g. `engine,functions,order-app`); all parts when absent. */
  parts?: string;
  /** Extra env for the stack (secrets, ...). */
  env?: Record<string, string>;
  /** Each output line, as it arrives. */
  onLine?: (line: string) => void;
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}

/**
 * The whole local stack (`npm start`'s program) as a child process on free ports and in a
 * throw-away data folder, for end-to-end tests: they never touch a developer's stack.
 * Resolves once the stack prints `ready`; `stop()` sends SIGTERM, waits for the ordered
 * shutdown and kills the process group only if it hangs.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const [postgres, pgbouncer, engine, functions, orderApp, analyticsApp] = (await distinctFreePorts(6)) as [number, number, number, number, number, number];
  const ports = { postgres, pgbouncer, engine, functions, orderApp, analyticsApp };
  const dataDir = mkdtempSync(join(tmpdir(), '3factor-e2e-'));
  // Postgres runs as the postgres account when tests run as root: it must reach its folder.
  chmodSync(dataDir, 0o755);
  const { command, args, cwd } = stackCommand();
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // A developer's DATABASE_URL would switch the stack to an external server.
      DATABASE_URL: '',
      DEV_DATA_DIR: dataDir,
      ...(options.parts ? { DEV_PARTS: options.parts } : {}),
      POSTGRES_PORT: String(postgres),
      PGBOUNCER_PORT: String(pgbouncer),
      HASURA_GRAPHQL_SERVER_PORT: String(engine),
      FUNCTIONS_PORT: String(functions),
      ORDER_APP_PORT: String(orderApp),
      ANALYTICS_APP_PORT: String(analyticsApp),
      ...options.env,
    },
  });
  let output = '';
  let pending = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack was not ready in ${readyTimeoutMs / 1000} s:\n${output.slice(-4000)}`)), readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 200_000) output = output.slice(-100_000);
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        options.onLine?.(line);
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
      reject(new Error(`the stack exited with ${code} before it was ready:\n${output.slice(-4000)}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), options.stopTimeoutMs ?? 60_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout' && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
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
    ports,
    dataDir,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${postgres}/app`,
    output: () => output,
    stop,
  };
}
