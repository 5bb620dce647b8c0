import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '../gql/index.js';
import { LoginError, type FetchLike } from './login.js';

// The dashboard signs in through the engine's `login` Action (hasura/metadata/actions.graphql),
// open to the anonymous role, whose handler is the auth function. No token exists yet, so it
// runs on a client of its own without one, dropped once the token is in hand.
export const DASHBOARD_LOGIN = graphql(`
  mutation DashboardLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);

export async function loginThroughAction(graphqlHttpUrl: string, username: string, password: string, fetchImpl?: FetchLike): Promise<string> {
  const client = new ApolloClient({
    link: new HttpLink({ uri: graphqlHttpUrl, ...(fetchImpl ? { fetch: fetchImpl as typeof fetch } : {}) }),
    cache: new InMemoryCache(),
  });
  try {
    const result = await client.mutate({ mutation: DASHBOARD_LOGIN, variables: { username, password } });
    const token = result.data?.login?.token;
    if (typeof token !== 'string') throw new LoginError('Sign-in failed: the sign-in service answered without a token.');
    return token;
  } catch (error) {
    if (error instanceof LoginError) throw error;
    if (!CombinedGraphQLErrors.is(error)) throw new LoginError('The sign-in service cannot be reached. Is the stack running?');
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    if (code === 'invalid-credentials') throw new LoginError('Wrong username or password.');
    if (code === 'rate-limited') throw new LoginError('Too many attempts. Wait a minute and try again.');
    throw new LoginError(`Sign-in failed: ${first?.message ?? 'unknown error'}`);
  } finally {
    client.stop();
  }
}
