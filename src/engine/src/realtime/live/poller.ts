import type { RunBatch } from './batch-runner.js';
import { Cohort, dataPayload, type LiveSubscriber } from './cohort.js';
import type { Refreshable } from './refreshable.js';

export interface PollerOptions {
  batchSize: number;
  runBatch: RunBatch;
  now(): number;
  /** Reports each refresh (for metrics): cohorts run, statements, subscribers pushed to. */
  onRefresh?(stats: { cohorts: number; statements: number; pushes: number; ms: number }): void;
}

/**
 * All subscribers of one (role, statement shape): Hasura's poller. A refresh runs every
 * cohort in batches of `batchSize`, one statement per batch, the batches concurrently.
 *
 * At most one refresh is in flight; requests that arrive meanwhile are coalesced into one
 * follow-up refresh, so a burst of table changes costs at most two refreshes. New
 * subscribers ask for a cheaper refresh of just the cohorts that have someone waiting for a
 * first result.
 */
export class Poller implements Refreshable {
  private readonly cohorts = new Map<string, Cohort>();
  private readonly cohortOf = new Map<LiveSubscriber, Cohort>();
  private inFlight: Promise<void> | null = null;
  private wantAll = false;
  private wantFresh = false;
  private stopped = false;
  lastFullRefreshAt = -Infinity;

  constructor(
    readonly key: string,
    /** The one-subscriber statement this poller multiplexes. */
    readonly statement: string,
    /** Tables whose changes make this poller refresh. */
    public tables: ReadonlySet<string>,
    private readonly options: PollerOptions,
  ) {}

  get subscriberCount(): number {
    return this.cohortOf.size;
  }

  get cohortCount(): number {
    return this.cohorts.size;
  }

  get empty(): boolean {
    return this.cohortOf.size === 0;
  }

  add(subscriber: LiveSubscriber, cohortKey: string, variablesJson: string): void {
    let cohort = this.cohorts.get(cohortKey);
    if (!cohort) {
      cohort = new Cohort(cohortKey, variablesJson);
      this.cohorts.set(cohortKey, cohort);
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
    if (cohort.empty) this.cohorts.delete(cohort.key);
  }

  request(kind: 'all' | 'fresh'): void {
    if (this.stopped) return;
    if (kind === 'all') this.wantAll = true;
    else this.wantFresh = true;
    if (!this.inFlight) this.inFlight = this.pump();
  }

  /** Resolves when no refresh is running or pending. */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  stop(): void {
    this.stopped = true;
    this.wantAll = this.wantFresh = false;
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped && (this.wantAll || this.wantFresh)) {
        const all = this.wantAll;
        this.wantAll = this.wantFresh = false;
        if (all) this.lastFullRefreshAt = this.options.now();
        const targets = [...this.cohorts.values()].filter((c) => all || c.fresh.size > 0);
        if (targets.length > 0) await this.refresh(targets);
      }
    } finally {
      this.inFlight = null;
    }
  }

  private async refresh(targets: Cohort[]): Promise<void> {
    const started = this.options.now();
    const batches: Cohort[][] = [];
    for (let i = 0; i < targets.length; i += this.options.batchSize) batches.push(targets.slice(i, i + this.options.batchSize));
    let pushes = 0;
    await Promise.all(
      batches.map(async (batch) => {
        const results = await this.options.runBatch(batch);
        for (const cohort of batch) {
          // A cohort whose subscribers all left while the statement ran has nobody to tell.
          if (this.cohorts.get(cohort.key) !== cohort) continue;
          const result = results.get(cohort.id);
          if (!result) continue;
          pushes += cohort.deliver('data' in result ? dataPayload(result.data) : result.errorPayload);
        }
      }),
    );
    this.options.onRefresh?.({ cohorts: targets.length, statements: batches.length, pushes, ms: this.options.now() - started });
  }
}
