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

/**
 * Feeds a graphql-ws client's events into the store and closes a socket whose server stopped
 * answering pings: a half-open TCP connection otherwise looks "connected" for minutes, and
 * graphql-ws only reconnects (and resubscribes) once the socket is closed.
 */
export function trackConnection(client: Client, store: ConnectionStatusStore, pongTimeoutMs: number): () => void {
  let everConnected = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let activeSocket: WebSocket | undefined;
  const clearPongTimer = () => {
    if (pongTimer !== undefined) clearTimeout(pongTimer);
    pongTimer = undefined;
  };
  const unsubscribers = [
    client.on('connecting', () => store.set(everConnected ? 'reconnecting' : 'connecting')),
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
      store.set(everConnected ? 'reconnecting' : 'connecting');
    }),
    client.on('ping', (received) => {
      if (received) return;
      clearPongTimer();
      pongTimer = setTimeout(() => {
        if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Pong timeout');
      }, pongTimeoutMs);
    }),
    client.on('pong', (received) => {
      if (received) clearPongTimer();
    }),
  ];
  return () => {
    clearPongTimer();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
