import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { KpiFieldsFragment } from '../gql/graphql.js';
import { LIVE } from '../apollo/client.js';
import { formatCents, formatCount, formatQuantity } from '@3factor/domain';
import { PanelState } from '../dashboard/PanelState.js';

export type Kpis = KpiFieldsFragment;

export const KPI_FIELDS = graphql(`
  fragment KpiFields on analytics_kpis {
    orders_today
    in_flight
    delivered_today
    failed_today
    payment_failures_today
    paid_orders_today
    revenue_today_cents
    average_basket_cents
  }
`);

export const KPIS_SUBSCRIPTION = graphql(`
  subscription DashboardKpis {
    analytics_kpis {
      ...KpiFields
    }
  }
`);

function Kpi({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: 'good' | 'bad' }) {
  return (
    <div className={`kpi${tone ? ` kpi-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="kpi-value" data-kpi={label}>
          {value}
        </span>
        {detail && <span className="kpi-detail">{detail}</span>}
      </dd>
    </div>
  );
}

export function KpiCards(props: { kpis: FragmentType<typeof KPI_FIELDS> }) {
  const kpis = getFragmentData(KPI_FIELDS, props.kpis);
  return (
    <dl className="kpis">
      <Kpi label="Orders today" value={formatCount(kpis.orders_today)} />
      <Kpi label="In flight" value={formatCount(kpis.in_flight)} detail="placed, not yet delivered" />
      <Kpi label="Delivered today" value={formatCount(kpis.delivered_today)} tone="good" />
      <Kpi
        // Counted when the order ended (rejected or cancelled), today; declined cards are apart,
        // as the customer may still pay. The funnel counts the orders placed today instead, so
        // each says which period it covers.
        label="Ended undelivered today"
        value={formatCount(kpis.failed_today)}
        detail={`rejected or cancelled since midnight, whenever placed · ${formatQuantity(kpis.payment_failures_today ?? 0, 'declined payment')}`}
        tone={(kpis.failed_today ?? 0) > 0 ? 'bad' : undefined}
      />
      <Kpi
        label="Revenue today"
        value={formatCents(kpis.revenue_today_cents)}
        detail={`${formatQuantity(kpis.paid_orders_today ?? 0, 'paid order')}, less refunds of declined or cancelled orders`}
      />
      <Kpi label="Average basket" value={formatCents(kpis.average_basket_cents)} />
    </dl>
  );
}

export function KpiPanel() {
  const { data, error, loading } = useSubscription(KPIS_SUBSCRIPTION, LIVE);
  const kpis = data?.analytics_kpis[0];
  return (
    <section className="panel panel-kpis" aria-labelledby="kpis-title">
      <h2 id="kpis-title">Today</h2>
      <p className="muted" data-testid="kpis-period">
        Since midnight (server time): what happened today, whatever day the order was placed.
      </p>
      <PanelState loading={loading && !kpis} error={error}>
        {kpis && <KpiCards kpis={kpis} />}
      </PanelState>
    </section>
  );
}
