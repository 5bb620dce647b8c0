import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EngineConfig } from '../../../src/config.js';
import type { HasuraMetadata } from '../../../src/metadata/types.js';

const script = fileURLToPath(new URL('../fixtures/processor-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

export interface ChildProcessor {
  child: ChildProcess;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
  stderr(): string;
}

/** Starts `fixtures/processor-child.ts` with tsx and waits until it prints "ready". */
export async function startChildProcessor(options: {
  databaseUrl: string;
  metadata: HasuraMetadata;
  events?: Partial<EngineConfig['events']>;
  env?: Record<string, string>;
}): Promise<ChildProcessor> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CHILD_DATABASE_URL: options.databaseUrl,
      CHILD_METADATA: JSON.stringify(options.metadata),
      CHILD_EVENTS: JSON.stringify(options.events ?? {}),
      CHILD_ENV: JSON.stringify(options.env ?? {}),
    },
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    });
    void exited.then((how) => reject(new Error(`processor child exited (${how}) before ready:\n${err}`)));
  });
  return { child, exited, stderr: () => err };
}
