// A restaurant's delivery time before ordering, in the customer's words: Postgres computes the
// seconds (restaurants.arrival_estimate_seconds, from the recent medians of every stage); shown
// to the nearest 5 minutes, since the medians move by minutes and a precise figure would promise
// more than they know. Pure.

export function deliveryTimeMinutes(seconds: number): number {
  return Math.max(5, Math.round(seconds / 300) * 5);
}

export function deliveryTimeText(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return null;
  return `Delivery in about ${deliveryTimeMinutes(seconds)} min`;
}
