import { useMemo } from 'react';
import { useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql } from '../gql/index.js';
import { LIVE } from '../apollo/client.js';
import { PanelState } from '../dashboard/PanelState.js';
import { formatCount } from '@3factor/domain';
import { ThroughputChart } from './ThroughputChart.js';
import { summarize, toSeries, type ThroughputBucket } from './throughput-series.js';

export const THROUGHPUT_BUCKET_FIELDS = graphql(`
  fragment ThroughputBucketFields on analytics_throughput {
    bucket_start
    placed
    delivered
    failed
  }
`);

/** 60 rows, one per minute: the view bounds the window, not the browser. */
export const THROUGHPUT_SUBSCRIPTION = graphql(`
  subscription DashboardThroughput {
    analytics_throughput(order_by: { bucket_start: asc }) {
      ...ThroughputBucketFields
    }
  }
`);

export function ThroughputSummaryLine({ buckets }: { buckets: readonly ThroughputBucket[] }) {
  const s = summarize(buckets);
  return (
    <p className="throughput-summary">
      <span data-testid="placed-last-hour">{formatCount(s.placedLastHour)}</span> placed in the last hour · {formatCount(s.deliveredLastHour)} delivered ·{' '}
      {formatCount(s.failedLastHour)} failed · peak {formatCount(s.peakPlacedPerMinute)}/min · last minute {formatCount(s.placedLastMinute)}
    </p>
  );
}

export function ThroughputPanel() {
  const { data, error } = useSubscription(THROUGHPUT_SUBSCRIPTION, LIVE);
  const buckets = getFragmentData(THROUGHPUT_BUCKET_FIELDS, data?.analytics_throughput);
  const series = useMemo(() => (buckets ? toSeries(buckets) : undefined), [buckets]);
  return (
    <section className="panel panel-throughput" aria-labelledby="throughput-title">
      <h2 id="throughput-title">Throughput, last 60 minutes</h2>
      <PanelState loading={!buckets} error={error}>
        {buckets && series && (
          <>
            <ThroughputSummaryLine buckets={buckets} />
            <ThroughputChart series={series} />
          </>
        )}
      </PanelState>
    </section>
  );
}
