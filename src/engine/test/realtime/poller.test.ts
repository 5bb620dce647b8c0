import { describe, expect, it } from 'vitest';
import { Poller } from '../../src/realtime/live/poller.js';
import type { CohortResult, RunBatch } from '../../src/realtime/live/batch-runner.js';
import { settle } from './fake-socket.js';

const T = { table: 'public.t', column: 'id', valueIndex: 0, kind: 'int' as const };

/** The poller's scheduling, with the statement replaced by a hand-driven fake (no database). */
interface Call {
  cohorts: string[];
  finish(): void;
}

function harness(options: { sweepBatches?: number; batchSize?: number; fullRefreshSpacingMs?: number; clock?: { now: number }; realClock?: boolean } = {}) {
  const calls: Call[] = [];
  const values = new Map<string, string>();
  const runBatch: RunBatch = (cohorts) =>
    new Promise<Map<string, CohortResult>>((resolve) => {
      calls.push({
        cohorts: cohorts.map((c) => JSON.parse(c.variablesJson)[0] as string),
        finish: () => resolve(new Map(cohorts.map((c) => [c.id, { data: values.get(JSON.parse(c.variablesJson)[0]) ?? '0' }]))),
      });
    });
  const poller = new Poller(
    'k',
    new Map([['public.t', 1]]),
    new Set(['public.t']),
    {
      batchSize: options.batchSize ?? 2,
      sweepBatches: options.sweepBatches,
      fullRefreshSpacingMs: options.fullRefreshSpacingMs,
      runBatch,
      now: options.realClock ? () => performance.now() : () => options.clock?.now ?? 0,
    },
    [{ table: 'public.t', target: T, columns: null }],
  );
  const pushes = new Map<string, string[]>();
  const subscribe = (value: string) => {
    const received: string[] = [];
    pushes.set(value, received);
    const subscriber = { push: (p: string) => received.push(p) };
    poller.add(subscriber, [value]);
    return subscriber;
  };
  /** Finishes every pending statement until the poller is idle. */
  const drain = async () => {
    for (;;) {
      await settle();
      const pending = calls.filter((c) => !(c as { done?: boolean }).done);
      if (pending.length === 0) break;
      for (const c of pending) {
        (c as { done?: boolean }).done = true;
        c.finish();
      }
    }
    await poller.idle();
  };
  /** Finishes every statement as it comes, timers included (a paced sweep waits between slices), until the poller is idle. */
  const drainPaced = async () => {
    for (;;) {
      await settle();
      for (const c of calls.filter((c) => !(c as { done?: boolean }).done)) {
        (c as { done?: boolean }).done = true;
        c.finish();
      }
      const idle = await Promise.race([poller.idle().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);
      if (idle && calls.every((c) => (c as { done?: boolean }).done)) break;
    }
  };
  const finishPending = () => {
    for (const c of calls.filter((c) => !(c as { done?: boolean }).done)) {
      (c as { done?: boolean }).done = true;
      c.finish();
    }
  };
  return { poller, calls, values, pushes, subscribe, drain, drainPaced, finishPending };
}

describe('Poller scheduling', () => {
  it('gives new subscribers their first result with one statement per batch of new cohorts', async () => {
    const h = harness();
    for (const v of ['1', '2', '3']) h.subscribe(v);
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1'], ['2', '3']]);
    expect([...h.pushes.values()].map((p) => p.length)).toEqual([1, 1, 1]);
  });

  it('coalesces requests that arrive while a refresh runs into one follow-up (a burst costs at most two)', async () => {
    const h = harness({ batchSize: 10 });
    for (const v of ['1', '2']) h.subscribe(v);
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    h.poller.request('all');
    h.poller.request('all');
    h.poller.request('all');
    await h.drain();
    expect(h.calls).toHaveLength(2);
  });

  it('pushes only to cohorts whose result changed', async () => {
    const h = harness({ batchSize: 10 });
    for (const v of ['1', '2']) h.subscribe(v);
    await h.drain();
    h.values.set('2', '"changed"');
    h.poller.request('all');
    await h.drain();
    expect(h.pushes.get('1')).toEqual(['{"data":0}']);
    expect(h.pushes.get('2')).toEqual(['{"data":0}', '{"data":"changed"}']);
  });

  it('runs only the targeted cohorts for keyed changes, and nothing when no cohort matches', async () => {
    const h = harness({ batchSize: 10 });
    for (const v of ['1', '2', '3']) h.subscribe(v);
    await h.drain();
    h.calls.length = 0;
    h.poller.requestCohorts(T, ['2', '+3', '99']);
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['2', '3']]);
    h.calls.length = 0;
    h.poller.requestCohorts(T, ['42']);
    await h.drain();
    expect(h.calls).toHaveLength(0);
  });

  it('spaces full refreshes: one within the spacing waits for it, a targeted change does not', async () => {
    const clock = { now: 1000 };
    const h = harness({ batchSize: 10, fullRefreshSpacingMs: 40, clock });
    for (const v of ['1', '2', '3']) h.subscribe(v);
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2', '3']]);
    clock.now += 10;
    h.poller.request('all');
    h.poller.request('all');
    await h.drain();
    expect(h.calls).toHaveLength(1);
    h.poller.requestCohorts(T, ['2']);
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2', '3'], ['2']]);
    // The deferred full refresh (both requests in one) runs when the spacing has passed.
    clock.now += 40;
    await new Promise((resolve) => setTimeout(resolve, 80));
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2', '3'], ['2'], ['1', '2', '3']]);
  });

  it('sweeps a full refresh in passes and runs a targeted change at once beside the pass in flight', async () => {
    const h = harness({ batchSize: 2, sweepBatches: 1 });
    for (let i = 1; i <= 6; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2']]);
    // The changed cohort does not wait for the pass: it runs in the express lane now.
    h.poller.requestCohorts(T, ['6']);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['6']]);
    await h.drain();
    // The sweep goes on one batch per pass; 6 already ran after the change, so the sweep skips it.
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['6'], ['3', '4'], ['5']]);
  });

  it('holds back a changed cohort whose statement is in flight, and runs it again after', async () => {
    const h = harness({ batchSize: 2, sweepBatches: 1 });
    for (let i = 1; i <= 4; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2']]);
    // Cohort 2's statement may have started before the change: it must run again, after it.
    h.values.set('2', 'changed');
    h.poller.requestCohorts(T, ['2', '4']);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['4']]);
    await h.drain();
    const afterChange = h.calls.slice(2).map((c) => c.cohorts);
    expect(afterChange.flat().filter((v) => v === '2')).toHaveLength(1);
    expect(afterChange[0]).toContain('2');
    expect(h.pushes.get('2')!.at(-1)).toContain('changed');
    // Every cohort of the sweep ran.
    expect(new Set(h.calls.flatMap((c) => c.cohorts))).toEqual(new Set(['1', '2', '3', '4']));
  });

  it('does not starve cohorts when full refreshes keep arriving during a sweep', async () => {
    const h = harness({ batchSize: 1, sweepBatches: 1 });
    for (let i = 1; i <= 3; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    for (let pass = 0; pass < 3; pass++) {
      await settle();
      h.poller.request('all');
      const call = h.calls.at(-1)!;
      (call as { done?: boolean }).done = true;
      call.finish();
    }
    await h.drain();
    expect(h.calls.slice(0, 3).map((c) => c.cohorts[0])).toEqual(['1', '2', '3']);
  });

  it('spreads a backstop over its pace: slices wait their turn, while changes and new subscribers do not', async () => {
    const h = harness({ batchSize: 2, sweepBatches: 1, realClock: true });
    for (let i = 1; i <= 6; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all', 400);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2']]);
    h.finishPending();
    await settle();
    // The next slice is due a third of the way through the pace, not now.
    expect(h.calls).toHaveLength(1);
    // A change runs at once, beside the paused sweep.
    h.values.set('6', '"changed"');
    h.poller.requestCohorts(T, ['6']);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['6']]);
    h.finishPending();
    await settle();
    expect(h.pushes.get('6')!.at(-1)).toContain('changed');
    // A new subscriber gets its first result at once, without the next slice.
    h.subscribe('7');
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['6'], ['7']]);
    await h.drainPaced();
    // The sweep went on by itself, one slice per turn; 6 already ran after the change, 7 is newer than the sweep.
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2'], ['6'], ['7'], ['3', '4'], ['5']]);
  });

  it('a full refresh a change asks for during a paced backstop runs the rest back to back', async () => {
    const h = harness({ batchSize: 2, sweepBatches: 1, realClock: true });
    for (let i = 1; i <= 6; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all', 60_000);
    await settle();
    h.finishPending();
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['1', '2']]);
    h.poller.request('all');
    await h.drain();
    // The rest of the backstop's sweep first, then what the change added back (1, 2); nothing waited for the pace.
    expect(h.calls.map((c) => c.cohorts)).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['1', '2'],
    ]);
  });

  it('stops a paced sweep at once', async () => {
    const h = harness({ batchSize: 1, sweepBatches: 1, realClock: true });
    for (let i = 1; i <= 3; i++) h.subscribe(String(i));
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all', 60_000);
    await settle();
    h.finishPending();
    h.poller.stop();
    await h.poller.idle();
    expect(h.calls).toHaveLength(1);
  });
});
