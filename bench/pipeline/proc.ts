import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What Linux's /proc says about one process: CPU time and memory. Pure reads, no sampling
 * policy (that is usage.ts).
 */

export const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

export interface ProcCpu {
  /** utime + stime of the process itself (all its threads), in clock ticks. */
  own: number;
  /** cutime + cstime: children it has waited for (a Postgres backend that exited). */
  reaped: number;
}

export function procCpu(pid: number): ProcCpu | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: fields are counted after its ')'.
    const f = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return { own: f[11]! + f[12]!, reaped: f[13]! + f[14]! };
  } catch {
    return undefined;
  }
}

export function parentOf(pid: number): number {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Direct children of a process (Postgres: its backends and workers). */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export interface ProcMemory {
  /** Peak resident set since start or the last resetPeak (VmHWM). */
  peakBytes: number;
  anonBytes: number;
  shmemBytes: number;
}

export function procMemory(pid: number): ProcMemory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { peakBytes: kb('VmHWM'), anonBytes: kb('RssAnon'), shmemBytes: kb('RssShmem') };
  } catch {
    return undefined;
  }
}

/** Starts VmHWM over from the current RSS (Linux ≥ 4.0, needs the right to write the file: root). */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
