import { readFileSync } from 'node:fs';
import { childrenOf, procCpu, procMemory, resetPeak, TICKS_PER_SECOND } from './proc.js';

/**
 * CPU time and peak memory of the stack's processes over a measurement window.
 *
 * CPU: utime + stime from /proc/<pid>/stat before and after. Postgres is the postmaster and
 * every backend: the backends alive at each end are added up, and a backend that exited in
 * between is in the postmaster's cutime/cstime (it waited for it), so nothing is lost or
 * counted twice.
 *
 * Peak memory: VmHWM of the single-process parts (reset at the window's start). For Postgres,
 * sampled every 250 ms: the backends' private memory added up plus the largest shared
 * mapping (shared_buffers is mapped by every backend; counting it per backend would add the
 * same pages many times).
 */

export const PROCESS_NAMES = ['engine', 'functions', 'postgres', 'pgbouncer'] as const;
export type ProcessName = (typeof PROCESS_NAMES)[number];
export type StackPids = Record<ProcessName, number> & {
  /** `npm start`'s own process: it relays every part's log lines (development only). */
  runner: number;
};

export interface Usage {
  seconds: number;
  cpuMs: Record<ProcessName | 'runner' | 'clients', number>;
  peakBytes: Record<ProcessName, number>;
  /** Busy CPU of the whole machine (all processes, all cores), for telling how quiet it was. */
  machineCpuMs: number;
}

function treeTicks(pid: number, depth = 0): number {
  const cpu = procCpu(pid);
  if (!cpu) return 0;
  let ticks = cpu.own + cpu.reaped;
  if (depth < 2) for (const child of childrenOf(pid)) ticks += treeTicks(child, depth + 1);
  return ticks;
}

function postgresBytes(postmaster: number): number {
  let anon = 0;
  let shmem = 0;
  for (const pid of [postmaster, ...childrenOf(postmaster)]) {
    const memory = procMemory(pid);
    if (!memory) continue;
    anon += memory.anonBytes;
    shmem = Math.max(shmem, memory.shmemBytes);
  }
  return anon + shmem;
}

export function machineBusyTicks(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number) as number[];
  return user! + nice! + system! + irq! + softirq! + steal!;
}

const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

export class UsageMeter {
  private startTicks = {} as Record<ProcessName, number>;
  private startRunner = 0;
  private startClient = process.cpuUsage();
  private startMachine = 0;
  private startedAt = 0;
  private postgresPeak = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pids: StackPids) {}

  start(): void {
    for (const name of PROCESS_NAMES) {
      this.startTicks[name] = treeTicks(this.pids[name]);
      if (name !== 'postgres') resetPeak(this.pids[name]);
    }
    this.startRunner = procCpu(this.pids.runner)?.own ?? 0;
    this.startClient = process.cpuUsage();
    this.startMachine = machineBusyTicks();
    this.startedAt = performance.now();
    this.postgresPeak = postgresBytes(this.pids.postgres);
    this.timer = setInterval(() => (this.postgresPeak = Math.max(this.postgresPeak, postgresBytes(this.pids.postgres))), 250);
  }

  stop(): Usage {
    clearInterval(this.timer);
    const cpuMs = {} as Usage['cpuMs'];
    const peakBytes = {} as Usage['peakBytes'];
    for (const name of PROCESS_NAMES) {
      cpuMs[name] = ticksToMs(treeTicks(this.pids[name]) - this.startTicks[name]);
      peakBytes[name] = name === 'postgres' ? Math.max(this.postgresPeak, postgresBytes(this.pids.postgres)) : (procMemory(this.pids[name])?.peakBytes ?? 0);
    }
    // Its own time only: the parts are its children (cutime would count them once they exit).
    cpuMs.runner = ticksToMs((procCpu(this.pids.runner)?.own ?? 0) - this.startRunner);
    const client = process.cpuUsage(this.startClient);
    cpuMs.clients = (client.user + client.system) / 1000;
    return { seconds: (performance.now() - this.startedAt) / 1000, cpuMs, peakBytes, machineCpuMs: ticksToMs(machineBusyTicks() - this.startMachine) };
  }
}
