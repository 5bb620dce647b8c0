import { describe, expect, it } from 'vitest';
import { createProcessor, type ProcessorIO } from '../../src/events/processor.js';

/**
 * The delivery loop against an in-memory queue: no database, no HTTP. Deliveries are
 * promises the test resolves, so every interleaving is decided by the test.
 */
interface Item {
  id: string;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function memoryQueue(ids: string[]) {
  const queue = [...ids];
  const claims: number[] = [];
  const recorded: string[][] = [];
  const unlocked: string[] = [];
  const inFlight = new Map<string, ReturnType<typeof deferred<string>>>();
  const errors: string[] = [];
  const startWaiters: { n: number; resolve: () => void }[] = [];
  let startedCount = 0;
  const io: ProcessorIO<Item, string> = {
    async claim(limit) {
      claims.push(limit);
      return queue.splice(0, limit).map((id) => ({ id }));
    },
    deliver(item) {
      const d = deferred<string>();
      inFlight.set(item.id, d);
      startedCount++;
      for (const w of startWaiters) if (startedCount >= w.n) w.resolve();
      return d.promise;
    },
    async record(outcomes) {
      recorded.push(outcomes);
    },
    async unlock(items) {
      unlocked.push(...items.map((i) => i.id));
    },
    onError(error) {
      errors.push(error.message);
    },
  };
  return {
    io,
    queue,
    claims,
    recorded,
    unlocked,
    inFlight,
    errors,
    whenStarted(n: number) {
      if (startedCount >= n) return Promise.resolve();
      return new Promise<void>((resolve) => startWaiters.push({ n, resolve }));
    },
  };
}

const options = { poolSize: 3, batchSize: 10, fetchIntervalMs: 60_000, shutdownTimeoutMs: 50 };

describe('events processor loop', () => {
  it('claims only free pool slots and claims again when a slot frees', async () => {
    const q = memoryQueue(['a', 'b', 'c', 'd', 'e']);
    const processor = createProcessor(q.io, options);
    processor.start();
    await q.whenStarted(3);
    expect(q.claims).toEqual([3]);
    expect(processor.held()).toBe(3);
    q.inFlight.get('a')!.resolve('done a');
    await q.whenStarted(4);
    expect(q.claims).toEqual([3, 1]);
    expect(q.recorded.flat()).toEqual(['done a']);
    for (const id of ['b', 'c', 'd']) q.inFlight.get(id)!.resolve(`done ${id}`);
    await q.whenStarted(5);
    q.inFlight.get('e')!.resolve('done e');
    await processor.stop();
    expect(q.recorded.flat().sort()).toEqual(['done a', 'done b', 'done c', 'done d', 'done e']);
    expect(q.unlocked).toEqual([]);
  });

  it('sleeps after an empty claim until woken', async () => {
    const q = memoryQueue([]);
    const processor = createProcessor(q.io, options);
    processor.start();
    await new Promise<void>((resolve) => {
      const check = () => (q.claims.length >= 1 ? resolve() : setImmediate(check));
      check();
    });
    q.queue.push('late');
    processor.wake();
    await q.whenStarted(1);
    expect(q.claims.slice(0, 2)).toEqual([3, 3]);
    q.inFlight.get('late')!.resolve('done late');
    await processor.stop();
    expect(q.recorded.flat()).toEqual(['done late']);
  });

  it('after a claim that found fewer events than it asked for, sleeps instead of claiming again', async () => {
    const q = memoryQueue(['a']);
    const processor = createProcessor(q.io, options);
    processor.start();
    await q.whenStarted(1);
    // Give the loop every chance to claim again; it must be asleep after the short claim.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(q.claims).toEqual([3]);
    q.queue.push('b');
    processor.wake();
    await q.whenStarted(2);
    expect(q.claims).toEqual([3, 2]);
    q.inFlight.get('a')!.resolve('done a');
    q.inFlight.get('b')!.resolve('done b');
    await processor.stop();
    expect(q.recorded.flat().sort()).toEqual(['done a', 'done b']);
  });

  it('a wake during a claim makes the loop claim again instead of sleeping', async () => {
    const q = memoryQueue([]);
    const originalClaim = q.io.claim;
    let first = true;
    q.io.claim = async (limit) => {
      const result = await originalClaim(limit);
      if (first) {
        first = false;
        // A commit lands while this claim is running: its NOTIFY arrives before the sleep.
        q.queue.push('raced');
        processor.wake();
      }
      return result;
    };
    const processor = createProcessor(q.io, options);
    processor.start();
    await q.whenStarted(1);
    q.inFlight.get('raced')!.resolve('done raced');
    await processor.stop();
    expect(q.recorded.flat()).toEqual(['done raced']);
  });

  it('on stop, unlocks deliveries that outlive the shutdown timeout and does not record them', async () => {
    const q = memoryQueue(['slow', 'quick']);
    const processor = createProcessor(q.io, options);
    processor.start();
    await q.whenStarted(2);
    q.inFlight.get('quick')!.resolve('done quick');
    await processor.stop();
    expect(q.unlocked).toEqual(['slow']);
    q.inFlight.get('slow')!.resolve('done slow');
    await new Promise((r) => setImmediate(r));
    expect(q.recorded.flat()).toEqual(['done quick']);
  });

  it('keeps outcomes and retries the write when recording fails', async () => {
    const q = memoryQueue(['a']);
    let failures = 1;
    const record = q.io.record;
    q.io.record = async (outcomes) => {
      if (failures-- > 0) throw new Error('connection lost');
      return record(outcomes);
    };
    const processor = createProcessor(q.io, options);
    processor.start();
    await q.whenStarted(1);
    q.inFlight.get('a')!.resolve('done a');
    await processor.stop();
    expect(q.errors).toEqual(['connection lost']);
    expect(q.recorded.flat()).toEqual(['done a']);
  });

  it('keeps running after a failed claim', async () => {
    const q = memoryQueue(['a']);
    let failures = 1;
    const claim = q.io.claim;
    q.io.claim = async (limit) => {
      if (failures-- > 0) throw new Error('claim failed');
      return claim(limit);
    };
    const processor = createProcessor(q.io, { ...options, fetchIntervalMs: 1 });
    processor.start();
    await q.whenStarted(1);
    q.inFlight.get('a')!.resolve('done a');
    await processor.stop();
    expect(q.errors).toEqual(['claim failed']);
    expect(q.recorded.flat()).toEqual(['done a']);
  });

  it('tries a failed claim again soon, not a whole fetch interval later (nothing may wake it)', async () => {
    const q = memoryQueue(['a']);
    let failures = 3;
    const claim = q.io.claim;
    q.io.claim = async (limit) => {
      if (failures-- > 0) throw new Error('connection terminated');
      return claim(limit);
    };
    // An hour's interval: only the backoff (50, 100, 200 ms) can bring the claim back.
    const processor = createProcessor(q.io, { ...options, fetchIntervalMs: 3_600_000 });
    processor.start();
    await q.whenStarted(1);
    q.inFlight.get('a')!.resolve('done a');
    await processor.stop();
    expect(q.errors).toEqual(['connection terminated', 'connection terminated', 'connection terminated']);
    expect(q.recorded.flat()).toEqual(['done a']);
  });
});
