import type { CohortTarget, TableOccurrence } from './cohort-target.js';
import type { OperationAccount } from './operation-accounts.js';

/** What the manager needs of a poller, live or streaming. */
export interface Refreshable {
  readonly key: string;
  /** The relations the one-subscriber statement reads (`schema.name`), with how often. */
  readonly relations: ReadonlyMap<string, number>;
  /** Tables whose changes make this poller refresh. */
  tables: ReadonlySet<string>;
  /** When the last refresh of every cohort started (the polling backstop skips recent ones). */
  lastFullRefreshAt: number;
  readonly empty: boolean;
  readonly subscriberCount: number;
  readonly cohortCount: number;
  /**
   * `all`: every cohort; `fresh`: only those waiting for something (new subscribers, a stream
   * backlog). `paceOverMs` (the backstop's): spread a full refresh over that long instead of
   * running it back to back.
   */
  request(kind: 'all' | 'fresh', paceOverMs?: number): void;
  /** The counters of the subscribed operation the poller serves. */
  readonly account?: OperationAccount;
  /** The occurrences of a table the statement reads itself (none: only through a view or function). */
  occurrencesOf(table: string): readonly TableOccurrence[];
  /** Runs the cohorts whose `target` value is among these (canonical text) values; returns how many were asked for. */
  requestCohorts(target: CohortTarget, values: Iterable<string>): number;
  /** Resolves when no refresh is running or pending. */
  idle(): Promise<void>;
  stop(): void;
}
