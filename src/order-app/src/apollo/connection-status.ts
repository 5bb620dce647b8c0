import type { Client } from 'graphql-ws';

// The websocket's state as the user should see it. "reconnecting" covers every moment after the
// first successful connection in which live updates are not flowing.
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface ConnectionStatusStore {
  get(): ConnectionState;
  subscribe(listener: () => void): () => void;
  set(state: ConnectionState): void;
}

export function createConnectionStatusStore(initial: ConnectionState = 'connecting'): ConnectionStatusStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
  };
}

/** The browser's connectivity events, as trackConnection and waitToRetry use them (window, or a fake in tests). */
export type OnlineEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Feeds a graphql-ws client's events into the store, and gives up on a socket as soon as it is
 * known to be dead: when a ping goes unanswered for `pongTimeoutMs`, or when the browser says it
 * went offline. A half-open TCP connection otherwise looks "connected" for minutes (closing it
 * politely waits for a close handshake that never comes), and graphql-ws reconnects and
 * resubscribes only once the socket is closed; terminate() closes it on the spot.
 */
export function trackConnection(client: Client, store: ConnectionStatusStore, pongTimeoutMs: number, browser: OnlineEvents | undefined = globalThis.window): () => void {
  let everConnected = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let activeSocket: WebSocket | undefined;
  const clearPongTimer = () => {
    if (pongTimer !== undefined) clearTimeout(pongTimer);
    pongTimer = undefined;
  };
  const notLive = () => store.set(everConnected ? 'reconnecting' : 'connecting');
  const giveUp = (code: number, reason: string) => {
    clearPongTimer();
    notLive();
    if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(code, reason);
    activeSocket = undefined;
    client.terminate();
  };
  const onOffline = () => giveUp(4408, 'Browser offline');
  browser?.addEventListener('offline', onOffline);
  const unsubscribers = [
    client.on('connecting', notLive),
    client.on('opened', (socket) => {
      activeSocket = socket as WebSocket;
    }),
    client.on('connected', () => {
      everConnected = true;
      store.set('connected');
    }),
    client.on('closed', () => {
      clearPongTimer();
      activeSocket = undefined;
      notLive();
    }),
    client.on('ping', (received) => {
      if (received) return;
      clearPongTimer();
      pongTimer = setTimeout(() => giveUp(4408, 'Pong timeout'), pongTimeoutMs);
    }),
    client.on('pong', (received) => {
      if (received) clearPongTimer();
    }),
    () => browser?.removeEventListener('offline', onOffline),
  ];
  return () => {
    clearPongTimer();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

/** Waits `delayMs` before the next connection attempt, or less: the moment the browser is back online. */
export function waitToRetry(delayMs: number, browser: OnlineEvents | undefined = globalThis.window): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser?.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, delayMs);
    browser?.addEventListener('online', done);
  });
}
