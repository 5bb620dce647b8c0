import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { waitFor } from '../process/wait-for.js';

/**
 * A stack killed without a chance to clean up (SIGKILL, a closed laptop lid) leaves its
 * servers running in their own process groups. The next start finds them by their pid
 * files and stops them, rather than failing on a taken port or a locked data folder.
 */

export function pidFromFile(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const first = readFileSync(path, 'utf8').split('\n')[0]?.trim();
  const pid = Number(first);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function commandLineOf(pid: number): string | undefined {
  try {
    // A zombie has an empty command line: it is gone in every sense that matters here.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `pid` has finished exiting: gone, or a zombie. An empty command line is not enough:
 * a process that is exiting gives up its memory (and with it its command line) before it closes
 * its files. Even a zombie's listening port can stay taken for a few milliseconds, so a start
 * that stopped leftovers also waits for their ports (`assertPortsFree`'s `waitMs`).
 */
export function hasExited(pid: number): boolean {
  try {
    // The state follows the command name, which may itself hold ") ".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat[stat.lastIndexOf(')') + 2];
    return state === 'Z' || state === 'X';
  } catch {
    return true;
  }
}

/**
 * Stops the process named in `pidFile` when it is still alive and its command line
 * contains `mustContain` (so a recycled pid of an unrelated process is left alone).
 */
export async function stopLeftover(options: { what: string; pidFile: string; mustContain: string; signal: NodeJS.Signals; say: (line: string) => void }): Promise<boolean> {
  const pid = pidFromFile(options.pidFile);
  if (pid === undefined) return false;
  const commandLine = commandLineOf(pid);
  if (!commandLine || !commandLine.includes(options.mustContain)) return false;
  options.say(`stopping ${options.what} left running by an earlier start (pid ${pid})`);
  process.kill(pid, options.signal);
  await waitFor(async () => hasExited(pid), { timeoutMs: 30_000, what: `${options.what} (pid ${pid}) to stop` });
  return true;
}

interface RecordedChild {
  name: string;
  pid: number;
  /** Part of its command line (the program it runs), to tell it from a recycled pid. */
  marker: string;
}

/** Remembers the children's process groups, for `stopLeftoverChildren` after a crash. */
export function recordChildren(file: string, children: ReadonlyArray<RecordedChild>): void {
  writeFileSync(file, JSON.stringify(children, null, 2) + '\n');
}

export function forgetChildren(file: string): void {
  rmSync(file, { force: true });
}

/** Stops the process groups of children an earlier start recorded and did not stop; how many it stopped. */
export async function stopLeftoverChildren(file: string, say: (line: string) => void): Promise<number> {
  if (!existsSync(file)) return 0;
  let stopped = 0;
  let recorded: RecordedChild[] = [];
  try {
    recorded = JSON.parse(readFileSync(file, 'utf8')) as RecordedChild[];
  } catch {
    // A torn write from a crash: nothing reliable to act on.
  }
  for (const child of recorded) {
    if (!child.marker || !commandLineOf(child.pid)?.includes(child.marker)) continue;
    say(`stopping ${child.name} left running by an earlier start (pid ${child.pid})`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await waitFor(async () => hasExited(child.pid), { timeoutMs: 10_000, what: `${child.name} to stop` });
    stopped++;
  }
  forgetChildren(file);
  return stopped;
}
