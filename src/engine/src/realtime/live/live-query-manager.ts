import type pg from 'pg';
import { batchRunner } from './batch-runner.js';
import type { LiveSubscriber } from './cohort.js';
import { cohortVariablesJson, multiplexedQueryText } from './multiplexed-query.js';
import { ParameterTypes } from './parameter-types.js';
import { Poller } from './poller.js';
import { qualifiedNames } from './sql-text.js';

/** A subscriber's compiled live query: the one-subscriber statement and its bound values. */
export interface LiveQueryPlan {
  role: string;
  /** One row, first column the `data` object as json; every value a `$n` parameter. */
  text: string;
  values: readonly unknown[];
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
 * Every live query of the engine, grouped into pollers by (role, statement): Hasura's
 * `LiveQueriesState`. Refreshes come from table-change notifications (`tablesChanged`) and
 * from the polling backstop (`tick`, every refetch interval).
 */
export class LiveQueryManager {
  private readonly pollers = new Map<string, Poller>();
  private readonly types: ParameterTypes;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private counters = { statements: 0, refreshes: 0, pushes: 0 };

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
   * Adds a subscriber; it gets a first result at once. Rejects if the statement cannot be
   * prepared (the caller reports that to the client). Returns the function that removes it.
   */
  async subscribe(plan: LiveQueryPlan, subscriber: LiveSubscriber): Promise<() => void> {
    const statement = plan.text.trim().replace(/;$/, '');
    const key = `${plan.role}\u0000${statement}`;
    let poller = this.pollers.get(key);
    if (!poller) {
      const types = await this.types.of(statement);
      poller = this.pollers.get(key) ?? this.createPoller(key, statement, types);
    }
    const variablesJson = cohortVariablesJson(plan.values);
    poller.add(subscriber, variablesJson, variablesJson);
    const owner = poller;
    return () => {
      owner.remove(subscriber);
      if (owner.empty && this.pollers.get(key) === owner) {
        owner.stop();
        this.pollers.delete(key);
      }
    };
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
    for (const poller of this.pollers.values()) poller.tables = this.options.resolveTables(qualifiedNames(poller.statement));
    this.types.clear();
  }

  /** Resolves when no poller has a refresh running or pending. */
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

  private createPoller(key: string, statement: string, types: string[]): Poller {
    const runBatch = batchRunner({
      pool: this.options.pool,
      text: multiplexedQueryText(statement, types),
      onStatement: () => this.counters.statements++,
    });
    const poller = new Poller(key, statement, this.options.resolveTables(qualifiedNames(statement)), {
      batchSize: this.options.batchSize,
      runBatch,
      now: this.now,
      onRefresh: ({ pushes }) => {
        this.counters.refreshes++;
        this.counters.pushes += pushes;
      },
    });
    this.pollers.set(key, poller);
    return poller;
  }
}
