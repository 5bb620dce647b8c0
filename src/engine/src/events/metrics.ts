/**
 * Event delivery metrics in the Prometheus text exposition format (version 0.0.4).
 * Counters per trigger, two gauges, a latency histogram measured from the event's
 * `created_at` (the writing transaction's start, ~ its commit for short transactions)
 * to the webhook's response, and one of the webhook call alone: their difference is how long
 * the event waited to be claimed.
 */
export interface EventMetrics {
  attempt(trigger: string, outcome: 'delivered' | 'failed' | 'retried', latencySec: number, webhookSec?: number): void;
  setQueueDepth(depth: number): void;
  setInFlight(count: number): void;
  text(): string;
}

export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function formatNumber(n: number): string {
  if (n === Infinity) return '+Inf';
  return String(n);
}

export function createEventMetrics(): EventMetrics {
  const counters = {
    delivered: new Map<string, number>(),
    failed: new Map<string, number>(),
    retried: new Map<string, number>(),
  };
  const histograms = new Map<string, Histogram>();
  const webhookHistograms = new Map<string, Histogram>();
  let queueDepth = 0;
  let inFlight = 0;

  function observe(trigger: string, seconds: number, into = histograms) {
    let h = into.get(trigger);
    if (!h) into.set(trigger, (h = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    LATENCY_BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) h.counts[i]!++;
    });
    h.sum += seconds;
    h.count++;
  }

  function counterBlock(name: string, help: string, values: Map<string, number>): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} counter`];
    for (const [trigger, n] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`${name}{trigger_name="${escapeLabel(trigger)}"} ${n}`);
    }
    return lines;
  }

  function histogramBlock(name: string, help: string, values: Map<string, Histogram>): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    for (const [trigger, h] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
      const label = `trigger_name="${escapeLabel(trigger)}"`;
      LATENCY_BUCKETS.forEach((bound, i) => lines.push(`${name}_bucket{${label},le="${formatNumber(bound)}"} ${h.counts[i]}`));
      lines.push(`${name}_bucket{${label},le="+Inf"} ${h.count}`);
      lines.push(`${name}_sum{${label}} ${h.sum}`);
      lines.push(`${name}_count{${label}} ${h.count}`);
    }
    return lines;
  }

  return {
    attempt(trigger, outcome, latencySec, webhookSec) {
      const map = counters[outcome];
      map.set(trigger, (map.get(trigger) ?? 0) + 1);
      if (outcome === 'delivered') observe(trigger, Math.max(0, latencySec));
      if (webhookSec !== undefined) observe(trigger, Math.max(0, webhookSec), webhookHistograms);
    },
    setQueueDepth(depth) {
      queueDepth = depth;
    },
    setInFlight(count) {
      inFlight = count;
    },
    text() {
      const lines = [
        ...counterBlock('engine_events_delivered_total', 'Events delivered with a 2xx response.', counters.delivered),
        ...counterBlock('engine_events_failed_total', 'Events that failed for good (retries exhausted).', counters.failed),
        ...counterBlock('engine_events_retried_total', 'Failed attempts after which a retry was scheduled.', counters.retried),
        '# HELP engine_events_queue_depth Events waiting for delivery (not delivered, not failed, not archived).',
        '# TYPE engine_events_queue_depth gauge',
        `engine_events_queue_depth ${queueDepth}`,
        '# HELP engine_events_in_flight Events claimed by this process and not yet recorded.',
        '# TYPE engine_events_in_flight gauge',
        `engine_events_in_flight ${inFlight}`,
        ...histogramBlock('engine_events_delivery_latency_seconds', "From the event's creation to the webhook's 2xx response.", histograms),
        ...histogramBlock('engine_events_webhook_duration_seconds', 'The webhook call of an attempt, from the request to the response (or the error).', webhookHistograms),
      ];
      return lines.join('\n') + '\n';
    },
  };
}
