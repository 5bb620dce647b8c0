import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time from /proc (Linux), to tell where a measurement window's CPU went: the server,
 * Postgres, the load generator, and anything else running on the machine at the time.
 */

const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime, in seconds. */
  cpuSeconds: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: fields are counted after its ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/** CPU seconds of one process (its threads included). */
export function processCpuSeconds(pid: number): number {
  return procStat(pid)?.cpuSeconds ?? 0;
}

/** CPU seconds of a process and each of its live children (Postgres: the postmaster and its backends), by pid. */
export function processTreeCpu(rootPid: number): Map<number, number> {
  const byPid = new Map([[rootPid, processCpuSeconds(rootPid)]]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.ppid === rootPid) byPid.set(Number(entry), stat.cpuSeconds);
  }
  return byPid;
}

/**
 * CPU seconds a process tree used between two snapshots. Pids are compared one by one: a
 * pool closing an idle connection takes that backend's past CPU with it, which must not
 * count as negative use; a backend started in between counts from zero.
 */
export function treeCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU seconds of the whole machine, all cores added up. */
export function machineBusySeconds(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = cpu as [number, number, number, number, number, number, number, number];
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
