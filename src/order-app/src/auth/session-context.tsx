import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isExpired, loadSession, saveSession, SESSION_KEY, sessionFromToken, type Session } from './session.js';
import { forgetPersonalData } from './personal-data.js';
import { onOtherTabChange } from '../lib/shared-storage.js';

export interface SessionContextValue {
  session: Session | null;
  signIn(token: string, username: string): Session;
  signOut(): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The same person in every tab: a log-in or log-out in one tab reaches the others through storage events. */
export function SessionProvider({ children, storage = window.localStorage }: { children: ReactNode; storage?: Storage }) {
  const [session, setSession] = useState<Session | null>(() => loadSession(storage, Date.now()));

  const signIn = useCallback(
    (token: string, username: string) => {
      const next = sessionFromToken(token, username);
      saveSession(storage, next);
      setSession(next);
      return next;
    },
    [storage],
  );

  const signOut = useCallback(() => {
    // The cart and the draft go first: the other tabs react to the session key's removal.
    forgetPersonalData(storage);
    saveSession(storage, null);
    setSession(null);
  }, [storage]);

  useEffect(
    () =>
      onOtherTabChange(SESSION_KEY, () => {
        const stored = loadSession(storage, Date.now());
        setSession((current) => (current?.token === stored?.token ? current : stored));
      }),
    [storage],
  );

  // An expired token would make every request fail; end the session when it expires instead.
  useEffect(() => {
    if (!session || session.expiresAt === null) return;
    const remaining = session.expiresAt * 1000 - Date.now();
    if (isExpired(session, Date.now())) {
      signOut();
      return;
    }
    const timer = setTimeout(signOut, Math.min(remaining, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
