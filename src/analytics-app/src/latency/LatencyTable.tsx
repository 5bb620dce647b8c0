import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCount, formatDuration } from '@3factor/domain';

export const STAGE_LATENCY_FIELDS = graphql(`
  fragment StageLatencyFields on analytics_stage_latency {
    position
    stage
    samples
    p50_seconds
    p95_seconds
    avg_seconds
  }
`);

export const STAGE_LATENCY_SUBSCRIPTION = graphql(`
  subscription DashboardStageLatency {
    analytics_stage_latency(order_by: { position: asc }) {
      ...StageLatencyFields
    }
  }
`);

/** What the time spent in each status measures. */
const STAGE_MEANING: Record<string, string> = {
  placed: 'Placed → validated or rejected',
  validated: 'Validated → paid (the customer pays)',
  payment_failed: 'Declined → paid again',
  paid: 'Paid → restaurant decision',
  approved: 'Approved → agent assigned',
  agent_assigned: 'Assigned → picked up',
  picked_up: 'Picked up → delivered',
};

export function LatencyRows(props: { rows: ReadonlyArray<FragmentType<typeof STAGE_LATENCY_FIELDS>> }) {
  const rows = getFragmentData(STAGE_LATENCY_FIELDS, props.rows);
  return (
    <table className="latency">
      <caption className="muted">Time spent in each stage, last hour</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col" className="num">
            p50
          </th>
          <th scope="col" className="num">
            p95
          </th>
          <th scope="col" className="num">
            Mean
          </th>
          <th scope="col" className="num">
            Samples
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.stage} data-stage={r.stage}>
            <th scope="row">{STAGE_MEANING[r.stage ?? ''] ?? r.stage}</th>
            <td className="num" data-label="p50">
              {formatDuration(r.p50_seconds)}
            </td>
            <td className="num" data-label="p95">
              {formatDuration(r.p95_seconds)}
            </td>
            <td className="num" data-label="Mean">
              {formatDuration(r.avg_seconds)}
            </td>
            <td className="num" data-label="Samples">
              {formatCount(r.samples)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LatencyTable() {
  const { data, error } = useSubscription(STAGE_LATENCY_SUBSCRIPTION, LIVE);
  const rows = data?.analytics_stage_latency;
  return (
    <section className="panel panel-latency" aria-labelledby="latency-title">
      <h2 id="latency-title">Stage latency</h2>
      <PanelState loading={!rows} error={error}>
        {rows && <LatencyRows rows={rows} />}
      </PanelState>
    </section>
  );
}
