/**
 * The live feed's bounded window: newest first, each status change once (a stream
 * re-subscribed after a reconnect may send rows again), never more than `limit` rows.
 */
import type { FeedEntryFieldsFragment } from '../gql/graphql.js';

/** One status change as the feed's fragment (LiveFeed.tsx) reads it; `id` is a bigint. */
export type FeedEntry = FeedEntryFieldsFragment;

export const FEED_WINDOW = 50;

export function mergeFeed(window: readonly FeedEntry[], incoming: readonly FeedEntry[], limit = FEED_WINDOW): FeedEntry[] {
  if (incoming.length === 0) return window as FeedEntry[];
  const byId = new Map<string, FeedEntry>();
  for (const entry of window) byId.set(String(entry.id), entry);
  for (const entry of incoming) if (!byId.has(String(entry.id))) byId.set(String(entry.id), entry);
  const merged = [...byId.values()].sort((a, b) => Number(b.id) - Number(a.id)).slice(0, limit);
  // Rows seen before change nothing: keep the same array, so React skips the render.
  const unchanged = merged.length === window.length && merged.every((entry, i) => entry === window[i]);
  return unchanged ? (window as FeedEntry[]) : merged;
}

/** The stream's starting cursor: after the newest row already shown. */
export function cursorAfter(entries: readonly FeedEntry[]): number {
  let max = 0;
  for (const e of entries) max = Math.max(max, Number(e.id));
  return max;
}
