import { describe, expect, it } from 'vitest';
import { realtimeMetricsText } from '../../src/realtime/metrics.js';
import type { LiveQueryStats } from '../../src/realtime/live/live-query-manager.js';
import { OperationAccounts, countFullRequest, countTargetedCohorts } from '../../src/realtime/live/operation-accounts.js';

function stats(operations: LiveQueryStats['operations']): LiveQueryStats {
  return { pollers: 1, cohorts: 2, subscribers: 3, statements: 4, refreshes: 5, cohortRuns: 6, pushes: 7, operations };
}

describe('realtime metrics per subscribed operation', () => {
  it('labels each operation by kind, role and name, and each full-refresh reason', () => {
    const accounts = new OperationAccounts();
    const live = accounts.of('live', 'customer', 'OrderLive');
    live.cohortRuns = 40;
    live.refreshes = 9;
    countFullRequest(live, 'change:public.payments');
    countFullRequest(live, 'change:public.payments');
    countFullRequest(live, 'backstop');
    countTargetedCohorts(live, 'public.orders', 3);
    countTargetedCohorts(live, 'public.orders', 2);
    countTargetedCohorts(live, 'public.agents', 0);
    expect(accounts.of('live', 'customer', 'OrderLive')).toBe(live);
    const odd = new OperationAccounts().of('stream', 'a"b', null);
    odd.cohortRuns = 1;
    const text = realtimeMetricsText({ sockets: null, live: stats(accounts.list()), streams: stats([odd]), listener: null });
    expect(text).toContain('hasura_realtime_operation_cohort_runs_total{subscription_kind="live-query",role="customer",operation_name="OrderLive"} 40');
    expect(text).toContain('hasura_realtime_operation_refreshes_total{subscription_kind="live-query",role="customer",operation_name="OrderLive"} 9');
    expect(text).toContain(
      'hasura_realtime_operation_full_refresh_requests_total{subscription_kind="live-query",role="customer",operation_name="OrderLive",reason="change:public.payments"} 2',
    );
    expect(text).toContain('reason="backstop"} 1');
    expect(text).toContain('hasura_realtime_operation_targeted_cohorts_total{subscription_kind="live-query",role="customer",operation_name="OrderLive",table="public.orders"} 5');
    expect(text).not.toContain('table="public.agents"');
    expect(text).toContain('hasura_realtime_operation_cohort_runs_total{subscription_kind="streaming",role="a\\"b",operation_name=""} 1');
    // The totals stay as they were.
    expect(text).toContain('hasura_realtime_cohort_runs_total{subscription_kind="live-query"} 6');
  });
});
