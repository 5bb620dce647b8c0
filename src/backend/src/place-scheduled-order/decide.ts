/**
 * What to do with a scheduled order when its event arrives, decided from what the handler read
 * under the scheduled order's lock (the event's payload only names it):
 *
 * - not `scheduled` any more (placed by an earlier delivery, cancelled, failed): nothing;
 * - early (a clock ahead): wait for the rest;
 * - more than LATE_LIMIT_SECONDS late (the functions were down): failed, because a dinner that
 *   arrives hours after the time chosen is not what the customer asked for;
 * - the restaurant closed (is_open, the live switch) or a dish gone: failed, with the reason
 *   the customer reads;
 * - otherwise placed, as a normal order that validate-order prices at today's prices.
 */
export const LATE_LIMIT_SECONDS = 30 * 60;

export interface ScheduledLine {
  menuItemId: number;
  /** Null when the dish no longer exists. */
  name: string | null;
  available: boolean;
}

export interface PlacementFacts {
  status: string;
  /** place_at minus now, by the database's clock: positive when early. */
  secondsUntilPlaceAt: number;
  restaurantName: string;
  restaurantOpen: boolean;
  lines: readonly ScheduledLine[];
}

export type PlacementDecision =
  { kind: 'place' } | { kind: 'fail'; reason: string } | { kind: 'skip'; reason: string } | { kind: 'wait'; reason: string; retryAfterSeconds: number };

export function decidePlacement(facts: PlacementFacts): PlacementDecision {
  if (facts.status !== 'scheduled') return { kind: 'skip', reason: `the scheduled order is ${facts.status}: nothing to place` };
  if (facts.secondsUntilPlaceAt > 0) return { kind: 'wait', reason: 'its time has not come yet', retryAfterSeconds: Math.ceil(facts.secondsUntilPlaceAt) };
  if (-facts.secondsUntilPlaceAt > LATE_LIMIT_SECONDS) return { kind: 'fail', reason: 'It could not be placed on time.' };
  if (!facts.restaurantOpen) return { kind: 'fail', reason: `${facts.restaurantName} is closed at the time you chose.` };
  const gone = facts.lines.filter((line) => !line.available).map((line) => line.name ?? `Dish ${line.menuItemId}`);
  if (gone.length > 0) return { kind: 'fail', reason: `No longer available: ${gone.join(', ')}.` };
  return { kind: 'place' };
}
