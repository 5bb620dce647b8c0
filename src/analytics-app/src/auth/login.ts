/** `POST {authUrl}/login {username, password}` → `{token}`, with errors a person can act on. */
export class LoginError extends Error {
  override name = 'LoginError';
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export async function login(authUrl: string, username: string, password: string, fetchImpl: FetchLike = fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(`${authUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new LoginError('The sign-in service cannot be reached. Is the stack running?');
  }
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown; message?: unknown };
  if (response.ok && typeof body.token === 'string') return body.token;
  if (response.status === 401) throw new LoginError('Wrong username or password.');
  if (response.status === 429) throw new LoginError('Too many attempts. Wait a minute and try again.');
  const detail = typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
  throw new LoginError(`Sign-in failed: ${detail}`);
}
