/**
 * The websocket's state as a person should see it. Fed by graphql-ws client events;
 * read by React through useSyncExternalStore. Pure apart from the listener set.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

export type SocketEvent = { type: 'connecting' } | { type: 'connected' } | { type: 'closed'; code?: number; reason?: string };

export interface ConnectionState {
  status: ConnectionStatus;
  /** Whether the socket was ever up: a later drop is a reconnect, not a first connect. */
  everConnected: boolean;
  /** How many times the socket came up: a streaming subscription restarts its cursor on a new one. */
  connections: number;
  lastCloseCode?: number;
}

export const initialConnectionState: ConnectionState = { status: 'connecting', everConnected: false, connections: 0 };

export function nextConnectionState(state: ConnectionState, event: SocketEvent): ConnectionState {
  switch (event.type) {
    case 'connected':
      return { status: 'connected', everConnected: true, connections: state.connections + 1 };
    case 'connecting':
      return { ...state, status: state.everConnected ? 'reconnecting' : 'connecting' };
    case 'closed':
      return {
        status: state.everConnected ? 'reconnecting' : 'connecting',
        everConnected: state.everConnected,
        connections: state.connections,
        ...(event.code !== undefined ? { lastCloseCode: event.code } : {}),
      };
  }
}

export interface ConnectionStore {
  get(): ConnectionState;
  subscribe(listener: () => void): () => void;
  dispatch(event: SocketEvent): void;
}

export function createConnectionStore(): ConnectionStore {
  let state = initialConnectionState;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(event) {
      const next = nextConnectionState(state, event);
      if (next.status === state.status && next.lastCloseCode === state.lastCloseCode && next.everConnected === state.everConnected && next.connections === state.connections) {
        return;
      }
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
