import { useState, type FormEvent } from 'react';
import { LoginError, type FetchLike } from './login.js';
import { loginThroughAction } from './login-action.js';
import { canOpenDashboard, DASHBOARD_ROLE, readSession, type SessionInfo } from './session.js';

interface Props {
  /** The engine's GraphQL endpoint: the `login` Action signs in (./login-action.ts). */
  graphqlHttpUrl: string;
  onSignedIn: (session: SessionInfo) => void;
  fetchImpl?: FetchLike;
  /** Why the previous session ended, if it did. */
  notice?: string;
}

export function LoginScreen({ graphqlHttpUrl, onSignedIn, fetchImpl, notice }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const token = await loginThroughAction(graphqlHttpUrl, username.trim(), password, fetchImpl);
      const session = readSession(token);
      if (!session) throw new LoginError('The sign-in service returned a token this page cannot read.');
      if (!canOpenDashboard(session)) {
        throw new LoginError(`This account cannot open the dashboard: it needs the ${DASHBOARD_ROLE} role.`);
      }
      onSignedIn(session);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">3factor analytics</h1>
        <p className="muted">Sign in as an analyst to watch the business live.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <label>
          Username
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted small">Demo account: admin / password123</p>
      </form>
    </main>
  );
}
