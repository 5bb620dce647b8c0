import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/process/free-port.js';
import { repoRoot } from '../../src/paths.js';

/** A data folder the `postgres` account can reach (mkdtemp makes it 0700). */
export function stackDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dev-stack-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Free ports for every part, as the env variables `npm start` reads. */
export async function stackEnv(dataDir: string): Promise<Record<string, string>> {
  const names = ['POSTGRES_PORT', 'PGBOUNCER_PORT', 'HASURA_GRAPHQL_SERVER_PORT', 'FUNCTIONS_PORT', 'ORDER_APP_PORT', 'ANALYTICS_APP_PORT'];
  const env: Record<string, string> = { DEV_DATA_DIR: dataDir };
  for (const name of names) env[name] = String(await freePort());
  return env;
}

export interface StackProcess {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first line matching `pattern`; rejects if the process exits first. */
  waitForLine(pattern: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `npm start`'s program the way the test asks: npm itself, the bootstrap, tsx, or node --import tsx. */
export function spawnStack(how: 'npm' | 'tsx' | 'bootstrap' | 'node', env: Record<string, string>): StackProcess {
  const start = join(repoRoot, 'src', 'dev', 'src', 'start.ts');
  const [command, args] =
    how === 'npm'
      ? ['npm', ['start']]
      : how === 'tsx'
        ? [join(repoRoot, 'node_modules', '.bin', 'tsx'), [start]]
        : how === 'bootstrap'
          ? [process.execPath, [join(repoRoot, 'src', 'dev', 'bootstrap.mjs'), 'start']]
          : [process.execPath, ['--import', 'tsx', start]];
  const child = spawn(command, args, {
    cwd: repoRoot,
    // A developer's DATABASE_URL would switch the stack to an external server: only the test decides that.
    env: { ...process.env, DATABASE_URL: '', ...env, BOOTSTRAP_SKIP_INSTALL: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    const parts = (pending + chunk.toString()).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    lines,
    exit,
    waitForLine(pattern) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen !== undefined) return Promise.resolve(seen);
      return Promise.race([
        new Promise<string>((resolve) => waiters.push({ pattern, resolve })),
        exit.then(({ code, signal }) => {
          throw new Error(`stack exited (${signal ?? code}) before printing ${pattern}:\n${lines.join('\n')}`);
        }),
      ]);
    },
  };
}

/** Polls `condition` (process tables, files) until it holds. */
export async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 50));
}
