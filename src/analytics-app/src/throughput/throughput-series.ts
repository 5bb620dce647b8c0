/** Pure shaping of the throughput view's rows for the chart and the summary line. */
import type { ThroughputBucketFieldsFragment } from '../gql/graphql.js';

/**
 * One minute of the analytics_throughput view. A view's columns all read as nullable in
 * GraphQL; a missing count is none, and uPlot draws a null as a gap.
 */
export type ThroughputBucket = ThroughputBucketFieldsFragment;

/** uPlot's aligned data: x in Unix seconds, then one array per series. */
export type ThroughputSeries = [number[], Array<number | null>, Array<number | null>, Array<number | null>];

export function toSeries(buckets: readonly ThroughputBucket[]): ThroughputSeries {
  const series: ThroughputSeries = [[], [], [], []];
  for (const b of buckets) {
    series[0].push(Math.floor(new Date(b.bucket_start ?? 0).getTime() / 1000));
    series[1].push(b.placed);
    series[2].push(b.delivered);
    series[3].push(b.failed);
  }
  return series;
}

export interface ThroughputSummary {
  placedLastHour: number;
  deliveredLastHour: number;
  failedLastHour: number;
  peakPlacedPerMinute: number;
  /** The last complete minute (the current one is still filling). */
  placedLastMinute: number;
}

export function summarize(buckets: readonly ThroughputBucket[]): ThroughputSummary {
  let placed = 0;
  let delivered = 0;
  let failed = 0;
  let peak = 0;
  for (const b of buckets) {
    placed += b.placed ?? 0;
    delivered += b.delivered ?? 0;
    failed += b.failed ?? 0;
    peak = Math.max(peak, b.placed ?? 0);
  }
  const lastComplete = buckets.length >= 2 ? buckets[buckets.length - 2] : undefined;
  return {
    placedLastHour: placed,
    deliveredLastHour: delivered,
    failedLastHour: failed,
    peakPlacedPerMinute: peak,
    placedLastMinute: lastComplete?.placed ?? 0,
  };
}
