import { useCallback, useEffect, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createDashboardClient, type DashboardClient } from './apollo/client.js';
import { LoginScreen } from './auth/LoginScreen.js';
import { canOpenDashboard, isExpired, loadStoredToken, onTokenChangedInOtherTab, readSession, storeToken, type SessionInfo } from './auth/session.js';
import type { AppConfig } from './config.js';
import { ConnectionIndicator } from './connection/ConnectionIndicator.js';
import { ConnectionContext } from './connection/ConnectionContext.js';
import { Dashboard } from './dashboard/Dashboard.js';
import { metadataUrlFor } from './event-health/redeliver.js';
import { LoadGeneratorControl } from './load-generator/LoadGeneratorControl.js';

function restoredSession(): SessionInfo | undefined {
  const token = loadStoredToken(localStorage);
  const session = token ? readSession(token) : undefined;
  return session && canOpenDashboard(session) && !isExpired(session, Date.now()) ? session : undefined;
}

function SignedIn({ config, session, onSignOut }: { config: AppConfig; session: SessionInfo; onSignOut: (notice?: string) => void }) {
  // Created in an effect, not a memo: the client opens a socket, and an effect's cleanup
  // is the one place React guarantees to pair with its creation (StrictMode included).
  const [dashboardClient, setDashboardClient] = useState<DashboardClient | undefined>();
  useEffect(() => {
    const created = createDashboardClient({
      config,
      token: session.token,
      onAuthExpired: () => onSignOut('Your session has ended. Please sign in again.'),
    });
    setDashboardClient(created);
    return () => created.dispose();
  }, [config, session.token, onSignOut]);

  const header = (
    <header className="topbar">
      <h1>3factor analytics</h1>
      {dashboardClient && <ConnectionIndicator store={dashboardClient.connection} />}
      <span className="user muted">{session.username || 'analyst'}</span>
      <button type="button" className="link" onClick={() => onSignOut()}>
        Sign out
      </button>
    </header>
  );
  if (!dashboardClient) return null;
  return (
    <ApolloProvider client={dashboardClient.client}>
      <ConnectionContext.Provider value={dashboardClient.connection}>
        <Dashboard header={header} loadControl={<LoadGeneratorControl url={config.loadGeneratorUrl} token={session.token} />} metadataUrl={metadataUrlFor(config.graphqlHttpUrl)} />
      </ConnectionContext.Provider>
    </ApolloProvider>
  );
}

export function App({ config }: { config: AppConfig }) {
  const [session, setSession] = useState<SessionInfo | undefined>(restoredSession);
  const [notice, setNotice] = useState<string | undefined>();

  const signIn = useCallback((next: SessionInfo) => {
    storeToken(localStorage, next.token);
    setNotice(undefined);
    setSession(next);
  }, []);
  const signOut = useCallback((why?: string) => {
    storeToken(localStorage, undefined);
    setNotice(why);
    setSession(undefined);
  }, []);
  // The same analyst in every tab: follow a sign-in or sign-out made in another one.
  useEffect(
    () =>
      onTokenChangedInOtherTab(() => {
        const stored = restoredSession();
        setSession((current) => (current?.token === stored?.token ? current : stored));
      }),
    [],
  );

  if (!session) return <LoginScreen graphqlHttpUrl={config.graphqlHttpUrl} onSignedIn={signIn} {...(notice ? { notice } : {})} />;
  return <SignedIn config={config} session={session} onSignOut={signOut} />;
}
