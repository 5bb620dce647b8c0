import { describe, expect, it } from 'vitest';
import { Lifecycle, StopRequested } from '../src/stack/lifecycle.js';

describe('stack lifecycle', () => {
  it('a failure stops with a reason; later failures and signals change nothing', async () => {
    const said: string[] = [];
    const lifecycle = new Lifecycle((l) => said.push(l));
    expect(lifecycle.stopping).toBe(false);
    lifecycle.fail('engine exited with code 3');
    lifecycle.fail('functions exited with code 1');
    lifecycle.requestStop('SIGTERM');
    await lifecycle.stopped;
    expect(lifecycle.failure).toBe('engine exited with code 3');
    expect(said).toEqual(['engine exited with code 3: stopping everything']);
  });

  it('a failure of several lines is said line by line', () => {
    const said: string[] = [];
    new Lifecycle((l) => said.push(l)).fail('port 1 is in use\nport 2 is in use');
    expect(said).toEqual(['port 1 is in use', 'port 2 is in use', 'stopping everything']);
  });

  it('a failure after a requested stop is not a failure', () => {
    const lifecycle = new Lifecycle(() => {});
    lifecycle.requestStop('SIGINT');
    lifecycle.fail('postgres exited with code 0');
    expect(lifecycle.failure).toBeUndefined();
    expect(() => lifecycle.checkpoint()).toThrow(StopRequested);
  });

  it('abandons a pending wait when a stop is requested', async () => {
    const lifecycle = new Lifecycle(() => {});
    const never = new Promise<void>(() => {});
    const waiting = lifecycle.race(never);
    lifecycle.requestStop('SIGTERM');
    await expect(waiting).rejects.toBeInstanceOf(StopRequested);
    await expect(new Lifecycle(() => {}).race(Promise.resolve(7))).resolves.toBe(7);
  });

  it('turns SIGTERM into a stop request while listening', async () => {
    const lifecycle = new Lifecycle(() => {});
    const unlisten = lifecycle.listen();
    try {
      process.kill(process.pid, 'SIGTERM');
      await lifecycle.stopped;
      expect(lifecycle.stopping).toBe(true);
      expect(lifecycle.failure).toBeUndefined();
    } finally {
      unlisten();
    }
  });
});
