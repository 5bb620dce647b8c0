import { describe, expect, it } from 'vitest';
import { formatTime } from '@3factor/domain';
import { arrivalText } from '../src/orders/arrival-estimate.js';

const order = (change: Partial<Parameters<typeof arrivalText>[0]>) => ({ status: 'approved', arrival_estimate: null, estimated_delivery_at: null, delivered_at: null, ...change });

describe('arrivalText', () => {
  it('says when an order on its way arrives, to the minute, from the database’s estimate', () => {
    const at = '2026-12-07T12:34:00Z';
    expect(arrivalText(order({ arrival_estimate: at }))).toBe(`Arrives around ${formatTime(at, 'minute')}`);
  });

  it('says nothing for an order that will not arrive', () => {
    expect(arrivalText(order({ status: 'cancelled' }))).toBeNull();
  });

  it('compares a delivery with the estimate given at payment: later, earlier, or on it', () => {
    const estimate = '2026-12-07T12:30:00Z';
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:36:10Z' }))).toBe(
      `Delivered at ${formatTime('2026-12-07T12:36:10Z', 'minute')}, 6 min later than the estimate of ${formatTime(estimate, 'minute')}.`,
    );
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:26:00Z' }))).toMatch(/, 4 min earlier than the estimate of /);
    expect(arrivalText(order({ status: 'delivered', estimated_delivery_at: estimate, delivered_at: '2026-12-07T12:30:20Z' }))).toMatch(/right on the estimate\.$/);
    expect(arrivalText(order({ status: 'delivered', delivered_at: '2026-12-07T12:30:20Z' }))).toBeNull();
  });
});
