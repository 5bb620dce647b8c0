/** Thrown out of a start-up step once a stop has been requested. */
export class StopRequested extends Error {
  constructor() {
    super('stop requested');
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The one decision of a running stack: keep going, or stop — because of a signal (a
 * clean stop, exit 0) or because a part failed (exit 1). The first reason wins; a part
 * exiting while everything is being stopped is not a failure.
 */
export class Lifecycle {
  failure: string | undefined;
  private reason: string | undefined;
  private resolveStop!: () => void;
  readonly stopped = new Promise<void>((resolve) => (this.resolveStop = resolve));

  constructor(private readonly say: (line: string) => void) {}

  get stopping(): boolean {
    return this.reason !== undefined;
  }

  requestStop(reason: string): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    this.resolveStop();
  }

  fail(message: string): void {
    if (this.reason !== undefined) return;
    this.failure = message;
    const lines = message.split('\n');
    if (lines.length === 1) this.say(`${message}: stopping everything`);
    else for (const line of [...lines, 'stopping everything']) this.say(line);
    this.requestStop(message);
  }

  /** Throws StopRequested when a stop has been requested: call between start-up steps. */
  checkpoint(): void {
    if (this.reason !== undefined) throw new StopRequested();
  }

  /** `promise`, abandoned with StopRequested as soon as a stop is requested. */
  race<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([
      promise,
      this.stopped.then(() => {
        throw new StopRequested();
      }),
    ]);
  }

  /**
   * Stops when our parent exits without signalling us (npm or the bootstrap killed with
   * SIGKILL): the stack's servers live in their own process groups and would run on.
   */
  stopWhenOrphaned(intervalMs = 500): () => void {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      if (this.reason === undefined) this.say('parent process exited: stopping');
      this.requestStop('orphaned');
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Installs the signal handlers; returns their removal. A repeated signal changes nothing. */
  listen(): () => void {
    const handler = (signal: NodeJS.Signals) => {
      if (this.reason === undefined) this.say(`${signal} received: stopping`);
      this.requestStop(signal);
    };
    for (const signal of SIGNALS) process.on(signal, handler);
    return () => {
      for (const signal of SIGNALS) process.off(signal, handler);
    };
  }
}
