// The auth function (src/backend): POST {authUrl}/signup and /login with {username, password}
// answer {token}. Errors come back as JSON {error} or {message}; anything else gets a plain text.

export type AuthMode = 'login' | 'signup';

export class AuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export async function requestToken(authUrl: string, mode: AuthMode, credentials: { username: string; password: string }, fetchImpl: typeof fetch = fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(`${authUrl}/${mode}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
  } catch {
    throw new AuthError('Cannot reach the sign-in service. Check your connection and try again.', 0);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const message = body?.['message'] ?? body?.['error'];
    throw new AuthError(typeof message === 'string' ? message : defaultMessage(mode, response.status), response.status);
  }
  const token = body?.['token'];
  if (typeof token !== 'string') throw new AuthError('The sign-in service answered without a token.', response.status);
  return token;
}

function defaultMessage(mode: AuthMode, status: number): string {
  if (status === 401) return 'Wrong username or password.';
  if (status === 409) return 'That username is taken.';
  if (status === 429) return 'Too many attempts. Wait a minute and try again.';
  return mode === 'login' ? `Login failed (HTTP ${status}).` : `Sign-up failed (HTTP ${status}).`;
}
