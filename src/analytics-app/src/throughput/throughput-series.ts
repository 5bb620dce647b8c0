/** Pure shaping of the throughput view's rows for the chart and the summary line. */

export interface ThroughputBucket {
  bucket_start: string;
  placed: number;
  delivered: number;
  failed: number;
}

/** uPlot's aligned data: x in Unix seconds, then one array per series. */
export type ThroughputSeries = [number[], number[], number[], number[]];

export function toSeries(buckets: readonly ThroughputBucket[]): ThroughputSeries {
  const series: ThroughputSeries = [[], [], [], []];
  for (const b of buckets) {
    series[0].push(Math.floor(new Date(b.bucket_start).getTime() / 1000));
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
    placed += b.placed;
    delivered += b.delivered;
    failed += b.failed;
    peak = Math.max(peak, b.placed);
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
