import { describe, expect, it } from 'vitest';
import { loginThroughAction } from '../../src/auth/login-action.js';
import { LoginError } from '../../src/auth/login.js';

/** The dashboard's sign-in through the engine's `login` Action, against a fake engine. */
function engine(answer: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const calls: Array<{ url: string; body: { query: string; variables: Record<string, unknown> }; authorization: string | null }> = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ url, body, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(answer(body)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetchImpl };
}

describe('loginThroughAction', () => {
  it('sends the login mutation without a token and returns the token', async () => {
    const fake = engine(() => ({ data: { login: { __typename: 'AuthResult', token: 'jwt' } } }));
    expect(await loginThroughAction('http://engine.test/v1/graphql', 'admin', 'password123', fake.fetchImpl)).toBe('jwt');
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.url).toBe('http://engine.test/v1/graphql');
    expect(fake.calls[0]!.body.query).toMatch(/mutation DashboardLogin\b[\s\S]*login\(username: \$username, password: \$password\)/);
    expect(fake.calls[0]!.body.variables).toEqual({ username: 'admin', password: 'password123' });
    expect(fake.calls[0]!.authorization).toBeNull();
  });

  it("turns the auth function's refusals into sentences", async () => {
    const wrong = engine(() => ({ errors: [{ message: 'Invalid username or password.', extensions: { code: 'invalid-credentials' } }] }));
    await expect(loginThroughAction('http://e/v1/graphql', 'admin', 'x', wrong.fetchImpl)).rejects.toThrow(new LoginError('Wrong username or password.'));
    const limited = engine(() => ({ errors: [{ message: 'Too many login attempts', extensions: { code: 'rate-limited' } }] }));
    await expect(loginThroughAction('http://e/v1/graphql', 'admin', 'x', limited.fetchImpl)).rejects.toThrow('Too many attempts. Wait a minute and try again.');
    const other = engine(() => ({ errors: [{ message: 'password must not be empty', extensions: { code: 'invalid-credentials-format' } }] }));
    await expect(loginThroughAction('http://e/v1/graphql', 'admin', '', other.fetchImpl)).rejects.toThrow('Sign-in failed: password must not be empty');
    const down = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(loginThroughAction('http://e/v1/graphql', 'admin', 'x', down)).rejects.toThrow('The sign-in service cannot be reached. Is the stack running?');
  });
});
