import type { RunBatch } from '../live/batch-runner.js';
import { dataPayload, type LiveSubscriber } from '../live/cohort.js';
import type { Refreshable } from '../live/refreshable.js';
import { StreamCohort } from './stream-cohort.js';
import { normalizeTargetValue, type CohortTarget, type TableOccurrence } from '../live/cohort-target.js';

export interface StreamPollerOptions {
  batchSize: number;
  /** As for live pollers: batches per pass of a full refresh (undefined: all at once, Hasura's polling), and with it the express lane. */
  sweepBatches?: number;
  runBatch: RunBatch;
  now(): number;
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
  transformData?(dataJson: string): string;
}

/**
 * All streaming subscribers of one (role, statement shape). Each refresh runs every cohort's
 * "rows after my cursor" query in batches (one statement per batch), pushes non-empty results
 * (empty batches are not sent, as in Hasura) and moves each cohort's cursor. A cohort that got
 * rows asks for another refresh at once, so a backlog drains at statement speed instead of
 * one `batch_size` per polling interval.
 *
 * Exactly once and in order per subscriber: a cohort's cursor moves only after its rows were
 * pushed, a cohort is never in two statements at once, and a cohort that lands on a position
 * another cohort already holds joins it (that cohort's next rows start at the same place).
 *
 * Change-driven (`sweepBatches` set), a full refresh (the backstop) is swept in passes, and
 * cohorts a change concerns run at once in an express lane beside a pass in flight, as live
 * pollers do: a new message does not wait behind a sweep of every conversation.
 */
export class StreamPoller implements Refreshable {
  private readonly cohorts = new Map<string, StreamCohort>();
  private readonly cohortOf = new Map<LiveSubscriber, StreamCohort>();
  private inFlight: Promise<void> | null = null;
  /** Whether the pump / the express lane is running (exact even when one ends before returning its promise). */
  private pumping = false;
  private expressing = false;
  private express: Promise<void> | null = null;
  /** Cohorts a change concerned since the current pass took its cohorts. */
  private readonly wanted = new Set<StreamCohort>();
  /** Cohorts a full refresh still has to run. */
  private readonly sweep = new Set<StreamCohort>();
  /** Cohorts in a statement now. */
  private readonly running = new Set<StreamCohort>();
  private wantMore = false;
  private stopped = false;
  lastFullRefreshAt = -Infinity;

  constructor(
    readonly key: string,
    readonly relations: ReadonlyMap<string, number>,
    public tables: ReadonlySet<string>,
    private readonly options: StreamPollerOptions,
    /** The occurrences of the tables the statement reads, with their targets and the columns they read. */
    readonly occurrences: readonly TableOccurrence[] = [],
  ) {}

  occurrencesOf(table: string): readonly TableOccurrence[] {
    return this.occurrences.filter((o) => o.table === table);
  }

  /**
   * A change can only have added rows for cohorts whose `target` value is among these: they look
   * again. (A cohort whose value does not normalize always does.) Others keep their cursor.
   */
  requestCohorts(target: CohortTarget, values: Iterable<string>): void {
    if (this.stopped) return;
    const matching = new Set<string>();
    for (const value of values) {
      const normalized = normalizeTargetValue(target.kind, value);
      if (normalized !== null) matching.add(normalized);
    }
    let any = false;
    for (const cohort of this.cohorts.values()) {
      const value = cohort.targetValue(target.valueIndex, target.kind);
      if (value !== null && !matching.has(value)) continue;
      // Not `more`: a statement already running for the cohort may have read before the change
      // committed, and its empty answer would clear the flag; a wanted cohort runs in the next pass.
      this.wanted.add(cohort);
      any = true;
    }
    if (any) this.request('fresh');
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

  add(subscriber: LiveSubscriber, values: (string | null)[], cursorIndex: number): void {
    const fresh = new StreamCohort(values, cursorIndex);
    let cohort = this.cohorts.get(fresh.key);
    if (!cohort) {
      cohort = fresh;
      this.cohorts.set(cohort.key, cohort);
    }
    cohort.subscribers.add(subscriber);
    this.cohortOf.set(subscriber, cohort);
    this.request('fresh');
  }

  remove(subscriber: LiveSubscriber): void {
    const cohort = this.cohortOf.get(subscriber);
    if (!cohort) return;
    this.cohortOf.delete(subscriber);
    cohort.subscribers.delete(subscriber);
    if (cohort.subscribers.size === 0 && this.cohorts.get(cohort.key) === cohort) {
      this.cohorts.delete(cohort.key);
      this.wanted.delete(cohort);
      this.sweep.delete(cohort);
    }
  }

  request(kind: 'all' | 'fresh'): void {
    if (this.stopped) return;
    if (kind === 'all') {
      this.lastFullRefreshAt = this.options.now();
      for (const cohort of this.cohorts.values()) this.sweep.add(cohort);
    }
    this.wantMore = true;
    this.start();
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.express) await Promise.all([this.inFlight, this.express]);
  }

  stop(): void {
    this.stopped = true;
    this.sweep.clear();
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
      while (!this.stopped && (this.wantMore || this.sweep.size > 0)) {
        this.wantMore = false;
        const targets = this.nextPass();
        // Nothing to take: what is left is in the express lane, which restarts the pump when it ends.
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
        const targets = [...this.wanted].filter((cohort) => this.current(cohort) && !this.running.has(cohort));
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
      if (!this.stopped && !this.pumping && (this.wanted.size > 0 || this.sweep.size > 0 || this.wantMore)) {
        this.wantMore = true;
        this.start();
      }
    }
  }

  /** Whether the cohort is still filed under its key (not merged into another one). */
  private current(cohort: StreamCohort): boolean {
    return this.cohorts.get(cohort.key) === cohort;
  }

  /** Cohorts with rows waiting or concerned by a change first, then the next slice of the sweep; cohorts in flight stay queued. */
  private nextPass(): StreamCohort[] {
    for (const cohort of this.wanted) if (!this.current(cohort)) this.wanted.delete(cohort);
    const targets: StreamCohort[] = [];
    for (const cohort of this.cohorts.values()) {
      if ((cohort.more || this.wanted.has(cohort)) && !this.running.has(cohort)) {
        targets.push(cohort);
        this.wanted.delete(cohort);
        this.sweep.delete(cohort);
      }
    }
    const room = this.options.sweepBatches === undefined ? Infinity : this.options.sweepBatches * this.options.batchSize;
    let taken = 0;
    for (const cohort of this.sweep) {
      if (taken >= room) break;
      if (!this.current(cohort)) {
        this.sweep.delete(cohort);
        continue;
      }
      if (this.running.has(cohort)) continue;
      targets.push(cohort);
      this.sweep.delete(cohort);
      taken++;
    }
    return targets;
  }

  private async refresh(targets: StreamCohort[]): Promise<void> {
    const started = this.options.now();
    const batches: StreamCohort[][] = [];
    for (let i = 0; i < targets.length; i += this.options.batchSize) batches.push(targets.slice(i, i + this.options.batchSize));
    let pushes = 0;
    let more = false;
    await Promise.all(
      batches.map(async (batch) => {
        for (const cohort of batch) this.running.add(cohort);
        try {
          const results = await this.options.runBatch(batch);
          for (const cohort of batch) {
            if (this.cohorts.get(cohort.key) !== cohort) continue;
            const result = results.get(cohort.id);
            if (!result) continue;
            if ('errorPayload' in result) {
              cohort.more = false;
              cohort.pushError(result.errorPayload);
              continue;
            }
            if (result.cursor === null || result.cursor === undefined) {
              cohort.more = false;
              continue;
            }
            const data = result.data !== null && this.options.transformData ? this.options.transformData(result.data) : result.data;
            cohort.push(dataPayload(data));
            pushes += cohort.subscribers.size;
            this.move(cohort, result.cursor);
            more = true;
          }
        } finally {
          for (const cohort of batch) this.running.delete(cohort);
        }
      }),
    );
    this.options.onRefresh?.({ cohorts: targets.length, statements: batches.length, pushes, ms: this.options.now() - started });
    if (more) this.request('fresh');
  }

  private move(cohort: StreamCohort, cursorJson: string): void {
    this.cohorts.delete(cohort.key);
    cohort.advance(cursorJson);
    cohort.more = true;
    const existing = this.cohorts.get(cohort.key);
    if (!existing) {
      this.cohorts.set(cohort.key, cohort);
      return;
    }
    for (const subscriber of cohort.subscribers) {
      existing.subscribers.add(subscriber);
      this.cohortOf.set(subscriber, existing);
    }
    existing.more = true;
  }
}
