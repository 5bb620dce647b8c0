/**
 * One timer for the next due event. `wakeIn` only ever moves the wake-up earlier: the claim
 * that follows a wake-up reads the next due time again and re-arms. A wake-up at or before
 * now runs on the next tick; one more millisecond than asked keeps the timer from firing a
 * hair before the database's clock reaches the event.
 */
export interface DueTimer {
  wakeIn(ms: number): void;
  /** The local time the timer fires at, if armed. */
  dueAt(): number | undefined;
  clear(): void;
}

/** A wake-up in the past (a claim lost to another engine's SKIP LOCKED) is retried this soon, not in a loop. */
const MIN_DELAY_MS = 5;

export function createDueTimer(onDue: () => void, now: () => number = Date.now): DueTimer {
  let armed: { at: number; handle: NodeJS.Timeout } | undefined;
  return {
    wakeIn(ms) {
      const delay = Math.max(MIN_DELAY_MS, Math.ceil(ms) + 1);
      const at = now() + delay;
      if (armed && armed.at <= at) return;
      if (armed) clearTimeout(armed.handle);
      armed = {
        at,
        handle: setTimeout(() => {
          armed = undefined;
          onDue();
        }, delay),
      };
    },
    dueAt: () => armed?.at,
    clear() {
      if (armed) clearTimeout(armed.handle);
      armed = undefined;
    },
  };
}
