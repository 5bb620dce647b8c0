import type { FetchLike } from './graphql-http.js';

/** Signs a simulated customer up once, and logs in on later runs (the account exists). */
export async function signUpOrLogIn(authUrl: string, username: string, password: string, fetchImpl: FetchLike = fetch): Promise<string> {
  const signup = await post(fetchImpl, `${authUrl}/signup`, { username, password });
  if (signup.ok && signup.token) return signup.token;
  if (signup.status !== 409 && signup.status !== 400) {
    throw new Error(`signup of ${username} failed: HTTP ${signup.status} ${signup.message ?? ''}`.trim());
  }
  const login = await post(fetchImpl, `${authUrl}/login`, { username, password });
  if (login.ok && login.token) return login.token;
  throw new Error(`login of ${username} failed: HTTP ${login.status} ${login.message ?? ''}`.trim());
}

async function post(fetchImpl: FetchLike, url: string, body: unknown) {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { token?: string; message?: string; error?: string };
  return { ok: response.ok, status: response.status, token: json.token, message: json.message ?? json.error };
}
