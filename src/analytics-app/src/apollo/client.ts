import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import type { AppConfig } from '../config.js';
import { DASHBOARD_ROLE } from '../auth/session.js';
import { createConnectionStore, type ConnectionStore } from '../connection/connection-state.js';
import { reconnectDelayMs, waitToRetry, watchLiveness } from '../connection/liveness.js';

/**
 * All of the dashboard's cache policy lives here.
 *
 * Every figure on the dashboard is a live result computed by Postgres and pushed over a
 * subscription, so nothing benefits from a normalized cache; and the live feed would make
 * one grow without bound. Every operation therefore runs with `no-cache`: each panel keeps
 * exactly the last result it was sent (the feed: its bounded window), and nothing else.
 */
export const LIVE = { fetchPolicy: 'no-cache' } as const;

/** Engine error codes that mean the token is no longer good (Hasura's codes). */
const AUTH_ERROR_CODES = new Set(['invalid-jwt', 'invalid-headers', 'access-denied']);
/** Websocket close codes for the same (graphql-transport-ws: 4401 Unauthorized, 4403 Forbidden). */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

export interface DashboardClient {
  client: ApolloClient;
  /** This client's socket only: a disposed client's last events never reach a new one's indicator. */
  connection: ConnectionStore;
  dispose(): void;
}

export function createDashboardClient(opts: { config: AppConfig; token: string; onAuthExpired: () => void }): DashboardClient {
  const connection = createConnectionStore();
  let disposed = false;
  const headers = { Authorization: `Bearer ${opts.token}`, 'x-hasura-role': DASHBOARD_ROLE };

  const socket = createClient({
    url: opts.config.graphqlWsUrl,
    // Hasura reads only `headers` from connection_init's payload.
    connectionParams: { headers },
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => waitToRetry(reconnectDelayMs(retries), globalThis.window),
    on: {
      connecting: () => connection.dispatch({ type: 'connecting' }),
      connected: () => connection.dispatch({ type: 'connected' }),
      closed: (event) => {
        if (disposed) return;
        const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
        connection.dispatch({ type: 'closed', ...(code !== undefined ? { code } : {}), ...(reason ? { reason } : {}) });
        if (code !== undefined && AUTH_CLOSE_CODES.has(code)) opts.onAuthExpired();
      },
    },
  });

  const stopWatching = watchLiveness(socket, {
    pongTimeoutMs: 5_000,
    onDead: (code) => {
      if (!disposed) connection.dispatch({ type: 'closed', code });
    },
    browser: globalThis.window,
  });

  const authErrors = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => AUTH_ERROR_CODES.has(String(e.extensions?.code)))) {
      opts.onAuthExpired();
    }
  });

  const http = new HttpLink({ uri: opts.config.graphqlHttpUrl, headers });
  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(socket), http);

  const client = new ApolloClient({
    link: ApolloLink.from([authErrors, transport]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: LIVE, query: LIVE },
  });

  return {
    client,
    connection,
    dispose() {
      disposed = true;
      stopWatching();
      client.stop();
      void socket.dispose();
    },
  };
}
