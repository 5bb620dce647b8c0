import type pg from 'pg';
import { StreamPoller } from '../stream/stream-poller.js';
import { batchRunner } from './batch-runner.js';
import type { LiveSubscriber } from './cohort.js';
import { cohortValues, multiplexedQueryText } from './multiplexed-query.js';
import { ParameterTypes } from './parameter-types.js';
import { Poller } from './poller.js';
import type { Refreshable } from './refreshable.js';
import { qualifiedNames } from './sql-text.js';

/** A subscriber's compiled subscription: the one-subscriber statement and its bound values. */
export interface LiveQueryPlan {
  role: string;
  /** One row; first column the `data` object as json; every value a `$n` parameter. */
  text: string;
  values: readonly unknown[];
}

/** A streaming subscription: the statement's second column is the batch's last cursor value as json. */
export interface StreamPlan extends LiveQueryPlan {
  /** Index in `values` of the cursor value (`$<cursorIndex + 1>`). */
  cursorIndex: number;
  /** Applied to each batch's `data` JSON before it is sent; must depend only on the statement. */
  transformData?(dataJson: string): string;
}

export interface LiveQueryManagerOptions {
  pool: Pick<pg.Pool, 'query'>;
  batchSize: number;
  refetchIntervalMs: number;
  /** true: table-change notifications refresh at once and polling is only a backstop. */
  changeDriven: boolean;
  /** Maps the qualified names a statement mentions to the tables whose changes affect it. */
  resolveTables(names: ReadonlySet<string>): ReadonlySet<string>;
  now?(): number;
}

export interface LiveQueryStats {
  pollers: number;
  cohorts: number;
  subscribers: number;
  statements: number;
  refreshes: number;
  pushes: number;
}

/**
 * Every live query and streaming subscription of the engine, grouped into pollers by (kind,
 * role, statement): Hasura's `SubscriptionsState`. Refreshes come from table-change
 * notifications (`tablesChanged`) and from the polling backstop (`tick`).
 */
export class LiveQueryManager {
  private readonly pollers = new Map<string, Refreshable>();
  private readonly types: ParameterTypes;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private readonly counters = { statements: 0, refreshes: 0, pushes: 0 };

  constructor(private readonly options: LiveQueryManagerOptions) {
    this.types = new ParameterTypes(options.pool);
    this.now = options.now ?? (() => performance.now());
  }

  start(): void {
    if (this.timer || this.options.refetchIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.options.refetchIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const poller of this.pollers.values()) poller.stop();
    this.pollers.clear();
  }

  /**
   * Adds a live query subscriber; it gets a first result at once. Rejects if the statement
   * cannot be prepared (the caller tells the client). Returns the function that removes it.
   */
  async subscribe(plan: LiveQueryPlan, subscriber: LiveSubscriber): Promise<() => void> {
    const statement = normalize(plan.text);
    const poller = await this.poller('live', plan.role, statement, (key, types) =>
      new Poller(key, statement, this.tablesOf(statement), { ...this.pollerOptions(multiplexedQueryText(statement, types)) }),
    );
    const values = cohortValues(plan.values);
    const key = JSON.stringify(values);
    poller.add(subscriber, key, key);
    return this.remover(poller, () => poller.remove(subscriber));
  }

  /** Adds a streaming subscriber, starting after `plan.values[plan.cursorIndex]`. */
  async subscribeStream(plan: StreamPlan, subscriber: LiveSubscriber): Promise<() => void> {
    const statement = normalize(plan.text);
    const poller = await this.poller('stream', plan.role, statement, (key, types) =>
      new StreamPoller(key, statement, this.tablesOf(statement), {
        ...this.pollerOptions(multiplexedQueryText(statement, types, true)),
        transformData: plan.transformData,
      }),
    );
    poller.add(subscriber, cohortValues(plan.values), plan.cursorIndex);
    return this.remover(poller, () => poller.remove(subscriber));
  }

  /** A NOTIFY said these tables changed: refresh every poller that reads one of them. */
  tablesChanged(tables: Iterable<string>): void {
    if (!this.options.changeDriven) return;
    const changed = new Set(tables);
    for (const poller of this.pollers.values()) {
      for (const table of poller.tables) {
        if (changed.has(table)) {
          poller.request('all');
          break;
        }
      }
    }
  }

  /** Refresh everything (after the LISTEN connection came back: notifications may have been missed). */
  refreshAll(): void {
    for (const poller of this.pollers.values()) poller.request('all');
  }

  /**
   * The polling backstop. In pure polling mode every poller refreshes each interval (Hasura);
   * change-driven, only those that had no refresh for a whole interval, which catches changes
   * no trigger reports (untracked tables read by a function, now(), a lost notification).
   */
  tick(): void {
    const now = this.now();
    for (const poller of this.pollers.values()) {
      if (!this.options.changeDriven || now - poller.lastFullRefreshAt >= this.options.refetchIntervalMs) {
        poller.request('all');
      }
    }
  }

  /** Re-resolves which tables each poller depends on (after metadata changed). */
  retrack(): void {
    for (const poller of this.pollers.values()) poller.tables = this.tablesOf(poller.statement);
    this.types.clear();
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
    return { pollers: this.pollers.size, cohorts, subscribers, ...this.counters };
  }

  private tablesOf(statement: string): ReadonlySet<string> {
    return this.options.resolveTables(qualifiedNames(statement));
  }

  private pollerOptions(text: string) {
    return {
      batchSize: this.options.batchSize,
      runBatch: batchRunner({ pool: this.options.pool, text, onStatement: () => this.counters.statements++ }),
      now: this.now,
      onRefresh: ({ pushes }: { pushes: number }) => {
        this.counters.refreshes++;
        this.counters.pushes += pushes;
      },
    };
  }

  private async poller<P extends Refreshable>(kind: string, role: string, statement: string, create: (key: string, types: string[]) => P): Promise<P> {
    const key = `${kind}\u0000${role}\u0000${statement}`;
    const existing = this.pollers.get(key);
    if (existing) return existing as P;
    const types = await this.types.of(statement);
    const raced = this.pollers.get(key);
    if (raced) return raced as P;
    const poller = create(key, types);
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

function normalize(text: string): string {
  return text.trim().replace(/;$/, '');
}
