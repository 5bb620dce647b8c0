import { setMaxListeners } from 'node:events';
import { now, sleep } from './clock.js';
import type { Scenario } from './config.js';
import type { OrderRecord } from './customer.js';

/**
 * The two ways orders arrive, with the ordering itself passed in:
 * - closed loop: N customers, each placing its next order when the last one has a courier
 *   (the stack's speed sets the pace: throughput at a given concurrency);
 * - open loop: orders arrive on a fixed clock whatever happens to earlier ones, so a stack
 *   slower than the arrivals builds a queue, and its latency shows it.
 * Orders are placed for `seconds`; after that, those still on their way get `drainSeconds`
 * to reach a courier, then count as unfinished.
 */
export type PlaceOrder = (index: number, stop: AbortSignal) => Promise<OrderRecord>;

export interface LoadResult {
  records: OrderRecord[];
  startedAt: number;
  /** When the last order was placed. */
  placingEndedAt: number;
  endedAt: number;
}

export async function driveLoad(scenario: Scenario, seconds: number, drainSeconds: number, place: PlaceOrder): Promise<LoadResult> {
  const stop = new AbortController();
  // Every order in flight listens for the end of the drain.
  setMaxListeners(0, stop.signal);
  const startedAt = now();
  const placingDeadline = startedAt + seconds * 1000;
  const drainTimer = setTimeout(() => stop.abort(), (seconds + drainSeconds) * 1000);
  const pending: Array<Promise<OrderRecord>> = [];
  let placingEndedAt = startedAt;
  try {
    if (scenario.kind === 'closed') {
      const records: OrderRecord[] = [];
      await Promise.all(
        Array.from({ length: scenario.clients }, async (_, client) => {
          while (now() < placingDeadline && !stop.signal.aborted) {
            placingEndedAt = Math.max(placingEndedAt, now());
            records.push(await place(client, stop.signal));
          }
        }),
      );
      return { records, startedAt, placingEndedAt, endedAt: now() };
    }
    const interval = 1000 / scenario.rate;
    for (let k = 0; ; k++) {
      const due = startedAt + k * interval;
      if (due >= placingDeadline) break;
      const wait = due - now();
      if (wait > 0) await sleep(wait);
      placingEndedAt = now();
      pending.push(place(k, stop.signal));
    }
    return { records: await Promise.all(pending), startedAt, placingEndedAt, endedAt: now() };
  } finally {
    clearTimeout(drainTimer);
  }
}
