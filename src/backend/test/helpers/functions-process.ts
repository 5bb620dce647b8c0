import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@3factor/dev/paths.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { waitFor } from '@3factor/dev/process/wait-for.js';
import { JWT_SECRET, WEBHOOK_SECRET } from './functions.js';

/**
 * localDevelopment.ts in a process of its own, as `npm start` runs it, on a port that
 * stays the same across restarts (the engine's trigger URLs point at it), so a test can
 * kill -9 it mid-request and bring it back.
 */
export class FunctionsProcess {
  private child: ChildProcess | undefined;
  private output = '';

  private constructor(
    readonly url: string,
    private readonly env: Record<string, string>,
  ) {}

  static async create(databaseUrl: string, env: Record<string, string> = {}): Promise<FunctionsProcess> {
    const port = await freePort();
    return new FunctionsProcess(`http://127.0.0.1:${port}`, {
      DATABASE_URL: databaseUrl,
      EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
      FUNCTIONS_PORT: String(port),
      FUNCTIONS_HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      AGENT_RETRY_AFTER_SECONDS: '2',
      ...env,
    });
  }

  async start(): Promise<void> {
    const entry = join(repoRoot, 'src', 'backend', 'src', 'localDevelopment.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: repoRoot, env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
    // Up once an event route answers (405 to a GET: it takes POST only).
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`functions exited with ${child.exitCode}:\n${this.output}`);
        return fetch(`${this.url}/validate-order`).then(
          (r) => r.status === 405,
          () => false,
        );
      },
      { timeoutMs: 30_000, what: 'the functions to listen', intervalMs: 100 },
    );
  }

  /** kill -9: no cleanup, no response to the requests in flight. */
  kill9(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** A clean stop: the requests in flight finish first. */
  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = undefined;
  }

  logs(): string {
    return this.output;
  }
}
