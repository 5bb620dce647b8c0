import { describe, expect, it } from 'vitest';
import { StreamPoller } from '../../src/realtime/stream/stream-poller.js';
import type { CohortResult, RunBatch } from '../../src/realtime/live/batch-runner.js';
import { settle } from './fake-socket.js';

const T = { table: 'public.m', column: 'order_id', valueIndex: 0, kind: 'text' as const };

/**
 * The stream poller's scheduling with the statement replaced by a hand-driven fake: each cohort
 * is (conversation, cursor); `rows` holds each conversation's message numbers, and a statement
 * answers the first one after the cohort's cursor.
 */
function harness(options: { sweepBatches?: number; batchSize?: number; streamBatch?: number } = {}) {
  const calls: { cohorts: string[]; finish(): void; done?: boolean }[] = [];
  const rows = new Map<string, number[]>();
  const runBatch: RunBatch = (cohorts) => {
    const asked = cohorts.map((c) => JSON.parse(c.variablesJson) as [string, string]);
    return new Promise<Map<string, CohortResult>>((resolve) => {
      calls.push({
        cohorts: asked.map(([conversation, cursor]) => `${conversation}@${cursor}`),
        // The rows are read when the statement ends, as a statement that started before a commit can still miss it.
        finish: () =>
          resolve(
            new Map(
              cohorts.map((c, i) => {
                const [conversation, cursor] = asked[i]!;
                const batch = (rows.get(conversation) ?? []).filter((n) => n > Number(cursor)).slice(0, options.streamBatch ?? 1);
                return [c.id, batch.length === 0 ? { data: null, cursor: null } : { data: JSON.stringify({ m: batch }), cursor: String(batch.at(-1)), rows: batch.length }];
              }),
            ),
          ),
      });
    });
  };
  const poller = new StreamPoller(
    'k',
    new Map([['public.m', 1]]),
    new Set(['public.m']),
    { batchSize: options.batchSize ?? 1, sweepBatches: options.sweepBatches, runBatch, now: () => 0 },
    [{ table: 'public.m', target: T, columns: null }],
  );
  const received = new Map<string, number[]>();
  const subscribe = (conversation: string) => {
    const got: number[] = [];
    received.set(conversation, got);
    poller.add({ push: (p: string) => got.push(...(JSON.parse(p) as { data: { m: number[] } }).data.m) }, [conversation, '0'], 1, options.streamBatch);
  };
  const finishPending = async () => {
    await settle();
    for (const c of calls.filter((c) => !c.done)) {
      c.done = true;
      c.finish();
    }
    await settle();
  };
  const drain = async () => {
    while (calls.some((c) => !c.done) || (await Promise.race([poller.idle().then(() => true), settle().then(() => false)])) === false) await finishPending();
    await poller.idle();
  };
  return { poller, calls, rows, received, subscribe, finishPending, drain };
}

describe('StreamPoller scheduling', () => {
  it('runs a conversation a change concerns at once beside a backstop pass in flight', async () => {
    const h = harness({ batchSize: 1, sweepBatches: 1 });
    for (const c of ['a', 'b', 'c', 'd']) h.subscribe(c);
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0']]);
    h.rows.set('d', [1]);
    h.poller.requestCohorts(T, ['d']);
    await settle();
    // d's message does not wait for the sweep's passes: it is the second statement, beside a's.
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0'], ['d@0']]);
    await h.drain();
    expect(h.received.get('d')).toEqual([1]);
    // The sweep still visits every other conversation.
    expect(new Set(h.calls.flatMap((c) => c.cohorts).map((c) => c[0]))).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('delivers every message exactly once and in order when changes land on a conversation whose statement is in flight', async () => {
    const h = harness({ batchSize: 2, sweepBatches: 1 });
    h.subscribe('a');
    h.subscribe('b');
    await h.drain();
    h.calls.length = 0;
    h.rows.set('a', [1]);
    h.poller.requestCohorts(T, ['a']);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0']]);
    // Two more messages commit while a's statement runs, and a backstop sweep is asked for.
    h.rows.set('a', [1, 2, 3]);
    h.poller.requestCohorts(T, ['a']);
    h.poller.request('all');
    h.rows.set('b', [7]);
    h.poller.requestCohorts(T, ['b']);
    await h.drain();
    expect(h.received.get('a')).toEqual([1, 2, 3]);
    expect(h.received.get('b')).toEqual([7]);
    // Never two statements for one conversation at the same position at once.
    const positions = h.calls.flatMap((c) => c.cohorts);
    expect(positions.filter((p) => p === 'a@1')).toHaveLength(1);
  });

  it('without sweep batches (polling) runs every cohort in one pass and has no express lane', async () => {
    const h = harness({ batchSize: 10 });
    for (const c of ['a', 'b', 'c']) h.subscribe(c);
    await h.drain();
    h.calls.length = 0;
    h.poller.request('all');
    await settle();
    h.rows.set('c', [5]);
    h.poller.requestCohorts(T, ['c']);
    await settle();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0', 'b@0', 'c@0']]);
    await h.drain();
    expect(h.received.get('c')).toEqual([5]);
  });

  it('looks again at once after a full batch only: a shorter one left nothing behind, and the next change wakes it', async () => {
    const h = harness({ batchSize: 10, sweepBatches: 1, streamBatch: 2 });
    h.subscribe('a');
    await h.drain();
    h.calls.length = 0;
    h.rows.set('a', [1, 2, 3]);
    h.poller.requestCohorts(T, ['a']);
    await h.drain();
    // [1, 2] filled the batch, so a looked again and got [3]; [3] did not, so no third statement.
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0'], ['a@2']]);
    h.rows.set('a', [1, 2, 3, 4]);
    h.poller.requestCohorts(T, ['a']);
    await h.drain();
    expect(h.calls.map((c) => c.cohorts)).toEqual([['a@0'], ['a@2'], ['a@3']]);
    expect(h.received.get('a')).toEqual([1, 2, 3, 4]);
  });
});
