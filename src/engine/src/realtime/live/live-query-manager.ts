import type pg from 'pg';
import { compile, relationsOf, type SQL } from '../../sql/builder.js';
import { StreamPoller } from '../stream/stream-poller.js';
import { batchRunner } from './batch-runner.js';
import type { LiveSubscriber } from './cohort.js';
import { cohortValues } from './cohort-values.js';
import { multiplexedQuery } from './multiplexed-query.js';
import { soundOccurrences, type CohortTarget, type TableOccurrence } from './cohort-target.js';
import { countFullRequest, countTargetedCohorts, OperationAccounts, type OperationAccount } from './operation-accounts.js';
import { Poller } from './poller.js';
import type { Refreshable } from './refreshable.js';
import { StatementCheck } from './statement-check.js';
import type { TableChanges } from '../changes/table-change.js';

/** A subscriber's compiled subscription: the one-subscriber statement and its bound values. */
export interface LiveQueryPlan {
  role: string;
  /** One row; first column the `data` object as json; every value a typed parameter (`sql.param`). */
  statement: SQL;
  /** The values bound to the statement's parameters, in order. */
  values: readonly unknown[];
  /** Proposed narrowing of refreshes to affected cohorts, per occurrence of a table; kept only if sound for the statement. */
  occurrences?: readonly TableOccurrence[];
  /** The subscribed operation's name, for the per-operation counters. */
  operationName?: string | null;
}

/** A streaming subscription: the statement's second column is the batch's last cursor value as json. */
export interface StreamPlan extends LiveQueryPlan {
  /** Index in `values` of the cursor value (`$<cursorIndex + 1>`). */
  cursorIndex: number;
  /**
   * The subscription's `batch_size`, when known (a literal, or a variable: then it is one of
   * the values, so it is the same for every subscriber of a cohort). A batch shorter than it
   * means nothing is left behind the cursor, so the cohort waits for the next change instead of
   * looking again at once; unknown, it always looks again.
   */
  batchSize?: number;
  /** Applied to each batch's `data` JSON before it is sent; must depend only on the statement. */
  transformData?(dataJson: string): string;
}

export interface LiveQueryManagerOptions {
  pool: Pick<pg.Pool, 'query'> & Partial<Pick<pg.Pool, 'connect'>>;
  /** Whether pollers run their statements as named prepared statements (the source's `use_prepared_statements`). */
  preparedStatements?(): boolean;
  /** Runs a cohort lookup (lookup-connections.ts); without it, lookups run unnamed on `pool`. */
  lookUp?(text: string, values: unknown[]): Promise<pg.QueryResult<{ overflow: boolean; values: string[] }>>;
  batchSize: number;
  refetchIntervalMs: number;
  /** true: table-change notifications refresh at once and polling is only a backstop. */
  changeDriven: boolean;
  /**
   * Change-driven only: the backstop interval for pollers whose every input is watched by a
   * change trigger. Pollers that read something no trigger watches (a function, a
   * materialized view) keep `refetchIntervalMs`. A backstop's sweep is spread over half its interval.
   */
  backstopIntervalMs?: number;
  /**
   * Change-driven only: the most cohorts a second the backstop of watched pollers may run, all
   * of this manager's pollers together (a sweep paced over half its interval runs at most this
   * many a second). With more watched cohorts than `backstopIntervalMs` allows at this rate, the
   * interval grows instead: 5,000 open pages at 200 a second are swept every 50 s. Unset or 0:
   * no budget.
   */
  backstopCohortsPerSecond?: number;
  /** Change-driven only: the least time between two full refreshes of one live poller (ms). */
  fullRefreshSpacingMs?: number;
  /** Maps the relations a statement reads (`schema.name`) to the tables whose changes affect it. */
  resolveTables(names: ReadonlySet<string>): ReadonlySet<string>;
  /** Whether every relation among the names is covered by change triggers. */
  fullyWatched?(names: ReadonlySet<string>): boolean;
  /** False while notifications cannot be trusted (LISTEN connection down, triggers missing): every poller then polls at refetchIntervalMs. */
  notificationsHealthy?(): boolean;
  now?(): number;
}

export interface LiveQueryStats {
  pollers: number;
  cohorts: number;
  subscribers: number;
  statements: number;
  refreshes: number;
  /** Cohort evaluations (a cohort run in a statement counts once). */
  cohortRuns: number;
  pushes: number;
  /** The same work per subscribed operation, with the reasons of full refreshes. */
  operations: readonly OperationAccount[];
}

/**
 * Every live query and streaming subscription of the engine, grouped into pollers by (kind,
 * role, statement): Hasura's `SubscriptionsState`. Refreshes come from table-change
 * notifications (`tablesChanged`) and from the polling backstop (`tick`).
 */
export class LiveQueryManager {
  private readonly pollers = new Map<string, Refreshable>();
  /** Pollers whose inputs are all trigger-watched get the long backstop. */
  private readonly watched = new WeakSet<Refreshable>();
  /**
   * When each poller was created: its cohorts all had a fresh first result since, so the
   * backstop counts its interval from then (5,000 pages just opened are not swept at once).
   */
  private readonly createdAt = new WeakMap<Refreshable, number>();
  private readonly checks: StatementCheck;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private readonly counters = { statements: 0, refreshes: 0, cohortRuns: 0, pushes: 0 };
  private readonly accounts = new OperationAccounts();

  constructor(private readonly options: LiveQueryManagerOptions) {
    this.checks = new StatementCheck(options.pool);
    this.now = options.now ?? (() => performance.now());
  }

  start(): void {
    if (this.timer || this.options.refetchIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.options.refetchIntervalMs);
    this.timer.unref();
  }

  /** Stops every poller and waits for statements in flight, so the pool can be ended afterwards. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const pollers = [...this.pollers.values()];
    this.pollers.clear();
    for (const poller of pollers) poller.stop();
    await Promise.all(pollers.map((p) => p.idle()));
  }

  /**
   * Adds a live query subscriber; it gets a first result at once. Rejects if the database
   * cannot run a new statement shape (the caller tells the client). Returns the function that removes it.
   */
  async subscribe(plan: LiveQueryPlan, subscriber: LiveSubscriber): Promise<() => void> {
    // Subscribers of one statement text share a poller only if their targets agree: the
    // targets come from which variables fill which parameters, which the text does not show.
    const relations = relationsOf(plan.statement);
    const occurrences = soundOccurrences(relations, plan.occurrences, this.options.resolveTables);
    const account = this.accounts.of('live', plan.role, plan.operationName);
    const poller = await this.poller(
      'live',
      plan.role,
      plan.statement,
      false,
      (key, relations, text) => new Poller(key, relations, this.tablesOf(relations), this.pollerOptions(text, account), occurrences),
      occurrences.some((o) => o.target) ? JSON.stringify(occurrences.map((o) => o.target)) : '',
    );
    poller.add(subscriber, cohortValues(plan.values));
    return this.remover(poller, () => poller.remove(subscriber));
  }

  /** Adds a streaming subscriber, starting after `plan.values[plan.cursorIndex]`. */
  async subscribeStream(plan: StreamPlan, subscriber: LiveSubscriber): Promise<() => void> {
    const occurrences = soundOccurrences(relationsOf(plan.statement), plan.occurrences, this.options.resolveTables);
    const account = this.accounts.of('stream', plan.role, plan.operationName);
    const poller = await this.poller(
      'stream',
      plan.role,
      plan.statement,
      true,
      (key, relations, text) =>
        new StreamPoller(key, relations, this.tablesOf(relations), { ...this.pollerOptions(text, account), transformData: plan.transformData }, occurrences),
      occurrences.some((o) => o.target) ? JSON.stringify(occurrences.map((o) => o.target)) : '',
    );
    poller.add(subscriber, cohortValues(plan.values), plan.cursorIndex, plan.batchSize);
    return this.remover(poller, () => poller.remove(subscriber));
  }

  /**
   * Notifications said these tables changed: every poller reading one of them refreshes;
   * for a changed table the poller has a target for, only the cohorts the changed key values
   * select. Each group of changes (same table, same changed columns) is judged on its own: an
   * update of columns an occurrence does not read is nothing to it, whatever else changed.
   */
  tablesChanged(changes: TableChanges): void {
    if (!this.options.changeDriven) return;
    const lookups = new Map<string, Promise<string[] | null>>();
    for (const poller of this.pollers.values()) {
      let all: string | null = null;
      // Per (table, target): the changed values of the pinned column, over every group that concerns it.
      const targeted = new Map<string, { table: string; target: CohortTarget; values: Set<string> }>();
      for (const [table, groups] of changes) {
        if (!poller.tables.has(table)) continue;
        // Read only through a view or function (no occurrence of its own), or by a stream: all.
        const occurrences = poller.occurrencesOf(table);
        if (occurrences.length === 0) {
          all = table;
          break;
        }
        for (const group of groups) {
          for (const occurrence of occurrences) {
            // An update of columns this occurrence does not read changes nothing it reads.
            if (group.columns && occurrence.columns && !occurrence.columns.some((c) => group.columns!.has(c))) continue;
            const values = occurrence.target ? group.keys?.get(occurrence.target.column) : undefined;
            if (!occurrence.target || !values) {
              all = table;
              break;
            }
            const key = `${table}\u0000${JSON.stringify(occurrence.target)}`;
            let entry = targeted.get(key);
            if (!entry) targeted.set(key, (entry = { table, target: occurrence.target, values: new Set() }));
            for (const value of values) entry.values.add(value);
          }
          if (all !== null) break;
        }
        if (all !== null) break;
      }
      if (all !== null) {
        this.requestAll(poller, `change:${all}`);
        continue;
      }
      for (const { table, target, values } of targeted.values()) {
        if (!target.lookup) {
          countTargetedCohorts(poller.account, table, poller.requestCohorts(target, values));
          continue;
        }
        // The cohort values are in other tables: ask the database, and refresh everything if
        // it cannot say (an error, or more rows than a lookup may read).
        void this.lookUp(target.lookup, values, lookups).then((found) =>
          found ? countTargetedCohorts(poller.account, table, poller.requestCohorts(target, found)) : this.requestAll(poller, `lookup:${table}`),
        );
      }
    }
  }

  /** Cohort values for changed values of a pinned column, read along its path (one lookup per batch of changes and path); null: refresh all. */
  private lookUp(text: string, values: ReadonlySet<string>, cache: Map<string, Promise<string[] | null>>): Promise<string[] | null> {
    const list = [...values];
    const key = `${text}\u0000${list.join('\u0001')}`;
    let found = cache.get(key);
    if (!found) {
      const run = this.options.lookUp ?? ((t: string, v: unknown[]) => this.options.pool.query<{ overflow: boolean; values: string[] }>(t, v));
      found = run(text, [list]).then(
        (result) => (result.rows[0]?.overflow === false ? result.rows[0].values : null),
        () => null,
      );
      cache.set(key, found);
    }
    return found;
  }

  /** Refresh everything (after the LISTEN connection came back: notifications may have been missed). */
  refreshAll(): void {
    for (const poller of this.pollers.values()) this.requestAll(poller, 'reconnect');
  }

  /** A full refresh, counted with its reason in the poller's operation account (`paceOverMs`: see `Refreshable.request`). */
  private requestAll(poller: Refreshable, reason: string, paceOverMs?: number): void {
    countFullRequest(poller.account, reason);
    poller.request('all', paceOverMs);
  }

  /**
   * The polling backstop. In pure polling mode every poller refreshes each interval (Hasura);
   * change-driven, only those that had no refresh for a whole interval, which catches changes
   * no trigger reports (untracked tables read by a function, now(), a lost notification).
   */
  tick(): void {
    const now = this.now();
    const healthy = this.options.notificationsHealthy?.() ?? true;
    const watchedInterval = this.watchedBackstopIntervalMs();
    for (const poller of this.pollers.values()) {
      if (!this.options.changeDriven) {
        this.requestAll(poller, 'poll');
        continue;
      }
      const interval = healthy && this.watched.has(poller) ? watchedInterval : this.options.refetchIntervalMs;
      // Spread over half the interval: a backstop of thousands of cohorts is a steady trickle,
      // not a burst that the statements of changes would queue behind.
      const since = Math.max(poller.lastFullRefreshAt, this.createdAt.get(poller) ?? -Infinity);
      if (now - since >= interval) this.requestAll(poller, 'backstop', interval / 2);
    }
  }

  /**
   * The backstop interval of fully watched pollers: `backstopIntervalMs`, or longer when their
   * cohorts, swept over half of it, would run more than `backstopCohortsPerSecond`. A missed
   * change is the only thing such a sweep can find (the triggers report every other), so its
   * cost is kept bounded however many pages are open, at the price of a later catch-up.
   */
  private watchedBackstopIntervalMs(): number {
    const base = Math.max(this.options.refetchIntervalMs, this.options.backstopIntervalMs ?? this.options.refetchIntervalMs);
    const budget = this.options.backstopCohortsPerSecond ?? 0;
    if (budget <= 0) return base;
    let cohorts = 0;
    for (const poller of this.pollers.values()) if (this.watched.has(poller)) cohorts += poller.cohortCount;
    return Math.max(base, Math.ceil((2000 * cohorts) / budget));
  }

  /** Re-resolves which tables each poller depends on (after metadata changed). */
  retrack(): void {
    for (const poller of this.pollers.values()) {
      poller.tables = this.tablesOf(poller.relations);
      this.classify(poller);
    }
    this.checks.clear();
  }

  private classify(poller: Refreshable): void {
    if (this.options.fullyWatched?.(new Set(poller.relations.keys()))) this.watched.add(poller);
    else this.watched.delete(poller);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((p) => p.idle()));
  }

  stats(): LiveQueryStats {
    let cohorts = 0;
    let subscribers = 0;
    for (const poller of this.pollers.values()) {
      cohorts += poller.cohortCount;
      subscribers += poller.subscriberCount;
    }
    return { pollers: this.pollers.size, cohorts, subscribers, ...this.counters, operations: this.accounts.list() };
  }

  private tablesOf(relations: ReadonlyMap<string, number>): ReadonlySet<string> {
    return this.options.resolveTables(new Set(relations.keys()));
  }

  private pollerOptions(text: string, account: OperationAccount) {
    return {
      batchSize: this.options.batchSize,
      // Change-driven, full refreshes are swept in passes of a few batches so targeted work is
      // never queued behind all of them; pure polling runs every batch at once, as Hasura does.
      sweepBatches: this.options.changeDriven ? SWEEP_BATCHES : undefined,
      fullRefreshSpacingMs: this.options.changeDriven ? this.options.fullRefreshSpacingMs : undefined,
      account,
      runBatch: batchRunner({ pool: this.options.pool, text, prepared: this.options.preparedStatements, onStatement: () => this.counters.statements++ }),
      now: this.now,
      onRefresh: ({ pushes, cohorts }: { pushes: number; cohorts: number }) => {
        this.counters.refreshes++;
        this.counters.cohortRuns += cohorts;
        this.counters.pushes += pushes;
        account.refreshes++;
        account.cohortRuns += cohorts;
        account.pushes += pushes;
      },
    };
  }

  /**
   * The poller of (kind, role, statement), created with the multiplexed statement on first use.
   * Pollers are keyed by the statement's text: equal query shapes compile to equal text.
   */
  private async poller<P extends Refreshable>(
    kind: 'live' | 'stream',
    role: string,
    statement: SQL,
    withCursor: boolean,
    create: (key: string, relations: ReadonlyMap<string, number>, multiplexedText: string) => P,
    variant = '',
  ): Promise<P> {
    const key = `${kind}\u0000${role}\u0000${variant}\u0000${compile(statement).text}`;
    const existing = this.pollers.get(key);
    if (existing) return existing as P;
    const text = compile(multiplexedQuery(statement, withCursor)).text;
    await this.checks.run(text);
    const raced = this.pollers.get(key);
    if (raced) return raced as P;
    const poller = create(key, relationsOf(statement), text);
    this.classify(poller);
    this.createdAt.set(poller, this.now());
    this.pollers.set(key, poller);
    return poller;
  }

  private remover(poller: Refreshable, remove: () => void): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      remove();
      if (poller.empty && this.pollers.get(poller.key) === poller) {
        poller.stop();
        this.pollers.delete(poller.key);
      }
    };
  }
}

/** Batches per pass of a change-driven full refresh: enough to keep both cores busy, few enough to stay short. */
const SWEEP_BATCHES = 2;
