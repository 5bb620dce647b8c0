// @vitest-environment jsdom
import './support/setup.js';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginScreen } from '../../src/auth/LoginScreen.js';
import { canOpenDashboard, isExpired, loadStoredToken, readSession, storeToken } from '../../src/auth/session.js';
import type { FetchLike } from '../../src/auth/login.js';
import { fakeToken } from './support/tokens.js';

/**
 * The engine's `login` Action (the auth function behind it): a GraphQL mutation answered with
 * `{login: {token}}`, or the auth function's refusal as a GraphQL error.
 */
function authService(accounts: Record<string, { password: string; token: string }>) {
  const calls: { url: string; operationName: string; variables: unknown }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: { username: string; password: string } };
    calls.push({ url, operationName: body.operationName, variables: body.variables });
    const account = accounts[body.variables.username];
    const answer =
      !account || account.password !== body.variables.password
        ? { errors: [{ message: 'Invalid username or password.', extensions: { code: 'invalid-credentials' } }] }
        : { data: { login: { __typename: 'AuthResult', token: account.token } } };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl, calls };
}

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginScreen', () => {
  const analystToken = fakeToken({ role: 'analyst' });
  const service = () =>
    authService({ admin: { password: 'password123', token: analystToken }, alice: { password: 'password123', token: fakeToken({ role: 'customer', name: 'alice' }) } });

  it('signs the analyst in through the login Action', async () => {
    const { fetchImpl, calls } = service();
    const onSignedIn = vi.fn();
    render(<LoginScreen graphqlHttpUrl="http://engine.test/v1/graphql" onSignedIn={onSignedIn} fetchImpl={fetchImpl} />);
    await signIn('admin', 'password123');
    expect(calls).toEqual([{ url: 'http://engine.test/v1/graphql', operationName: 'DashboardLogin', variables: { username: 'admin', password: 'password123' } }]);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ token: analystToken, username: 'admin', allowedRoles: ['analyst'] });
  });

  it('says why a wrong password or a customer account cannot get in', async () => {
    const { fetchImpl } = service();
    const onSignedIn = vi.fn();
    render(<LoginScreen graphqlHttpUrl="http://engine.test/v1/graphql" onSignedIn={onSignedIn} fetchImpl={fetchImpl} />);
    await signIn('admin', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
    await userEvent.setup().clear(screen.getByLabelText('Username'));
    await userEvent.setup().clear(screen.getByLabelText('Password'));
    await signIn('alice', 'password123');
    expect((await screen.findByRole('alert')).textContent).toBe('This account cannot open the dashboard: it needs the analyst role.');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('reports an unreachable sign-in service', async () => {
    const down: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    render(<LoginScreen graphqlHttpUrl="http://engine.test/v1/graphql" onSignedIn={vi.fn()} fetchImpl={down} />);
    await signIn('admin', 'password123');
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be reached/);
  });
});

describe('session', () => {
  it('reads Hasura claims from the token and keeps it for the tab', () => {
    const session = readSession(fakeToken({ role: 'analyst', exp: 2_000_000_000 }))!;
    expect(canOpenDashboard(session)).toBe(true);
    expect(isExpired(session, 1_999_999_999_000)).toBe(false);
    expect(isExpired(session, 2_000_000_000_000)).toBe(true);
    expect(canOpenDashboard(readSession(fakeToken({ role: 'customer' }))!)).toBe(false);
    expect(readSession('not-a-token')).toBeUndefined();
    storeToken(localStorage, session.token);
    expect(loadStoredToken(localStorage)).toBe(session.token);
    storeToken(localStorage, undefined);
    expect(loadStoredToken(localStorage)).toBeUndefined();
  });
});
