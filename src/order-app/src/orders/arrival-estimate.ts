// What the order page says about when the order arrives, pure. The estimate is the database's
// (orders.arrival_estimate, recomputed on every read of the live query); after delivery the page
// compares the delivery with the estimate stamped when the order was paid.
import { formatTime } from '@3factor/domain';

export interface ArrivalFacts {
  status: string;
  arrival_estimate: string | null;
  estimated_delivery_at: string | null;
  delivered_at: string | null;
}

export function arrivalText(order: ArrivalFacts): string | null {
  if (order.status === 'delivered') {
    if (!order.delivered_at || !order.estimated_delivery_at) return null;
    const minutes = Math.round((Date.parse(order.delivered_at) - Date.parse(order.estimated_delivery_at)) / 60_000);
    const promised = formatTime(order.estimated_delivery_at, 'minute');
    if (minutes === 0) return `Delivered at ${formatTime(order.delivered_at, 'minute')}, right on the estimate.`;
    return `Delivered at ${formatTime(order.delivered_at, 'minute')}, ${Math.abs(minutes)} min ${minutes > 0 ? 'later' : 'earlier'} than the estimate of ${promised}.`;
  }
  if (!order.arrival_estimate) return null;
  return `Arrives around ${formatTime(order.arrival_estimate, 'minute')}`;
}
