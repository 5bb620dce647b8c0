import type { RunBatch } from '../live/batch-runner.js';
import { dataPayload, type LiveSubscriber } from '../live/cohort.js';
import type { Refreshable } from '../live/refreshable.js';
import { StreamCohort } from './stream-cohort.js';
import { normalizeTargetValue, type CohortTarget, type TableOccurrence } from '../live/cohort-target.js';

export interface StreamPollerOptions {
  batchSize: number;
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
 * pushed, refreshes never overlap, and a cohort that lands on a position another cohort
 * already holds joins it (that cohort's next rows start at the same place).
 */
export class StreamPoller implements Refreshable {
  private readonly cohorts = new Map<string, StreamCohort>();
  private readonly cohortOf = new Map<LiveSubscriber, StreamCohort>();
  private inFlight: Promise<void> | null = null;
  /** Cohorts a change concerned since the current pass took its cohorts. */
  private readonly wanted = new Set<StreamCohort>();
  private wantAll = false;
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
    }
  }

  request(kind: 'all' | 'fresh'): void {
    if (this.stopped) return;
    if (kind === 'all') this.wantAll = true;
    else this.wantMore = true;
    if (!this.inFlight) this.inFlight = this.pump();
  }

  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  stop(): void {
    this.stopped = true;
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped && (this.wantAll || this.wantMore)) {
        const all = this.wantAll;
        this.wantAll = this.wantMore = false;
        if (all) this.lastFullRefreshAt = this.options.now();
        const targets = [...this.cohorts.values()].filter((c) => all || c.more || this.wanted.has(c));
        this.wanted.clear();
        if (targets.length > 0) await this.refresh(targets);
      }
    } finally {
      this.inFlight = null;
    }
  }

  private async refresh(targets: StreamCohort[]): Promise<void> {
    const started = this.options.now();
    const batches: StreamCohort[][] = [];
    for (let i = 0; i < targets.length; i += this.options.batchSize) batches.push(targets.slice(i, i + this.options.batchSize));
    let pushes = 0;
    let more = false;
    await Promise.all(
      batches.map(async (batch) => {
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
