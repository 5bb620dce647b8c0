/** The auth function's two routes, as the order app's login page calls them. */
const PASSWORD = 'bench-pipeline-password';

async function authenticate(functionsUrl: string, route: 'signup' | 'login', username: string): Promise<string> {
  const response = await fetch(`${functionsUrl}/auth/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = (await response.json()) as { token?: string; message?: string };
  if (!response.ok || !body.token) throw new Error(`${route} of ${username}: HTTP ${response.status} ${body.message ?? ''}`);
  return body.token;
}

/** A new customer's account and token. */
export const signUp = (functionsUrl: string, username: string) => authenticate(functionsUrl, 'signup', username);

/** A token for an existing account, with the role it has now. */
export const logIn = (functionsUrl: string, username: string) => authenticate(functionsUrl, 'login', username);
