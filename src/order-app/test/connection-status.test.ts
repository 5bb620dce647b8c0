import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createConnectionStatusStore, trackConnection, waitToRetry, type OnlineEvents } from '../src/apollo/connection-status.js';
import { reconnectDelayMs } from '../src/apollo/client.js';

/** The part of a graphql-ws client that trackConnection listens to, driven by hand. */
function fakeClient() {
  const listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  let terminated = 0;
  const client = {
    terminate() {
      terminated++;
    },
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener),
        );
    },
  };
  const emit = (event: string, ...args: unknown[]) => (listeners.get(event) ?? []).forEach((l) => l(...args));
  return { client: client as unknown as Client, emit, listenerCount: () => [...listeners.values()].flat().length, terminated: () => terminated };
}

describe('connection status', () => {
  it('goes connecting → connected → reconnecting → connected as the socket drops and comes back', () => {
    const store = createConnectionStatusStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get()));
    const { client, emit } = fakeClient();
    trackConnection(client, store, 1_000);
    expect(store.get()).toBe('connecting');
    emit('connecting', false);
    emit('connected');
    emit('closed', { code: 1006 });
    emit('connecting', true);
    emit('connected');
    expect(seen).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('stays "connecting" (not "reconnecting") while the very first connection is attempted', () => {
    const store = createConnectionStatusStore();
    const { client, emit } = fakeClient();
    trackConnection(client, store, 1_000);
    emit('closed', { code: 1006 });
    emit('connecting', true);
    expect(store.get()).toBe('connecting');
  });

  it('closes a socket whose pings go unanswered, so graphql-ws reconnects and resubscribes', async () => {
    const store = createConnectionStatusStore();
    const { client, emit } = fakeClient();
    trackConnection(client, store, 5);
    const closed = new Promise<number>((resolve) => {
      const socket = { readyState: 1, close: (code: number) => resolve(code) };
      (globalThis as { WebSocket?: unknown }).WebSocket ??= { OPEN: 1 };
      emit('opened', socket);
      emit('connected');
      emit('ping', false);
    });
    expect(await closed).toBe(4408);
  });

  it('says "reconnecting" and drops the socket at once when the browser goes offline', () => {
    const store = createConnectionStatusStore();
    const browser = new EventTarget() as unknown as OnlineEvents;
    const { client, emit, terminated } = fakeClient();
    trackConnection(client, store, 1_000, browser);
    emit('connected');
    (browser as unknown as EventTarget).dispatchEvent(new Event('offline'));
    expect(store.get()).toBe('reconnecting');
    expect(terminated()).toBe(1);
  });

  it('waits for the next attempt no longer than until the browser is back online', async () => {
    const browser = new EventTarget();
    const waited = waitToRetry(60_000, browser as unknown as OnlineEvents);
    browser.dispatchEvent(new Event('online'));
    await expect(waited).resolves.toBeUndefined();
  });

  it('stops listening when disposed', () => {
    const { client, listenerCount } = fakeClient();
    const stop = trackConnection(client, createConnectionStatusStore(), 1_000);
    expect(listenerCount()).toBeGreaterThan(0);
    stop();
    expect(listenerCount()).toBe(0);
  });

  it('backs off exponentially up to ten seconds, with jitter', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(250);
    expect(reconnectDelayMs(0, () => 1)).toBe(500);
    expect(reconnectDelayMs(3, () => 1)).toBe(4_000);
    expect(reconnectDelayMs(30, () => 1)).toBe(10_000);
    expect(reconnectDelayMs(30, () => 0)).toBe(5_000);
  });
});
