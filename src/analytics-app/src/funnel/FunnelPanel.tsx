import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { FunnelBranchFieldsFragment, FunnelStageFieldsFragment } from '../gql/graphql.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { orderStatusLabel } from '@3factor/domain';
import { formatCount, formatPercent, toNumber } from '@3factor/domain';

export type FunnelStage = FunnelStageFieldsFragment;
export type FunnelBranch = FunnelBranchFieldsFragment;

export const FUNNEL_STAGE_FIELDS = graphql(`
  fragment FunnelStageFields on analytics_funnel {
    position
    stage
    reached
    waiting
    dropped
    conversion_from_previous
    conversion_from_placed
  }
`);

export const FUNNEL_BRANCH_FIELDS = graphql(`
  fragment FunnelBranchFields on analytics_funnel_branches {
    position
    from_stage
    outcome
    orders
  }
`);

export const FUNNEL_SUBSCRIPTION = graphql(`
  subscription DashboardFunnel {
    analytics_funnel(order_by: { position: asc }) {
      ...FunnelStageFields
    }
  }
`);

export const FUNNEL_BRANCHES_SUBSCRIPTION = graphql(`
  subscription DashboardFunnelBranches {
    analytics_funnel_branches(order_by: { position: asc }) {
      ...FunnelBranchFields
    }
  }
`);

const STAGE_LABELS: Record<string, string> = { agent_assigned: 'Assigned' };

export function FunnelChart(props: { stages: ReadonlyArray<FragmentType<typeof FUNNEL_STAGE_FIELDS>>; branches: ReadonlyArray<FragmentType<typeof FUNNEL_BRANCH_FIELDS>> }) {
  const stages = getFragmentData(FUNNEL_STAGE_FIELDS, props.stages);
  const branches = getFragmentData(FUNNEL_BRANCH_FIELDS, props.branches);
  const placed = stages[0]?.reached ?? 0;
  return (
    <ol className="funnel" aria-label="Order funnel: orders placed since midnight">
      {stages.map((s) => {
        // A view's columns all read as nullable; a missing figure counts as none.
        const reached = s.reached ?? 0;
        const share = placed > 0 ? reached / placed : 0;
        const out = branches.filter((b) => b.from_stage === s.stage && (b.orders ?? 0) > 0);
        const label = STAGE_LABELS[s.stage ?? ''] ?? orderStatusLabel(s.stage ?? '');
        return (
          <li key={s.stage} className="funnel-stage" data-stage={s.stage}>
            <div className="funnel-label">
              <span className="funnel-name">{label}</span>
              <span className="funnel-reached" data-testid={`funnel-${s.stage}`}>
                {formatCount(s.reached)}
              </span>
            </div>
            <div className="funnel-bar" role="meter" aria-label={`${label}: share of placed orders`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
              <span style={{ width: `${Math.max(share * 100, reached > 0 ? 1 : 0)}%` }} />
            </div>
            <div className="funnel-meta">
              {(s.position ?? 0) > 1 && toNumber(s.conversion_from_previous) !== null && (
                <span title="Conversion from the stage before">{formatPercent(s.conversion_from_previous)} of previous</span>
              )}
              {(s.waiting ?? 0) > 0 && <span className="waiting">{formatCount(s.waiting)} waiting here</span>}
              {out.map((b) => (
                <span key={b.outcome} className="branch" data-branch={`${b.from_stage}-${b.outcome}`}>
                  ↳ {formatCount(b.orders)} {orderStatusLabel(b.outcome ?? '').toLowerCase()}
                </span>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export function FunnelPanel() {
  const stages = useSubscription(FUNNEL_SUBSCRIPTION, LIVE);
  const branches = useSubscription(FUNNEL_BRANCHES_SUBSCRIPTION, LIVE);
  const stageRows = stages.data?.analytics_funnel;
  return (
    <section className="panel panel-funnel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">Funnel: orders placed today</h2>
      <p className="muted" data-testid="funnel-period">
        The orders placed since midnight (server time), each counted at the furthest stage it reached.
      </p>
      <PanelState loading={!stageRows} error={stages.error ?? branches.error}>
        {stageRows && <FunnelChart stages={stageRows} branches={branches.data?.analytics_funnel_branches ?? []} />}
      </PanelState>
    </section>
  );
}
