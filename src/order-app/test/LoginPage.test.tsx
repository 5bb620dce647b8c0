// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { LoginPage } from '../src/auth/LoginPage.js';
import { SessionProvider, useSession } from '../src/auth/session-context.js';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

function fakeJwt(role: string): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode({ 'https://hasura.io/jwt/claims': { 'x-hasura-user-id': 'u-1', 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role] } })}.sig`;
}

function Who() {
  const { session } = useSession();
  return <p data-testid="who">{session ? `${session.username}:${session.role}` : 'nobody'}</p>;
}

// The page signs in through the engine's login/signup Actions on the app's Apollo client; the
// engine here is a fake `fetch` behind a real HttpLink.
function renderLogin(fetchImpl: typeof fetch, next: string | null = null) {
  const client = new ApolloClient({ link: new HttpLink({ uri: 'http://engine.test/v1/graphql', fetch: fetchImpl }), cache: new InMemoryCache() });
  return render(
    <SessionProvider>
      <ApolloProvider client={client}>
        <LoginPage next={next} />
        <Who />
      </ApolloProvider>
    </SessionProvider>,
  );
}

const jsonResponse = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** The engine's answer to an Action: its output, or the auth function's refusal as a GraphQL error. */
const actionResult = (field: 'login' | 'signup', token: string) => jsonResponse(200, { data: { [field]: { __typename: 'AuthResult', token } } });
const actionError = (message: string, code: string) => jsonResponse(200, { errors: [{ message, extensions: { code } }] });

describe('LoginPage', () => {
  it('signs up with {username, password}, keeps the token for the session and goes on', async () => {
    const user = userEvent.setup();
    const calls: Array<{ url: string; body: { operationName: string; variables: unknown; query: string } }> = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return actionResult('signup', fakeJwt('customer'));
    }) as unknown as typeof fetch;
    renderLogin(fetchImpl, '/orders');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await user.type(screen.getByLabelText('Username'), 'Carol');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(screen.getByTestId('who').textContent).toBe('carol:customer'));
    expect(calls.map((c) => [c.url, c.body.operationName, c.body.variables])).toEqual([
      ['http://engine.test/v1/graphql', 'Signup', { username: 'carol', password: 'correct horse' }],
    ]);
    expect(calls[0]!.body.query).toMatch(/signup\(username: \$username, password: \$password\)/);
    expect(window.location.pathname).toBe('/orders');
    expect(window.localStorage.getItem('3factor.session')).toContain('carol');
  });

  it('states the sign-up rules up front, says what a capital letter becomes, and shows every problem at once', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderLogin((async () => {
      calls++;
      return actionResult('signup', fakeJwt('customer'));
    }) as unknown as typeof fetch);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByText(/^3 to 40 characters: lowercase letters/)).toBeTruthy();
    expect(screen.getByText('8 to 128 characters; spaces at either end do not count.')).toBeTruthy();
    await user.type(screen.getByLabelText('Username'), 'Carol!');
    expect(screen.getByText(/You will sign up as “carol!”\./)).toBeTruthy();
    await user.type(screen.getByLabelText('Password'), '        ');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Two things to fix above.');
    expect(calls).toBe(0);
  });

  it('sends staff to their own screen after login', async () => {
    const user = userEvent.setup();
    renderLogin((async () => actionResult('login', fakeJwt('restaurant'))) as unknown as typeof fetch);
    await user.type(screen.getByLabelText('Username'), 'bella');
    await user.type(screen.getByLabelText('Password'), 'password123');
    await user.click(screen.getByRole('button', { name: 'Log in to my account' }));
    await waitFor(() => expect(window.location.pathname).toBe('/kitchen'));
  });

  it('shows the auth function’s message on a wrong password', async () => {
    const user = userEvent.setup();
    renderLogin((async () => actionError('Invalid username or password.', 'invalid-credentials')) as unknown as typeof fetch);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in to my account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid username or password.');
    expect(screen.getByTestId('who').textContent).toBe('nobody');
  });

  it('explains an unreachable auth service', async () => {
    const user = userEvent.setup();
    renderLogin((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Log in to my account' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Cannot reach the sign-in service/);
  });
});
