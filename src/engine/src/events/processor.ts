import { setMaxListeners } from 'node:events';
import { Backoff } from '../platform/backoff.js';
import { toError } from './errors.js';

/**
 * The delivery loop, with every I/O passed in (pg-boss `worker.ts` style) so it runs in
 * tests without a database.
 *
 * - At most `poolSize` events are held at once, counting both those on the wire and those
 *   whose outcome is still being written. A claim asks only for free slots, so a claimed
 *   event starts at once and its lock never waits behind a queue: the lease (timeout_sec +
 *   margin) then bounds how long a live process can hold an event.
 * - A failed claim is tried again after 50 ms, doubling up to `fetchIntervalMs`.
 * - It sleeps `fetchIntervalMs` after a claim that found fewer events than it asked for (the
 *   queue was empty behind them, so an immediate second claim would be an empty one); `wake()`
 *   (a NOTIFY) ends the sleep early, and a wake that arrives while a claim is running makes the loop
 *   claim again instead of sleeping, so no commit is missed between claim and sleep.
 * - Outcomes are recorded in batches: whatever finished while the previous write ran goes
 *   into the next one.
 * - Under load it waits for a quarter of the pool to be free before claiming again, so a
 *   busy processor makes few large claims instead of one claim per finished delivery.
 */
export interface ProcessorIO<E extends { id: string }, O> {
  claim(limit: number): Promise<E[]>;
  /** Delivers one event; the returned outcome is recorded. Should not reject. */
  deliver(event: E, signal: AbortSignal): Promise<O>;
  record(outcomes: O[]): Promise<void>;
  /** Gives events back to the queue (stop, or a delivery that threw). */
  unlock(events: E[]): Promise<void>;
  onError(error: Error, stage: 'claim' | 'deliver' | 'record' | 'unlock'): void;
}

export interface ProcessorOptions {
  poolSize: number;
  batchSize: number;
  fetchIntervalMs: number;
  shutdownTimeoutMs: number;
}

export interface Processor {
  start(): void;
  wake(): void;
  stop(): Promise<void>;
  /** Events claimed and not yet recorded. */
  held(): number;
}

type Phase = 'delivering' | 'recording';

export function createProcessor<E extends { id: string }, O>(io: ProcessorIO<E, O>, options: ProcessorOptions): Processor {
  const held = new Map<string, { event: E; phase: Phase }>();
  const abort = new AbortController();
  // Every in-flight request listens for the shutdown abort.
  setMaxListeners(0, abort.signal);
  const lowWater = Math.max(1, Math.floor(Math.min(options.poolSize, options.batchSize) / 4));
  let running = false;
  let loopDone: Promise<void> = Promise.resolve();
  let wakeRequested = false;
  let wakeWaiter: (() => void) | undefined;
  let slotWaiters: (() => void)[] = [];
  let pending: { id: string; outcome: O }[] = [];
  let flushing: Promise<void> | undefined;

  const notifySlots = () => {
    const waiters = slotWaiters;
    slotWaiters = [];
    for (const w of waiters) w();
  };
  const slotFreed = () => new Promise<void>((resolve) => slotWaiters.push(resolve));

  function idle(ms: number): Promise<void> {
    if (wakeRequested || !running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeWaiter = undefined;
        resolve();
      }
      wakeWaiter = done;
    });
  }

  async function flush(): Promise<void> {
    const backoff = new Backoff({ baseMs: 50, maxMs: 5000, jitter: 'none' });
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await io.record(batch.map((p) => p.outcome));
        backoff.reset();
        for (const { id } of batch) held.delete(id);
        notifySlots();
      } catch (error) {
        io.onError(toError(error), 'record');
        pending = batch.concat(pending);
        // Stopping and still failing: leave the rows locked; the lease returns them.
        if (abort.signal.aborted) {
          for (const { id } of pending) held.delete(id);
          pending = [];
          notifySlots();
          return;
        }
        await new Promise((r) => setTimeout(r, backoff.next()));
      }
    }
  }

  function enqueueRecord(id: string, outcome: O) {
    pending.push({ id, outcome });
    if (!flushing) flushing = flush().finally(() => (flushing = undefined));
  }

  function begin(event: E) {
    const entry = { event, phase: 'delivering' as Phase };
    held.set(event.id, entry);
    io.deliver(event, abort.signal).then(
      (outcome) => {
        // After the shutdown deadline the attempt was cut short; it is unlocked, not counted.
        if (abort.signal.aborted) return;
        entry.phase = 'recording';
        enqueueRecord(event.id, outcome);
      },
      (error) => {
        io.onError(toError(error), 'deliver');
        if (abort.signal.aborted) return;
        io.unlock([event])
          .catch((e) => io.onError(toError(e), 'unlock'))
          .finally(() => {
            held.delete(event.id);
            notifySlots();
          });
      },
    );
  }

  async function loop(): Promise<void> {
    // A failed claim (a dropped connection, a restarting database) is tried again after 50 ms,
    // doubling up to the fetch interval, rather than a whole interval later: the events that
    // woke it are still waiting, and nothing may wake it again.
    const claimBackoff = new Backoff({ baseMs: 50, maxMs: Math.max(50, options.fetchIntervalMs), jitter: 'none' });
    while (running) {
      const free = options.poolSize - held.size;
      if (free <= 0 || (held.size > 0 && free < lowWater)) {
        await slotFreed();
        continue;
      }
      wakeRequested = false;
      const asked = Math.min(options.batchSize, free);
      let events: E[];
      try {
        events = await io.claim(asked);
      } catch (error) {
        io.onError(toError(error), 'claim');
        await idle(Math.min(options.fetchIntervalMs, claimBackoff.next()));
        continue;
      }
      claimBackoff.reset();
      for (const event of events) begin(event);
      // Fewer than asked for: the queue held no more when the claim ran, so claiming again at
      // once would come back empty. A commit since then woke us (wakeRequested), or will.
      if (events.length < asked) await idle(options.fetchIntervalMs);
    }
  }

  async function drained(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (held.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([slotFreed(), new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
    return true;
  }

  return {
    start() {
      if (running) return;
      running = true;
      loopDone = loop();
    },
    wake() {
      wakeRequested = true;
      wakeWaiter?.();
    },
    async stop() {
      running = false;
      wakeWaiter?.();
      notifySlots();
      await loopDone;
      if (await drained(options.shutdownTimeoutMs)) return;
      abort.abort();
      const unfinished = [...held.values()].filter((h) => h.phase === 'delivering').map((h) => h.event);
      for (const event of unfinished) held.delete(event.id);
      try {
        await io.unlock(unfinished);
      } catch (error) {
        io.onError(toError(error), 'unlock');
      }
      await flushing;
    },
    held: () => held.size,
  };
}
