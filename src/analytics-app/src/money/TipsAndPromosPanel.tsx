import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCents, formatCount, formatDateTime, formatQuantity } from '@3factor/domain';

// analytics_tips_and_promos: one row computed in Postgres over the orders paid in the last 7
// days (an order's tip is its checkout tip plus its charged tip after delivery), with the window it covers (the view depends on now(): the engine refreshes it).
export const TIPS_AND_PROMOS_SUBSCRIPTION = graphql(`
  subscription DashboardTipsAndPromos {
    analytics_tips_and_promos {
      period_start
      period_end
      paid_orders
      tipped_orders
      average_tip_cents
      average_tip_when_tipped_cents
      promo_orders
      promo_discount_cents
      tipped_after_delivery_orders
    }
  }
`);

/** The average tip, and how many paid orders used a promo code and what the codes took off. */
export function TipsAndPromosPanel() {
  const { data, error, loading } = useSubscription(TIPS_AND_PROMOS_SUBSCRIPTION, LIVE);
  const figures = data?.analytics_tips_and_promos[0];
  return (
    <section className="panel panel-money" aria-labelledby="money-title">
      <h2 id="money-title">Tips and promo codes</h2>
      {figures && (
        <p className="muted" data-testid="money-period">
          Orders paid from {formatDateTime(figures.period_start)} to {formatDateTime(figures.period_end)} (the last 7 days):{' '}
          {formatQuantity(Number(figures.paid_orders ?? 0), 'order')}.
        </p>
      )}
      <PanelState loading={loading && !figures} error={error}>
        {figures && (
          <dl className="kpis">
            <div className="kpi">
              <dt>Average tip</dt>
              <dd>
                <span className="kpi-value" data-kpi="Average tip">
                  {formatCents(figures.average_tip_cents)}
                </span>
                <span className="kpi-detail">
                  {formatCount(figures.tipped_orders)} tipped, {formatCents(figures.average_tip_when_tipped_cents)} on average when tipped
                </span>
                <span className="kpi-detail" data-testid="tipped-after-delivery">
                  {formatCount(figures.tipped_after_delivery_orders)} tipped after delivery (counted in the average with the checkout tip)
                </span>
              </dd>
            </div>
            <div className="kpi">
              <dt>Promo codes used</dt>
              <dd>
                <span className="kpi-value" data-kpi="Promo codes used">
                  {formatCount(figures.promo_orders)}
                </span>
                <span className="kpi-detail">{formatCents(figures.promo_discount_cents)} taken off</span>
              </dd>
            </div>
          </dl>
        )}
      </PanelState>
    </section>
  );
}
