import { gql, type TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { orderStatusLabel } from '@3factor/domain';
import { formatCount, formatPercent, toNumber, type Numeric } from '../format.js';

export interface FunnelStage {
  position: number;
  stage: string;
  reached: number;
  waiting: number;
  dropped: number;
  conversion_from_previous: Numeric;
  conversion_from_placed: Numeric;
}

export interface FunnelBranch {
  position: number;
  from_stage: string;
  outcome: string;
  orders: number;
}

export const FUNNEL_STAGE_FIELDS = gql`
  fragment FunnelStageFields on analytics_funnel {
    position
    stage
    reached
    waiting
    dropped
    conversion_from_previous
    conversion_from_placed
  }
`;

export const FUNNEL_BRANCH_FIELDS = gql`
  fragment FunnelBranchFields on analytics_funnel_branches {
    position
    from_stage
    outcome
    orders
  }
`;

export const FUNNEL_SUBSCRIPTION: TypedDocumentNode<{ analytics_funnel: FunnelStage[] }> = gql`
  subscription DashboardFunnel {
    analytics_funnel(order_by: { position: asc }) {
      ...FunnelStageFields
    }
  }
  ${FUNNEL_STAGE_FIELDS}
`;

export const FUNNEL_BRANCHES_SUBSCRIPTION: TypedDocumentNode<{ analytics_funnel_branches: FunnelBranch[] }> = gql`
  subscription DashboardFunnelBranches {
    analytics_funnel_branches(order_by: { position: asc }) {
      ...FunnelBranchFields
    }
  }
  ${FUNNEL_BRANCH_FIELDS}
`;

const STAGE_LABELS: Record<string, string> = { agent_assigned: 'Assigned' };

export function FunnelChart({ stages, branches }: { stages: FunnelStage[]; branches: FunnelBranch[] }) {
  const placed = stages[0]?.reached ?? 0;
  return (
    <ol className="funnel" aria-label="Order funnel, today">
      {stages.map((s) => {
        const share = placed > 0 ? s.reached / placed : 0;
        const out = branches.filter((b) => b.from_stage === s.stage && b.orders > 0);
        return (
          <li key={s.stage} className="funnel-stage" data-stage={s.stage}>
            <div className="funnel-label">
              <span className="funnel-name">{STAGE_LABELS[s.stage] ?? orderStatusLabel(s.stage)}</span>
              <span className="funnel-reached" data-testid={`funnel-${s.stage}`}>
                {formatCount(s.reached)}
              </span>
            </div>
            <div
              className="funnel-bar"
              role="meter"
              aria-label={`${STAGE_LABELS[s.stage] ?? orderStatusLabel(s.stage)}: share of placed orders`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(share * 100)}
            >
              <span style={{ width: `${Math.max(share * 100, s.reached > 0 ? 1 : 0)}%` }} />
            </div>
            <div className="funnel-meta">
              {s.position > 1 && toNumber(s.conversion_from_previous) !== null && (
                <span title="Conversion from the stage before">{formatPercent(s.conversion_from_previous)} of previous</span>
              )}
              {s.waiting > 0 && <span className="waiting">{formatCount(s.waiting)} waiting here</span>}
              {out.map((b) => (
                <span key={b.outcome} className="branch" data-branch={`${b.from_stage}-${b.outcome}`}>
                  ↳ {formatCount(b.orders)} {orderStatusLabel(b.outcome).toLowerCase()}
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
      <h2 id="funnel-title">Funnel (today&apos;s orders)</h2>
      <PanelState loading={!stageRows} error={stages.error ?? branches.error}>
        {stageRows && <FunnelChart stages={stageRows} branches={branches.data?.analytics_funnel_branches ?? []} />}
      </PanelState>
    </section>
  );
}
