import { describe, expect, it } from 'vitest';
import { Backoff, backoffDelay, isRetryableError, withRetry } from '../../src/platform/backoff.js';

describe('backoff', () => {
  it('grows exponentially up to the cap, with the chosen jitter', () => {
    const none = { baseMs: 100, maxMs: 1000, jitter: 'none' as const };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, none))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(3, { ...none, jitter: 'equal' }, () => 0)).toBe(400);
    expect(backoffDelay(3, { ...none, jitter: 'equal' }, () => 0.999)).toBeLessThanOrEqual(800);
    expect(backoffDelay(3, { ...none, jitter: 'full' }, () => 0)).toBe(0);
  });

  it('counts attempts until reset', () => {
    const b = new Backoff({ baseMs: 10, maxMs: 100, jitter: 'none' });
    expect([b.next(), b.next(), b.next()]).toEqual([10, 20, 40]);
    expect(b.attempts).toBe(3);
    b.reset();
    expect(b.next()).toBe(10);
  });

  it('retries connection errors, serialization failures and deadlocks, not data errors', () => {
    for (const code of ['08006', '08003', '40001', '40P01', '57P01', '53300', 'ECONNRESET']) expect(isRetryableError({ code })).toBe(true);
    for (const code of ['23505', '22P02', '42703', '42501']) expect(isRetryableError({ code })).toBe(false);
    expect(isRetryableError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isRetryableError(new Error('boom'))).toBe(false);
  });

  it('withRetry stops at a non-retryable error or when the attempts are spent', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('x'), { code: '40P01' });
        },
        { attempts: 3, baseMs: 1 },
      ),
    ).rejects.toThrow('x');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('y'), { code: '23505' });
        },
        { attempts: 3, baseMs: 1 },
      ),
    ).rejects.toThrow('y');
    expect(calls).toBe(1);
    expect(
      await withRetry(
        async (n) => {
          if (n < 2) throw { code: '40001' };
          return n;
        },
        { attempts: 3, baseMs: 1 },
      ),
    ).toBe(2);
  });
});
