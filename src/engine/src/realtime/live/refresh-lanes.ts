/** What the lanes need of a poller, live or streaming. */
export interface LaneHost<C> {
  /** The poller's cohorts, oldest first. */
  cohorts(): Iterable<C>;
  /** Whether the cohort is still the poller's (not left, not merged into another one). */
  current(cohort: C): boolean;
  /** Whether the cohort waits for a run of its own (new subscribers, a stream backlog). */
  waiting(cohort: C): boolean;
  /** Runs one batch in one statement and delivers its results: how many pushes, and whether a cohort should run again at once. */
  runBatch(batch: C[]): Promise<{ pushes: number; again: boolean }>;
  /** Reports each refresh (for metrics). */
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
}

export interface LaneOptions {
  batchSize: number;
  /**
   * How many batches of a full refresh one pass may take, and with it the express lane.
   * Undefined: every cohort in one pass, no express lane (Hasura's polling).
   */
  sweepBatches?: number;
  now(): number;
}

/**
 * The scheduling of a poller's refreshes, shared by live and streaming pollers.
 *
 * The pump runs passes one after another: first the cohorts someone is waiting for (new
 * subscribers, a stream backlog, cohorts a change concerned), then the next slice of a full
 * refresh ("the sweep"), `sweepBatches` batches at a time. Requests that arrive meanwhile are
 * merged into the next pass, so a burst of changes costs at most two refreshes.
 *
 * The express lane: when the pump is busy (a pass in flight, or a paced sweep waiting for its
 * next slice), cohorts a change concerned run at once beside it instead of waiting, so a
 * change's push never queues behind a backstop sweep of thousands of cohorts.
 *
 * A cohort is never in two statements at once (`running`), so its pushes keep their order; a
 * cohort in flight stays queued and runs in a later pass.
 *
 * A paced sweep (the backstop's) spreads its slices evenly over a period instead of running
 * them back to back, so the database sees a steady trickle rather than a burst that the
 * changes' statements would queue behind.
 */
export class RefreshLanes<C> {
  /** Cohorts a change concerned, not yet taken by a pass. */
  private readonly wanted = new Set<C>();
  /** Cohorts a full refresh still has to run, oldest request first. */
  private readonly sweep = new Set<C>();
  /** Cohorts in a statement now. */
  private readonly running = new Set<C>();
  /** Whether the pump / the express lane is running (exact even when one ends before returning its promise). */
  private pumping = false;
  private expressing = false;
  private inFlight: Promise<void> | null = null;
  private express: Promise<void> | null = null;
  private wantSome = false;
  private stopped = false;
  /** While the sweep is paced: when its last slice should start. */
  private paceUntil: number | null = null;
  /** While the sweep is paced: when its next slice is due. */
  private nextSliceAt = -Infinity;
  private pauseTimer: NodeJS.Timeout | null = null;
  private wakePause: (() => void) | null = null;

  constructor(
    private readonly host: LaneHost<C>,
    private readonly options: LaneOptions,
  ) {}

  /** Runs every cohort; `paceOverMs`: spread the slices over that long (a request without it, or a change's, runs them back to back). */
  sweepAll(paceOverMs?: number): void {
    if (this.stopped) return;
    const sweeping = this.sweep.size > 0;
    // Cohorts still queued will run after this request anyway; the others queue again at the end.
    for (const cohort of this.host.cohorts()) this.sweep.add(cohort);
    if (paceOverMs && paceOverMs > 0 && this.options.sweepBatches !== undefined) {
      // An unpaced sweep under way stays unpaced: a change asked for it.
      if (!sweeping || this.paceUntil !== null) {
        this.paceUntil = this.options.now() + paceOverMs;
        this.nextSliceAt = Math.min(this.nextSliceAt, this.options.now());
      }
    } else {
      this.paceUntil = null;
    }
    this.runWaiting();
  }

  /** Runs these cohorts soon: beside a pass in flight when the lanes are change-driven. */
  want(cohorts: Iterable<C>): void {
    if (this.stopped) return;
    let any = false;
    for (const cohort of cohorts) {
      this.wanted.add(cohort);
      any = true;
    }
    if (any) this.runWaiting();
  }

  /** Runs the cohorts that wait (see `LaneHost.waiting`) in the next pass. */
  runWaiting(): void {
    if (this.stopped) return;
    this.wantSome = true;
    this.wakePause?.();
    this.start();
  }

  /** A cohort that left: nothing to run for it. */
  forget(cohort: C): void {
    this.wanted.delete(cohort);
    this.sweep.delete(cohort);
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.express) await Promise.all([this.inFlight, this.express]);
  }

  stop(): void {
    this.stopped = true;
    this.wantSome = false;
    this.wanted.clear();
    this.sweep.clear();
    this.paceUntil = null;
    this.wakePause?.();
  }

  private start(): void {
    if (!this.pumping) {
      this.pumping = true;
      const run = this.pump();
      // With nothing to take, the pump ends before returning: then nothing is in flight.
      if (this.pumping) this.inFlight = run;
    } else if (!this.expressing && this.options.sweepBatches !== undefined && this.wanted.size > 0) {
      this.expressing = true;
      const run = this.expressLane();
      if (this.expressing) this.express = run;
    }
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped && (this.wantSome || this.sweep.size > 0)) {
        // Between two slices of a paced sweep, with nothing else asked for, wait for the next slice's turn.
        if (!this.wantSome && this.paceUntil !== null) await this.pauseUntil(this.nextSliceAt);
        if (this.stopped) break;
        this.wantSome = false;
        const sliceDue = this.paceUntil === null || this.options.now() >= this.nextSliceAt;
        const targets = this.nextPass(sliceDue);
        if (targets.length === 0) {
          // Nothing to take: what is left runs in the express lane now, which restarts the pump when it ends.
          if (sliceDue) break;
          continue;
        }
        await this.refresh(targets);
      }
    } finally {
      this.pumping = false;
      this.inFlight = null;
      if (this.sweep.size === 0) this.paceUntil = null;
    }
  }

  private async expressLane(): Promise<void> {
    try {
      while (!this.stopped) {
        const targets = [...this.wanted].filter((cohort) => this.host.current(cohort) && !this.running.has(cohort));
        if (targets.length === 0) break;
        for (const cohort of targets) {
          this.wanted.delete(cohort);
          this.sweep.delete(cohort);
        }
        await this.refresh(targets);
      }
    } finally {
      this.expressing = false;
      this.express = null;
      if (!this.stopped && !this.pumping && (this.wanted.size > 0 || this.sweep.size > 0 || this.wantSome)) this.runWaiting();
    }
  }

  /** Sleeps until `at`; a request (`runWaiting`) or `stop` wakes it early. */
  private pauseUntil(at: number): Promise<void> {
    const wait = at - this.options.now();
    if (wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        if (this.pauseTimer) clearTimeout(this.pauseTimer);
        this.pauseTimer = null;
        this.wakePause = null;
        resolve();
      };
      this.wakePause = wake;
      this.pauseTimer = setTimeout(wake, wait);
    });
  }

  private sliceSize(): number {
    return this.options.sweepBatches === undefined ? Infinity : this.options.sweepBatches * this.options.batchSize;
  }

  /** Waiting cohorts first, then (if due) the next slice of the sweep; cohorts in flight in the other lane stay queued. */
  private nextPass(sliceDue: boolean): C[] {
    for (const cohort of this.wanted) if (!this.host.current(cohort)) this.wanted.delete(cohort);
    const targets: C[] = [];
    for (const cohort of this.host.cohorts()) {
      if ((this.host.waiting(cohort) || this.wanted.has(cohort)) && !this.running.has(cohort)) {
        targets.push(cohort);
        this.wanted.delete(cohort);
        this.sweep.delete(cohort);
      }
    }
    if (!sliceDue) return targets;
    const room = this.sliceSize();
    let taken = 0;
    for (const cohort of this.sweep) {
      if (taken >= room) break;
      if (!this.host.current(cohort)) {
        this.sweep.delete(cohort);
        continue;
      }
      if (this.running.has(cohort)) continue;
      targets.push(cohort);
      this.sweep.delete(cohort);
      taken++;
    }
    if (this.paceUntil !== null && taken > 0) {
      // The time left to the pace's end, shared among the slices left.
      const now = this.options.now();
      const slicesLeft = Math.ceil(this.sweep.size / room);
      this.nextSliceAt = slicesLeft === 0 ? now : now + Math.max(0, this.paceUntil - now) / slicesLeft;
    }
    return targets;
  }

  private async refresh(targets: C[]): Promise<void> {
    for (const cohort of targets) this.running.add(cohort);
    const started = this.options.now();
    const batches: C[][] = [];
    for (let i = 0; i < targets.length; i += this.options.batchSize) batches.push(targets.slice(i, i + this.options.batchSize));
    let pushes = 0;
    let again = false;
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const outcome = await this.host.runBatch(batch);
          pushes += outcome.pushes;
          again ||= outcome.again;
        } finally {
          for (const cohort of batch) this.running.delete(cohort);
        }
      }),
    );
    this.host.onRefresh?.({ cohorts: targets.length, statements: batches.length, pushes, ms: this.options.now() - started });
    if (again) this.runWaiting();
  }
}
