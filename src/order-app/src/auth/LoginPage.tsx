import { useId, useState, type FormEvent } from 'react';
import type { AuthMode } from './auth-api.js';
import { useRequestToken } from './use-request-token.js';
import { homePathFor } from './session.js';
import { useSession } from './session-context.js';
import { navigate } from '../routing/router.js';

const USERNAME_RULE = /^[a-z0-9_.-]{3,40}$/;

/** Log in or sign up through the engine's `login` / `signup` Actions (./use-request-token.ts). */
export function LoginPage({ next }: { next: string | null }) {
  const id = useId();
  const requestToken = useRequestToken();
  const { signIn } = useSession();
  const [mode, setMode] = useState<AuthMode>('login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const name = username.trim().toLowerCase();
    if (!USERNAME_RULE.test(name)) {
      setError('Usernames are 3 to 40 characters: lowercase letters, digits, dot, dash or underscore.');
      return;
    }
    if (password.length < (mode === 'signup' ? 8 : 1)) {
      setError(mode === 'signup' ? 'Choose a password of at least 8 characters.' : 'Enter your password.');
      return;
    }
    setBusy(true);
    try {
      const token = await requestToken(mode, { username: name, password });
      const session = signIn(token, name);
      navigate(next ?? homePathFor(session.role), { replace: true });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const title = mode === 'login' ? 'Log in' : 'Create an account';
  return (
    <section className="auth card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      <div className="segmented" role="group" aria-label="Log in or sign up">
        <button type="button" aria-pressed={mode === 'login'} onClick={() => setMode('login')}>
          Log in
        </button>
        <button type="button" aria-pressed={mode === 'signup'} onClick={() => setMode('signup')}>
          Sign up
        </button>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-username`}>Username</label>
          <input
            id={`${id}-username`}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'One moment…' : mode === 'login' ? 'Log in to my account' : 'Create my account'}
        </button>
      </form>
      <p className="muted small">
        Demo accounts (password <code>password123</code>): <code>alice</code> (customer), <code>bella</code> (Bella Cucina’s kitchen), <code>dave</code> (courier).
      </p>
    </section>
  );
}
