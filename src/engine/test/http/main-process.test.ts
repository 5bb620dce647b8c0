import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';

/** `npm run engine` as a process: configured by HASURA_GRAPHQL_* variables, stopped by signals. */
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const main = join(repoRoot, 'src', 'engine', 'src', 'main.ts');

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('empty');
});
afterAll(async () => {
  await db?.drop();
});

type Entry = Record<string, unknown>;

/** The process's JSON log lines, kept so each wait can look at what came before too. */
class LogLines {
  private readonly entries: Entry[] = [];
  private waiters: (() => void)[] = [];
  private ended = false;

  constructor(child: ChildProcess) {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        this.entries.push(JSON.parse(line) as Entry);
      } catch {
        return;
      }
      this.wake();
    });
    lines.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  async waitFor(predicate: (entry: Entry) => boolean): Promise<Entry> {
    for (;;) {
      const found = this.entries.find(predicate);
      if (found) return found;
      if (this.ended) throw new Error('process ended before the expected log line');
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

function startMain(env: Record<string, string>): { child: ChildProcess; lines: LogLines; stderr: () => string } {
  const child = spawn(tsx, [main], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { child, lines: new LogLines(child), stderr: () => err };
}

describe('the engine process', () => {
  it('serves on the configured port and stops cleanly on SIGTERM', async () => {
    const { child, lines } = startMain({ HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1' });
    const listening = await lines.waitFor((e) => e.msg === 'engine listening');
    const port = listening.port as number;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.text()).toBe('OK');
    const query = await fetch(`http://127.0.0.1:${port}/v1/graphql`, { method: 'POST', body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await query.json()).toEqual({ data: { __typename: 'query_root' } });
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await lines.waitFor((e) => e.msg === 'engine stopped');
    const [code] = await exited;
    expect(code).toBe(0);
  });

  it('exits with an error when it cannot start', async () => {
    const { child, stderr } = startMain({ HASURA_GRAPHQL_DATABASE_URL: 'postgres://nobody:wrong@127.0.0.1:1/none', HASURA_GRAPHQL_SERVER_PORT: '0' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr()).toContain('engine failed to start');
  });
});
