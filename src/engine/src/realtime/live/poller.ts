import type { RunBatch } from './batch-runner.js';
import { Cohort, dataPayload, type LiveSubscriber } from './cohort.js';
import { normalizeTargetValue, sameTarget, type CohortTarget, type TableOccurrence } from './cohort-target.js';
import type { Refreshable } from './refreshable.js';

export interface PollerOptions {
  batchSize: number;
  /**
   * How many batches of a full refresh one pass may take. A full refresh of a large poller is
   * swept in passes, and each pass first runs the cohorts someone is waiting for (new
   * subscribers, targeted changes), so a backstop sweep over 5,000 cohorts does not hold up
   * the one cohort a change just touched. Infinity: all at once (Hasura's polling).
   */
  sweepBatches?: number;
  /**
   * The least time between the starts of two full refreshes (ms; 0: none). A poller that no
   * change can be narrowed for (a courier's list behind an EXISTS permission) would otherwise
   * re-run every cohort after each write, so its cost grew with the write rate; spaced, it is
   * bounded, and a change waits at most this long. Targeted refreshes are never delayed.
   */
  fullRefreshSpacingMs?: number;
  runBatch: RunBatch;
  now(): number;
  /** Reports each refresh (for metrics): cohorts run, statements, subscribers pushed to. */
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
}

/**
 * All subscribers of one (role, statement shape): Hasura's poller. A refresh runs the chosen
 * cohorts in batches of `batchSize`, one statement per batch, the batches concurrently.
 *
 * At most one refresh is in flight; requests that arrive meanwhile are merged into one
 * follow-up, so a burst of changes costs at most two refreshes. New subscribers, and changes
 * to rows that only some cohorts can see (`requestCohorts`, when the poller has a target), ask
 * for a refresh of just those cohorts instead of all of them.
 */
export class Poller implements Refreshable {
  private readonly cohorts = new Map<string, Cohort>();
  private readonly cohortOf = new Map<LiveSubscriber, Cohort>();
  /** Per target table: cohorts by their normalized target value; cohorts whose value does not normalize are always refreshed. */
  private readonly indexes: { target: CohortTarget; byValue: Map<string, Set<Cohort>>; untargetable: Set<Cohort> }[];
  private readonly wanted = new Set<Cohort>();
  /** Cohorts a full refresh still has to run, oldest request first. */
  private readonly sweep = new Set<Cohort>();
  private inFlight: Promise<void> | null = null;
  /** Whether the pump / the express lane is running (exact even when one ends before returning its promise). */
  private pumping = false;
  private expressing = false;
  /** The express lane: changed cohorts run beside a pass already in flight (see `start`). */
  private express: Promise<void> | null = null;
  /** Cohorts in a statement now; a cohort is never in two at once, so its pushes keep their order. */
  private readonly running = new Set<Cohort>();
  /** A full refresh asked for within the spacing, to start when it ends. */
  private spacedAll: NodeJS.Timeout | null = null;
  private wantSome = false;
  private stopped = false;
  lastFullRefreshAt = -Infinity;

  constructor(
    readonly key: string,
    /** The relations the one-subscriber statement reads (`schema.name`), with how often. */
    readonly relations: ReadonlyMap<string, number>,
    /** Tables whose changes make this poller refresh. */
    public tables: ReadonlySet<string>,
    private readonly options: PollerOptions,
    /** The occurrences of the tables the statement reads, with their targets and the columns they read. */
    readonly occurrences: readonly TableOccurrence[] = [],
  ) {
    this.indexes = [];
    for (const { target } of occurrences) {
      if (target && !this.indexes.some((i) => sameTarget(i.target, target))) this.indexes.push({ target, byValue: new Map(), untargetable: new Set() });
    }
  }

  /** The occurrences of a table the statement reads itself (none: only through a view or function). */
  occurrencesOf(table: string): readonly TableOccurrence[] {
    return this.occurrences.filter((o) => o.table === table);
  }

  get subscriberCount(): number {
    return this.cohortOf.size;
  }

  get cohortCount(): number {
    return this.cohorts.size;
  }

  get empty(): boolean {
    return this.cohortOf.size === 0;
  }

  add(subscriber: LiveSubscriber, values: readonly (string | null)[]): void {
    const key = JSON.stringify(values);
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = new Cohort(key, key);
      this.cohorts.set(key, cohort);
      this.index(cohort, values, true);
    }
    cohort.add(subscriber);
    this.cohortOf.set(subscriber, cohort);
    this.request('fresh');
  }

  remove(subscriber: LiveSubscriber): void {
    const cohort = this.cohortOf.get(subscriber);
    if (!cohort) return;
    this.cohortOf.delete(subscriber);
    cohort.remove(subscriber);
    if (cohort.empty) {
      this.cohorts.delete(cohort.key);
      this.index(cohort, JSON.parse(cohort.key) as (string | null)[], false);
      this.wanted.delete(cohort);
      this.sweep.delete(cohort);
    }
  }

  request(kind: 'all' | 'fresh'): void {
    if (this.stopped) return;
    if (kind === 'all') {
      const wait = this.lastFullRefreshAt + (this.options.fullRefreshSpacingMs ?? 0) - this.options.now();
      if (wait > 0) {
        this.spacedAll ??= setTimeout(() => {
          this.spacedAll = null;
          this.request('all');
        }, wait);
        return;
      }
      this.lastFullRefreshAt = this.options.now();
      // Cohorts still queued will run after this change anyway; the others queue again at the end.
      for (const cohort of this.cohorts.values()) this.sweep.add(cohort);
    }
    this.wantSome = true;
    this.start();
  }

  /** Rows whose `target` column had one of these (canonical text) values changed (or, with a lookup, that reached these cohort values). */
  requestCohorts(target: CohortTarget, values: Iterable<string>): void {
    const index = this.indexes.find((i) => sameTarget(i.target, target));
    if (this.stopped || !index) return;
    let any = false;
    for (const value of values) {
      const normalized = normalizeTargetValue(index.target.kind, value);
      if (normalized === null) continue;
      for (const cohort of index.byValue.get(normalized) ?? []) {
        this.wanted.add(cohort);
        any = true;
      }
    }
    for (const cohort of index.untargetable) {
      this.wanted.add(cohort);
      any = true;
    }
    if (!any) return;
    this.wantSome = true;
    this.start();
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.express) await Promise.all([this.inFlight, this.express]);
  }

  stop(): void {
    this.stopped = true;
    this.wantSome = false;
    this.sweep.clear();
    if (this.spacedAll) clearTimeout(this.spacedAll);
    this.spacedAll = null;
  }

  private index(cohort: Cohort, values: readonly (string | null)[], add: boolean): void {
    for (const { target, byValue, untargetable } of this.indexes) {
      const value = normalizeTargetValue(target.kind, values[target.valueIndex] ?? null);
      if (value === null) {
        if (add) untargetable.add(cohort);
        else untargetable.delete(cohort);
        continue;
      }
      let set = byValue.get(value);
      if (add) {
        if (!set) byValue.set(value, (set = new Set()));
        set.add(cohort);
      } else if (set) {
        set.delete(cohort);
        if (set.size === 0) byValue.delete(value);
      }
    }
  }

  /**
   * Starts the pump if it is idle. If it is busy (a pass of a full refresh, say), changed
   * cohorts that are not in that pass run at once in the express lane beside it instead of
   * waiting for the pass to end: a change's push does not queue behind a backstop sweep of
   * thousands of cohorts. Only swept (change-driven) pollers have the lane; a cohort in flight
   * waits for its statement to end, which may have started before the change.
   */
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
        this.wantSome = false;
        const targets = this.nextPass();
        // Nothing to take: what is left runs in the express lane now, which restarts the pump when it ends.
        if (targets.length === 0) break;
        await this.refresh(targets);
      }
    } finally {
      this.pumping = false;
      this.inFlight = null;
    }
  }

  private async expressLane(): Promise<void> {
    try {
      while (!this.stopped) {
        const targets = [...this.wanted].filter((cohort) => !this.running.has(cohort) && this.cohorts.get(cohort.key) === cohort);
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
      if (!this.stopped && !this.pumping && (this.wanted.size > 0 || this.sweep.size > 0 || this.wantSome)) {
        this.wantSome = true;
        this.start();
      }
    }
  }

  /** Waiting cohorts first, then the next slice of the sweep; cohorts in flight in the other lane stay queued. */
  private nextPass(): Cohort[] {
    const targets: Cohort[] = [];
    for (const cohort of this.cohorts.values()) {
      if ((cohort.fresh.size > 0 || this.wanted.has(cohort)) && !this.running.has(cohort)) {
        targets.push(cohort);
        this.wanted.delete(cohort);
        this.sweep.delete(cohort);
      }
    }
    const room = this.options.sweepBatches === undefined ? Infinity : this.options.sweepBatches * this.options.batchSize;
    let taken = 0;
    for (const cohort of this.sweep) {
      if (taken >= room) break;
      if (this.running.has(cohort)) continue;
      targets.push(cohort);
      this.sweep.delete(cohort);
      taken++;
    }
    return targets;
  }

  private async refresh(targets: Cohort[]): Promise<void> {
    for (const cohort of targets) this.running.add(cohort);
    const started = this.options.now();
    const batches: Cohort[][] = [];
    for (let i = 0; i < targets.length; i += this.options.batchSize) batches.push(targets.slice(i, i + this.options.batchSize));
    let pushes = 0;
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const results = await this.options.runBatch(batch);
          for (const cohort of batch) {
            // A cohort whose subscribers all left while the statement ran has nobody to tell.
            if (this.cohorts.get(cohort.key) !== cohort) continue;
            const result = results.get(cohort.id);
            if (!result) continue;
            pushes += await cohort.deliver('data' in result ? dataPayload(result.data) : result.errorPayload);
          }
        } finally {
          for (const cohort of batch) this.running.delete(cohort);
        }
      }),
    );
    this.options.onRefresh?.({ cohorts: targets.length, statements: batches.length, pushes, ms: this.options.now() - started });
  }
}
