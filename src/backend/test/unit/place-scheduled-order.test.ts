import { describe, expect, it } from 'vitest';
import { decidePlacement, LATE_LIMIT_SECONDS, type PlacementFacts } from '../../src/place-scheduled-order/decide.js';

const due: PlacementFacts = {
  status: 'scheduled',
  secondsUntilPlaceAt: -2,
  restaurantName: 'Sakura Sushi',
  restaurantOpen: true,
  lines: [
    { menuItemId: 7, name: 'Salmon nigiri', available: true },
    { menuItemId: 8, name: 'Miso soup', available: true },
  ],
};

describe('decidePlacement', () => {
  it('places a scheduled order whose time has come', () => {
    expect(decidePlacement(due)).toEqual({ kind: 'place' });
    expect(decidePlacement({ ...due, secondsUntilPlaceAt: 0 })).toEqual({ kind: 'place' });
  });

  it('places nothing for one already placed, cancelled or failed', () => {
    for (const status of ['placed', 'cancelled', 'failed']) expect(decidePlacement({ ...due, status }).kind).toBe('skip');
  });

  it('waits for the rest of the time when the event comes early', () => {
    expect(decidePlacement({ ...due, secondsUntilPlaceAt: 4.2 })).toEqual({ kind: 'wait', reason: 'its time has not come yet', retryAfterSeconds: 5 });
  });

  it('fails one delivered more than half an hour late', () => {
    expect(decidePlacement({ ...due, secondsUntilPlaceAt: -LATE_LIMIT_SECONDS })).toEqual({ kind: 'place' });
    expect(decidePlacement({ ...due, secondsUntilPlaceAt: -LATE_LIMIT_SECONDS - 1 })).toEqual({ kind: 'fail', reason: 'It could not be placed on time.' });
  });

  it('fails with a reason the customer reads when the restaurant is closed or a dish is gone', () => {
    expect(decidePlacement({ ...due, restaurantOpen: false })).toEqual({ kind: 'fail', reason: 'Sakura Sushi is closed at the time you chose.' });
    const lines = [
      { menuItemId: 7, name: 'Salmon nigiri', available: false },
      { menuItemId: 8, name: null, available: false },
      { menuItemId: 9, name: 'Edamame', available: true },
    ];
    expect(decidePlacement({ ...due, lines })).toEqual({ kind: 'fail', reason: 'No longer available: Salmon nigiri, Dish 8.' });
  });
});
