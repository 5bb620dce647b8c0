import type { RunBatch } from '../live/batch-runner.js';
import { dataPayload, type LiveSubscriber } from '../live/cohort.js';
import type { Refreshable } from '../live/refreshable.js';
import type { OperationAccount } from '../live/operation-accounts.js';
import { RefreshLanes } from '../live/refresh-lanes.js';
import { StreamCohort } from './stream-cohort.js';
import { normalizeTargetValue, type CohortTarget, type TableOccurrence } from '../live/cohort-target.js';

export interface StreamPollerOptions {
  batchSize: number;
  /** As for live pollers: batches per pass of a full refresh (undefined: all at once, Hasura's polling), and with it the express lane. */
  sweepBatches?: number;
  /** The counters of the subscribed operation the poller serves (the manager's metrics). */
  account?: OperationAccount;
  runBatch: RunBatch;
  now(): number;
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
  transformData?(dataJson: string): string;
}

/**
 * All streaming subscribers of one (role, statement shape). Each refresh runs every cohort's
 * "rows after my cursor" query in batches (one statement per batch), pushes non-empty results
 * (empty batches are not sent, as in Hasura) and moves each cohort's cursor. A cohort that got
 * a full batch asks for another refresh at once, so a backlog drains at statement speed instead
 * of one `batch_size` per polling interval; a shorter batch left nothing behind it.
 *
 * Exactly once and in order per subscriber: a cohort's cursor moves only after its rows were
 * pushed, a cohort is never in two statements at once, and a cohort that lands on a position
 * another cohort already holds joins it (that cohort's next rows start at the same place).
 *
 * Change-driven (`sweepBatches` set), a full refresh (the backstop) is swept in passes, and
 * cohorts a change concerns run at once in an express lane beside a pass in flight, as live
 * pollers do (`RefreshLanes`): a new message does not wait behind a sweep of every conversation.
 */
export class StreamPoller implements Refreshable {
  private readonly cohorts = new Map<string, StreamCohort>();
  private readonly cohortOf = new Map<LiveSubscriber, StreamCohort>();
  private readonly lanes: RefreshLanes<StreamCohort>;
  private stopped = false;
  lastFullRefreshAt = -Infinity;

  get account(): OperationAccount | undefined {
    return this.options.account;
  }

  constructor(
    readonly key: string,
    readonly relations: ReadonlyMap<string, number>,
    public tables: ReadonlySet<string>,
    private readonly options: StreamPollerOptions,
    /** The occurrences of the tables the statement reads, with their targets and the columns they read. */
    readonly occurrences: readonly TableOccurrence[] = [],
  ) {
    this.lanes = new RefreshLanes<StreamCohort>(
      {
        cohorts: () => this.cohorts.values(),
        current: (cohort) => this.cohorts.get(cohort.key) === cohort,
        waiting: (cohort) => cohort.more,
        runBatch: (batch) => this.runBatch(batch),
        onRefresh: options.onRefresh,
      },
      options,
    );
  }

  occurrencesOf(table: string): readonly TableOccurrence[] {
    return this.occurrences.filter((o) => o.table === table);
  }

  /**
   * A change can only have added rows for cohorts whose `target` value is among these: they look
   * again. (A cohort whose value does not normalize always does.) Others keep their cursor.
   */
  requestCohorts(target: CohortTarget, values: Iterable<string>): number {
    if (this.stopped) return 0;
    const matching = new Set<string>();
    for (const value of values) {
      const normalized = normalizeTargetValue(target.kind, value);
      if (normalized !== null) matching.add(normalized);
    }
    const wanted: StreamCohort[] = [];
    for (const cohort of this.cohorts.values()) {
      const value = cohort.targetValue(target.valueIndex, target.kind);
      // Not `more`: a statement already running for the cohort may have read before the change
      // committed, and its empty answer would clear the flag; a wanted cohort runs in the next pass.
      if (value === null || matching.has(value)) wanted.push(cohort);
    }
    this.lanes.want(wanted);
    return wanted.length;
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

  add(subscriber: LiveSubscriber, values: (string | null)[], cursorIndex: number, batchSize?: number): void {
    const fresh = new StreamCohort(values, cursorIndex, batchSize);
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
      this.lanes.forget(cohort);
    }
  }

  request(kind: 'all' | 'fresh', paceOverMs?: number): void {
    if (this.stopped) return;
    if (kind === 'fresh') return this.lanes.runWaiting();
    this.lastFullRefreshAt = this.options.now();
    this.lanes.sweepAll(paceOverMs);
  }

  idle(): Promise<void> {
    return this.lanes.idle();
  }

  stop(): void {
    this.stopped = true;
    this.lanes.stop();
  }

  private async runBatch(batch: StreamCohort[]): Promise<{ pushes: number; again: boolean }> {
    const results = await this.options.runBatch(batch);
    let pushes = 0;
    let again = false;
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
      // A cohort that got a full batch looks again at once: a backlog drains at statement
      // speed. A shorter batch left nothing behind; the next change wakes the cohort.
      const full = cohort.full(result.rows);
      this.move(cohort, result.cursor, full);
      again ||= full;
    }
    return { pushes, again };
  }

  private move(cohort: StreamCohort, cursorJson: string, full: boolean): void {
    this.cohorts.delete(cohort.key);
    cohort.advance(cursorJson);
    cohort.more = full;
    const existing = this.cohorts.get(cohort.key);
    if (!existing) {
      this.cohorts.set(cohort.key, cohort);
      return;
    }
    for (const subscriber of cohort.subscribers) {
      existing.subscribers.add(subscriber);
      this.cohortOf.set(subscriber, existing);
    }
    // The joined cohort is at the same position: it looks again if the batch that brought these
    // subscribers there was full, and otherwise keeps its own state (new, or up to date).
    existing.more ||= full;
  }
}
