import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import { AuthError, type AuthMode } from './auth-api.js';

// Sign-in through the engine: the `login` and `signup` Actions (hasura/metadata/actions.graphql),
// allowed to the anonymous role, whose handler is the auth function. They run on the app's
// Apollo client, which has no token while nobody is signed in.
export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);

export const SIGNUP = graphql(`
  mutation Signup($username: String!, $password: String!) {
    signup(username: $username, password: $password) {
      token
    }
  }
`);

/** The auth function's refusals arrive as GraphQL errors with its message and code. */
function authErrorOf(error: unknown, mode: AuthMode): AuthError {
  if (!CombinedGraphQLErrors.is(error)) return new AuthError('Cannot reach the sign-in service. Check your connection and try again.', 0);
  const first = error.errors[0];
  const code = String(first?.extensions?.['code'] ?? '');
  const status = code === 'invalid-credentials' ? 401 : code === 'username-taken' ? 409 : code === 'rate-limited' ? 429 : 400;
  return new AuthError(first?.message ?? (mode === 'login' ? 'Login failed.' : 'Sign-up failed.'), status);
}

export function useRequestToken(): (mode: AuthMode, credentials: { username: string; password: string }) => Promise<string> {
  const [login] = useMutation(LOGIN);
  const [signup] = useMutation(SIGNUP);
  return useCallback(
    async (mode, credentials) => {
      let token: string | undefined;
      try {
        if (mode === 'login') token = (await login({ variables: credentials })).data?.login?.token;
        else token = (await signup({ variables: credentials })).data?.signup?.token;
      } catch (error) {
        throw authErrorOf(error, mode);
      }
      if (typeof token !== 'string') throw new AuthError('The sign-in service answered without a token.', 200);
      return token;
    },
    [login, signup],
  );
}
