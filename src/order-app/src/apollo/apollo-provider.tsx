import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createSessionApollo, type SessionApollo } from './client.js';
import { createConnectionStatusStore, type ConnectionState, type ConnectionStatusStore } from './connection-status.js';
import { useSession } from '../auth/session-context.js';
import type { AppConfig } from '../config.js';

export const ConnectionContext = createContext<ConnectionStatusStore>(createConnectionStatusStore('connected'));

export function useConnectionState(): ConnectionState {
  const store = useContext(ConnectionContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * Builds a fresh Apollo client (cache + websocket) for every session and disposes the previous
 * one, so nothing cached for one user survives into the next user's session.
 */
export function SessionApolloProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const { session, signOut } = useSession();
  const token = session?.token ?? null;
  const [current, setCurrent] = useState<{ token: string | null; apollo: SessionApollo } | null>(null);

  useEffect(() => {
    const apollo = createSessionApollo({ config, token, onInvalidToken: signOut });
    setCurrent({ token, apollo });
    return () => apollo.dispose();
  }, [config, token, signOut]);

  // Render nothing for the one frame in which the client of the previous session is gone.
  if (!current || current.token !== token) return null;
  return (
    <ConnectionContext.Provider value={current.apollo.connection}>
      <ApolloProvider client={current.apollo.client}>{children}</ApolloProvider>
    </ConnectionContext.Provider>
  );
}
