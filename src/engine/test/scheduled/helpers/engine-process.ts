import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../../src/main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The engine as its own OS process (`src/main.ts`), so a test can SIGKILL it. */
export interface EngineProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
}

/** Starts the engine on a free port and resolves once its "engine listening" line names the port. */
export async function startEngineProcess(env: Record<string, string>): Promise<EngineProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1', ...env },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const port = await new Promise<number>((resolve, reject) => {
    const look = () => {
      for (const line of out.split('\n')) {
        if (!line.includes('engine listening')) continue;
        resolve((JSON.parse(line) as { port: number }).port);
        child.stdout!.off('data', look);
        return;
      }
    };
    child.stdout!.on('data', look);
    void exited.then((how) => reject(new Error(`engine exited (${how}) before listening:\n${out}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, exited, output: () => out };
}

export async function metadataCall(engineUrl: string, type: string, args: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(engineUrl + '/v1/metadata', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' },
    body: JSON.stringify({ type, args }),
  });
  return { status: response.status, body: await response.json() };
}
