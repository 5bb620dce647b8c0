import type { RunBatch } from './batch-runner.js';
import { Cohort, dataPayload, type LiveSubscriber } from './cohort.js';
import { normalizeTargetValue, sameTarget, type CohortTarget, type TableOccurrence } from './cohort-target.js';
import type { Refreshable } from './refreshable.js';
import type { OperationAccount } from './operation-accounts.js';
import { RefreshLanes } from './refresh-lanes.js';

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
  /** The counters of the subscribed operation the poller serves (the manager's metrics). */
  account?: OperationAccount;
  runBatch: RunBatch;
  now(): number;
  /** Reports each refresh (for metrics): cohorts run, statements, subscribers pushed to. */
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
}

/**
 * All subscribers of one (role, statement shape): Hasura's poller. A refresh runs the chosen
 * cohorts in batches of `batchSize`, one statement per batch, the batches concurrently; when
 * and which is `RefreshLanes`' business (passes, the sweep, the express lane).
 *
 * New subscribers, and changes to rows that only some cohorts can see (`requestCohorts`, when
 * the poller has a target), ask for a refresh of just those cohorts instead of all of them.
 */
export class Poller implements Refreshable {
  private readonly cohorts = new Map<string, Cohort>();
  private readonly cohortOf = new Map<LiveSubscriber, Cohort>();
  /** Per target table: cohorts by their normalized target value; cohorts whose value does not normalize are always refreshed. */
  private readonly indexes: { target: CohortTarget; byValue: Map<string, Set<Cohort>>; untargetable: Set<Cohort> }[];
  private readonly lanes: RefreshLanes<Cohort>;
  /** A full refresh asked for within the spacing, to start when it ends. */
  private spacedAll: NodeJS.Timeout | null = null;
  private stopped = false;
  lastFullRefreshAt = -Infinity;

  get account(): OperationAccount | undefined {
    return this.options.account;
  }

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
    this.lanes = new RefreshLanes<Cohort>(
      {
        cohorts: () => this.cohorts.values(),
        current: (cohort) => this.cohorts.get(cohort.key) === cohort,
        waiting: (cohort) => cohort.fresh.size > 0,
        runBatch: (batch) => this.runBatch(batch),
        onRefresh: options.onRefresh,
      },
      options,
    );
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
      this.lanes.forget(cohort);
    }
  }

  request(kind: 'all' | 'fresh', paceOverMs?: number): void {
    if (this.stopped) return;
    if (kind === 'fresh') return this.lanes.runWaiting();
    const wait = this.lastFullRefreshAt + (this.options.fullRefreshSpacingMs ?? 0) - this.options.now();
    if (wait > 0) {
      this.spacedAll ??= setTimeout(() => {
        this.spacedAll = null;
        this.request(kind, paceOverMs);
      }, wait);
      return;
    }
    this.lastFullRefreshAt = this.options.now();
    this.lanes.sweepAll(paceOverMs);
  }

  /** Rows whose `target` column had one of these (canonical text) values changed (or, with a lookup, that reached these cohort values). */
  requestCohorts(target: CohortTarget, values: Iterable<string>): number {
    const index = this.indexes.find((i) => sameTarget(i.target, target));
    if (this.stopped || !index) return 0;
    const wanted: Cohort[] = [];
    for (const value of values) {
      const normalized = normalizeTargetValue(index.target.kind, value);
      if (normalized === null) continue;
      for (const cohort of index.byValue.get(normalized) ?? []) wanted.push(cohort);
    }
    for (const cohort of index.untargetable) wanted.push(cohort);
    this.lanes.want(wanted);
    return wanted.length;
  }

  idle(): Promise<void> {
    return this.lanes.idle();
  }

  stop(): void {
    this.stopped = true;
    this.lanes.stop();
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

  private async runBatch(batch: Cohort[]): Promise<{ pushes: number; again: boolean }> {
    const results = await this.options.runBatch(batch);
    let pushes = 0;
    for (const cohort of batch) {
      // A cohort whose subscribers all left while the statement ran has nobody to tell.
      if (this.cohorts.get(cohort.key) !== cohort) continue;
      const result = results.get(cohort.id);
      if (!result) continue;
      pushes += await cohort.deliver('data' in result ? dataPayload(result.data) : result.errorPayload);
    }
    return { pushes, again: false };
  }
}
