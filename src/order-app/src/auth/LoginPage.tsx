import { useId, useState, type FormEvent } from 'react';
import type { AuthMode } from './auth-api.js';
import { useRequestToken } from './use-request-token.js';
import { homePathFor } from './session.js';
import { useSession } from './session-context.js';
import { navigate } from '../routing/router.js';
import { isPasswordLongEnough, MAX_PASSWORD_LENGTH, PASSWORD_RULE_TEXT, USERNAME_PATTERN, USERNAME_RULE_TEXT } from '@3factor/domain';

interface FieldErrors {
  username?: string;
  password?: string;
}

/** Every problem at once, each for its field, with the auth function's own rules (@3factor/domain). */
function checkFields(mode: AuthMode, name: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!USERNAME_PATTERN.test(name)) errors.username = `Usernames are ${USERNAME_RULE_TEXT}`;
  if (mode === 'login' && password.length === 0) errors.password = 'Enter your password.';
  if (mode === 'signup' && (!isPasswordLongEnough(password) || password.length > MAX_PASSWORD_LENGTH)) errors.password = `Passwords are ${PASSWORD_RULE_TEXT}`;
  return errors;
}

/** Log in or sign up through the engine's `login` / `signup` Actions (./use-request-token.ts). */
export function LoginPage({ next }: { next: string | null }) {
  const id = useId();
  const requestToken = useRequestToken();
  const { signIn } = useSession();
  const [mode, setMode] = useState<AuthMode>('login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const name = username.trim().toLowerCase();
    const errors = checkFields(mode, name, password);
    setFieldErrors(errors);
    if (errors.username || errors.password) return;
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
  const signingUp = mode === 'signup';
  const normalized = username.trim().toLowerCase();
  const describedBy = (field: keyof FieldErrors, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : '', fieldErrors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
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
            aria-invalid={fieldErrors.username ? true : undefined}
            aria-describedby={describedBy('username', signingUp)}
          />
          {signingUp && (
            <span id={`${id}-username-hint`} className="field-hint muted" aria-live="polite">
              {USERNAME_RULE_TEXT}
              {normalized && normalized !== username ? ` You will sign up as “${normalized}”.` : ''}
            </span>
          )}
          {fieldErrors.username && (
            <span id={`${id}-username-error`} className="field-error">
              {fieldErrors.username}
            </span>
          )}
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
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={describedBy('password', signingUp)}
          />
          {signingUp && (
            <span id={`${id}-password-hint`} className="field-hint muted">
              {PASSWORD_RULE_TEXT}
            </span>
          )}
          {fieldErrors.password && (
            <span id={`${id}-password-error`} className="field-error">
              {fieldErrors.password}
            </span>
          )}
        </div>
        {(fieldErrors.username || fieldErrors.password) && (
          <p className="notice notice-error" role="alert" data-testid="form-errors">
            {[fieldErrors.username, fieldErrors.password].filter(Boolean).length === 2 ? 'Two things to fix above.' : 'One thing to fix above.'}
          </p>
        )}
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
