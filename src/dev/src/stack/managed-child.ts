import { spawn, type ChildProcess } from 'node:child_process';
import { PrefixedLines, prefixFor } from './prefixed-lines.js';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  name: string;
  pid: number;
  /** Settles when the process has exited, for whatever reason. */
  exited: Promise<ChildExit>;
  hasExited(): boolean;
  /** SIGTERM, then SIGKILL for the whole process group after `timeoutMs`. */
  stop(timeoutMs: number): Promise<ChildExit>;
}

export interface ManagedChildOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  write: (line: string) => void;
}

/**
 * A child in its own process group, so a terminal's Ctrl-C reaches only `npm start`,
 * which then stops the parts in order instead of everything dying at once.
 */
export function spawnManagedChild(options: ManagedChildOptions): ManagedChild {
  const child: ChildProcess = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out = new PrefixedLines(prefixFor(options.name), options.write);
  const err = new PrefixedLines(prefixFor(options.name), options.write);
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));

  let result: ChildExit | undefined;
  const exited = new Promise<ChildExit>((resolve) => {
    child.on('error', (error) => {
      options.write(`${prefixFor(options.name)} could not start ${options.command}: ${error.message}`);
      result = { code: 127, signal: null };
      resolve(result);
    });
    child.on('exit', (code, signal) => {
      out.flush();
      err.flush();
      result = { code, signal };
      resolve(result);
    });
  });

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  };

  return {
    name: options.name,
    pid: child.pid ?? -1,
    exited,
    hasExited: () => result !== undefined,
    async stop(timeoutMs) {
      if (!result) {
        // Only the leader: tsx and vite pass the signal on themselves, and a second copy
        // would cut short the clean shutdown the first one started.
        child.kill('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(timer);
      }
      // Whatever the leader left behind (an esbuild service, a worker) goes with it.
      killGroup('SIGKILL');
      return exited;
    },
  };
}

export function describeExit({ code, signal }: ChildExit): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}
