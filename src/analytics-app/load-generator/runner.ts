import type { Simulation, SimulationStatus, StartOptions } from './simulation.js';

/**
 * Drives a Simulation with a timer while it has work, one tick at a time (a tick never
 * overlaps the previous one), and serialises start/stop requests.
 */
export const TICK_MS = 250;

export class SimulationRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticking = false;
  private closed = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly simulation: Simulation,
    private readonly now: () => number = Date.now,
  ) {}

  status(): SimulationStatus {
    return this.simulation.status();
  }

  start(options: StartOptions): Promise<SimulationStatus> {
    return this.serial(async () => {
      await this.simulation.start(options, this.now());
      this.schedule();
      return this.simulation.status();
    });
  }

  stop(): Promise<SimulationStatus> {
    return this.serial(async () => {
      this.simulation.stop();
      return this.simulation.status();
    });
  }

  /** Stops placing and stops ticking: for shutting the server down. */
  close(): void {
    this.closed = true;
    this.simulation.stop();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private schedule(): void {
    if (this.closed || this.timer || this.ticking) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.ticking = true;
      this.simulation
        .tick(this.now())
        .finally(() => {
          this.ticking = false;
          if (this.simulation.hasWork) this.schedule();
        })
        .catch(() => undefined);
    }, TICK_MS);
    // Never keep a process alive just for the simulation.
    this.timer.unref?.();
  }
}
