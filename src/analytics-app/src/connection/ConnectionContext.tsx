import { createContext, useContext, useSyncExternalStore } from 'react';
import { initialConnectionState, type ConnectionStore } from './connection-state.js';

/** The dashboard client's socket state, for parts that must react to a reconnect. */
export const ConnectionContext = createContext<ConnectionStore | undefined>(undefined);

const noSocket: ConnectionStore = {
  get: () => initialConnectionState,
  subscribe: () => () => undefined,
  dispatch: () => undefined,
};

/** How many times the socket has come up (0 until it does, or without a socket). */
export function useConnections(): number {
  const store = useContext(ConnectionContext) ?? noSocket;
  return useSyncExternalStore(store.subscribe, () => store.get().connections);
}
