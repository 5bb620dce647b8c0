// The component-test seam: real components, real Apollo cache policy (createCache), and mocked
// network links (MockLink for queries and mutations, MockSubscriptionLink to push live results).
import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { createCache } from '../src/apollo/client.js';
import { SessionContext, type SessionContextValue } from '../src/auth/session-context.js';
import { CartProvider } from '../src/cart/cart-context.js';
import type { Session } from '../src/auth/session.js';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

export const customerSession: Session = { token: 't', userId: '00000000-0000-4000-8000-00000000a11c', username: 'alice', role: 'customer', expiresAt: null };
export const restaurantSession: Session = { token: 't', userId: '00000000-0000-4000-8000-0000000be11a', username: 'bella', role: 'restaurant', expiresAt: null };
export const agentSession: Session = { token: 't', userId: '00000000-0000-4000-8000-000000000da7', username: 'dave', role: 'agent', expiresAt: null };

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  session?: Session | null;
  storage?: Storage;
}

export function renderWithProviders(ui: ReactElement, { mocks = [], session = customerSession }: RenderOptions = {}) {
  const subscriptions = new MockSubscriptionLink();
  const link = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, subscriptions, new MockLink(mocks, { defaultOptions: { delay: 0 } }));
  const signedOut: string[] = [];
  const sessionValue: SessionContextValue = {
    session,
    signIn: () => {
      throw new Error('signIn is not expected in this test');
    },
    signOut: () => signedOut.push('out'),
  };
  const result = render(
    <MockedProvider link={link} cache={createCache()}>
      <SessionContext.Provider value={sessionValue}>
        <CartProvider>{ui}</CartProvider>
      </SessionContext.Provider>
    </MockedProvider>,
  );
  return { ...result, subscriptions, signedOut };
}

/** Pushes one live result to every active subscription, as the engine does after a change. */
export function push(subscriptions: MockSubscriptionLink, data: Record<string, unknown>) {
  subscriptions.simulateResult({ result: { data } });
}
