// Everything about how the app talks to GraphQL lives here: the links, the websocket and the
// cache policy. One client per session: logging in or out builds a new one, so the cache of one
// user can never be read by the next and the websocket reconnects with the new token.

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import type { AppConfig } from '../config.js';
import { createConnectionStatusStore, trackConnection, waitToRetry, type ConnectionStatusStore } from './connection-status.js';

export interface SessionApollo {
  client: ApolloClient;
  connection: ConnectionStatusStore;
  dispose(): void;
}

export interface CreateApolloOptions {
  config: AppConfig;
  /** The user's JWT; without it the engine answers as its unauthorized role (anonymous). */
  token: string | null;
  /** Called when the engine rejects the token (expired or invalid). */
  onInvalidToken?: () => void;
}

const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

/** Backoff for reconnecting: 0.5 s doubling up to 10 s, with jitter so a restarted server is not stampeded. */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retries, 10_000);
  return base / 2 + random() * (base / 2);
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // The menu page can draw the restaurant's header from the list it came from.
          restaurants_by_pk: {
            read(existing, { args, toReference }) {
              return existing ?? (args?.['id'] != null ? toReference({ __typename: 'restaurants', id: args['id'] }) : undefined);
            },
          },
          orders_by_pk: {
            read(existing, { args, toReference }) {
              return existing ?? (args?.['id'] != null ? toReference({ __typename: 'orders', id: args['id'] }) : undefined);
            },
          },
          // An order's rating, once given or changed by a mutation, without asking again
          // (the query's answer before it was given is null).
          ratings_by_pk: {
            read(existing, { args, toReference, canRead }) {
              if (existing || args?.['order_id'] == null) return existing;
              const given = toReference({ __typename: 'ratings', order_id: args['order_id'] });
              return canRead(given) ? given : existing;
            },
          },
        },
      },
      // Rows keyed by something other than `id`.
      ratings: { keyFields: ['order_id'] },
      restaurant_ratings: { keyFields: ['restaurant_id'] },
      menu_search_results: { keyFields: ['menu_item_id'] },
      // Aggregates have no identity; a newer count simply replaces the older one.
      orders_aggregate: { merge: true },
      orders_aggregate_fields: { merge: true },
    },
  });
}

export function createSessionApollo({ config, token, onInvalidToken }: CreateApolloOptions): SessionApollo {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const connection = createConnectionStatusStore();

  const wsClient = createClient({
    url: config.graphqlWsUrl,
    // Hasura reads the request headers from connection_init's payload.
    connectionParams: () => ({ headers }),
    // Connect at once, so the indicator tells the truth before the first subscription.
    lazy: false,
    // A ping every 10 s and 5 s for its pong: a dead socket is noticed within 15 s.
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => waitToRetry(reconnectDelayMs(retries)),
    onNonLazyError: () => connection.set('reconnecting'),
  });
  const stopTracking = trackConnection(wsClient, connection, PONG_TIMEOUT_MS);

  const errorLink = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.['code'] === 'invalid-jwt')) onInvalidToken?.();
  });

  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([errorLink, new HttpLink({ uri: config.graphqlHttpUrl, headers })]),
  );

  const client = new ApolloClient({
    link,
    cache: createCache(),
    defaultOptions: {
      // Screens show what is cached at once and refresh it; the live screens use subscriptions.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });

  return {
    client,
    connection,
    dispose() {
      stopTracking();
      client.stop();
      void wsClient.dispose();
    },
  };
}
