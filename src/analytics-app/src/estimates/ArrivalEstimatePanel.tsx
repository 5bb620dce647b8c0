import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCount, formatDateTime, formatDuration } from '@3factor/domain';

// analytics_arrival_estimates: one row computed in Postgres over the orders delivered in the last
// 7 days, comparing each delivery with the estimate the customer was given when paying.
export const ARRIVAL_ESTIMATES_SUBSCRIPTION = graphql(`
  subscription DashboardArrivalEstimates {
    analytics_arrival_estimates {
      period_start
      period_end
      delivered_orders
      error_p50_seconds
      error_p90_seconds
      lateness_p50_seconds
    }
  }
`);

/** How far off the arrival estimate was: the error's median and 90th percentile, with its period. */
export function ArrivalEstimatePanel() {
  const { data, error, loading } = useSubscription(ARRIVAL_ESTIMATES_SUBSCRIPTION, LIVE);
  const figures = data?.analytics_arrival_estimates[0];
  const seconds = (value: number | string | null) => (value === null ? '–' : formatDuration(Math.round(Number(value))));
  return (
    <section className="panel panel-estimates" aria-labelledby="estimates-title">
      <h2 id="estimates-title">Arrival estimate error</h2>
      {figures && (
        <p className="muted" data-testid="estimates-period">
          Orders delivered from {formatDateTime(figures.period_start)} to {formatDateTime(figures.period_end)} (the last 7 days): {formatCount(figures.delivered_orders)}.
        </p>
      )}
      <PanelState loading={loading && !figures} error={error}>
        {figures && (
          <dl className="kpis">
            <div className="kpi">
              <dt>Error p50</dt>
              <dd>
                <span className="kpi-value" data-kpi="Estimate error p50">
                  {seconds(figures.error_p50_seconds)}
                </span>
                <span className="kpi-detail">
                  half of the deliveries were this close; typically {Number(figures.lateness_p50_seconds ?? 0) > 0 ? 'late' : 'early'} by{' '}
                  {seconds(Math.abs(Number(figures.lateness_p50_seconds ?? 0)))}
                </span>
              </dd>
            </div>
            <div className="kpi">
              <dt>Error p90</dt>
              <dd>
                <span className="kpi-value" data-kpi="Estimate error p90">
                  {seconds(figures.error_p90_seconds)}
                </span>
                <span className="kpi-detail">nine in ten were this close</span>
              </dd>
            </div>
          </dl>
        )}
      </PanelState>
    </section>
  );
}
