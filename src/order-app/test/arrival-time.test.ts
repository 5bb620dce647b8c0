import { describe, expect, it } from 'vitest';
import { deliveryTimeMinutes, deliveryTimeText } from '../src/restaurants/arrival-time.js';

describe('a restaurant’s delivery time before ordering', () => {
  it('is shown to the nearest 5 minutes, never under 5', () => {
    // The guesses without history: 2 + 3 + 12 + 20 minutes.
    expect(deliveryTimeText(2220)).toBe('Delivery in about 35 min');
    expect(deliveryTimeMinutes(2249)).toBe(35);
    expect(deliveryTimeMinutes(2250)).toBe(40);
    expect(deliveryTimeMinutes(30)).toBe(5);
  });

  it('says nothing without an estimate', () => {
    expect(deliveryTimeText(null)).toBeNull();
    expect(deliveryTimeText(undefined)).toBeNull();
  });
});
