import { describe, expect, it } from 'vitest';
import { formatTime } from '@3factor/domain';
import { arrivalEstimateAt, arrivalText } from '../src/orders/arrival-estimate.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const order = (change: Partial<Parameters<typeof arrivalText>[0]>) => ({
  status: 'approved',
  arrival_estimate_base: null,
  arrival_estimate_rest_seconds: null,
  estimated_delivery_at: null,
  delivered_at: null,
  ...change,
});

describe('arrivalText', () => {
  it('says when an order on its way arrives, to the minute, from the estimate the database stamped at its stage', () => {
    const at = '2026-12-07T12:34:00Z';
    expect(arrivalText(order({ arrival_estimate_base: at, arrival_estimate_rest_seconds: 900 }), NOW)).toBe(`Arrives around ${formatTime(at, 'minute')}`);
  });

  it('pushes the estimate back while the stage the order is in runs late: never earlier than now plus the stages after it', () => {
    // The courier was due by 11:50 and the trip takes 15 min: the order arrives 15 min from now, not at 12:05.
    const late = order({ status: 'agent_assigned', arrival_estimate_base: '2026-12-07T12:05:00Z', arrival_estimate_rest_seconds: 900 });
    expect(arrivalEstimateAt(late, NOW)).toBe(NOW + 900_000);
    expect(arrivalText(late, NOW)).toBe(`Arrives around ${formatTime('2026-12-07T12:15:00Z', 'minute')}`);
    // Picked up, trip overdue: "now", never in the past.
    expect(arrivalEstimateAt(order({ status: 'picked_up', arrival_estimate_base: '2026-12-07T11:40:00Z', arrival_estimate_rest_seconds: 0 }), NOW)).toBe(NOW);
  });

  it('says nothing for an order that will not arrive, or before the database stamped an estimate', () => {
    expect(arrivalText(order({ status: 'cancelled', arrival_estimate_base: '2026-12-07T12:34:00Z', arrival_estimate_rest_seconds: 0 }), NOW)).toBeNull();
    expect(arrivalText(order({}), NOW)).toBeNull();
  });

  it('compares a delivery with the estimate given at payment: later, earlier, or on it', () => {
    const estimate = '2026-12-07T12:30:00Z';
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:36:10Z' }), NOW)).toBe(
      `Delivered at ${formatTime('2026-12-07T12:36:10Z', 'minute')}, 6 min later than the estimate of ${formatTime(estimate, 'minute')}.`,
    );
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:26:00Z' }), NOW)).toMatch(
      /, 4 min earlier than the estimate of /,
    );
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:30:20Z' }), NOW)).toMatch(/right on the estimate\.$/);
    expect(arrivalText(order({ status: 'delivered', delivered_at: '2026-12-07T12:30:20Z' }), NOW)).toBeNull();
  });
});
