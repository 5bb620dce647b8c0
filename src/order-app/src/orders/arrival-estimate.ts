// What the order page says about when the order arrives, pure. The database stamps the estimate
// at each stage change (orders.arrival_estimate_base: the arrival if the stage the order is in
// takes its usual time; arrival_estimate_rest_seconds: the stages after it), and the page applies
// the clock: a stage running late pushes the estimate back, so it is never in the past. After
// delivery the page compares the delivery with the estimate stamped when the order was paid.
import { formatTime } from '@3factor/domain';

export interface ArrivalFacts {
  status: string;
  arrival_estimate_base: string | null;
  arrival_estimate_rest_seconds: number | null;
  estimated_delivery_at: string | null;
  delivered_at: string | null;
}

/** The estimate at `now` (ms since the epoch), as order_arrival_estimate computes it in SQL: greatest(base, now + rest). */
export function arrivalEstimateAt(order: ArrivalFacts, now: number): number | null {
  const base = order.arrival_estimate_base ? Date.parse(order.arrival_estimate_base) : NaN;
  const rest = order.arrival_estimate_rest_seconds;
  if (Number.isNaN(base) || typeof rest !== 'number') return null;
  return Math.max(base, now + rest * 1000);
}

export function arrivalText(order: ArrivalFacts, now: number): string | null {
  if (order.status === 'delivered') {
    if (!order.delivered_at || !order.estimated_delivery_at) return null;
    const minutes = Math.round((Date.parse(order.delivered_at) - Date.parse(order.estimated_delivery_at)) / 60_000);
    const promised = formatTime(order.estimated_delivery_at, 'minute');
    if (minutes === 0) return `Delivered at ${formatTime(order.delivered_at, 'minute')}, right on the estimate.`;
    return `Delivered at ${formatTime(order.delivered_at, 'minute')}, ${Math.abs(minutes)} min ${minutes > 0 ? 'later' : 'earlier'} than the estimate of ${promised}.`;
  }
  if (['rejected', 'restaurant_rejected', 'cancelled'].includes(order.status)) return null;
  const at = arrivalEstimateAt(order, now);
  if (at === null) return null;
  return `Arrives around ${formatTime(new Date(at).toISOString(), 'minute')}`;
}
