/**
 * Live-query work counted per subscribed operation (kind, role, operation name), so a benchmark
 * or an operator can tell which screen's subscription the cohort runs went to, and why full
 * refreshes were asked for. Counters only grow (Prometheus counters); an operation's entry
 * outlives its pollers. Bounded by the operations an app sends, not by its subscribers.
 */
export interface OperationAccount {
  readonly kind: 'live' | 'stream';
  readonly role: string;
  /** The operation name of the first subscriber of the poller ('' when anonymous). */
  readonly operation: string;
  refreshes: number;
  cohortRuns: number;
  pushes: number;
  /** Requests to re-run every cohort, by reason: `change:<table>` (a change no target narrows), `lookup:<table>` (a path lookup that could not answer), `backstop`, `poll` (Hasura's timing), `reconnect`. */
  readonly fullRequests: Map<string, number>;
  /** Cohorts a change asked to re-run (the targeted ones, not full refreshes), by the changed table. */
  readonly targetedCohorts: Map<string, number>;
}

export class OperationAccounts {
  private readonly accounts = new Map<string, OperationAccount>();

  /** The account of (kind, role, operation), created on first use. */
  of(kind: 'live' | 'stream', role: string, operation: string | null | undefined): OperationAccount {
    const name = operation ?? '';
    const key = `${kind}\u0000${role}\u0000${name}`;
    let account = this.accounts.get(key);
    if (!account) {
      account = { kind, role, operation: name, refreshes: 0, cohortRuns: 0, pushes: 0, fullRequests: new Map(), targetedCohorts: new Map() };
      this.accounts.set(key, account);
    }
    return account;
  }

  list(): readonly OperationAccount[] {
    return [...this.accounts.values()];
  }
}

export function countTargetedCohorts(account: OperationAccount | undefined, table: string, cohorts: number): void {
  if (account && cohorts > 0) account.targetedCohorts.set(table, (account.targetedCohorts.get(table) ?? 0) + cohorts);
}

export function countFullRequest(account: OperationAccount | undefined, reason: string): void {
  if (account) account.fullRequests.set(reason, (account.fullRequests.get(reason) ?? 0) + 1);
}
