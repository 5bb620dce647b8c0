// The app's configuration, read once from Vite's env (VITE_* variables are inlined at build time).
// The defaults are the local stack's (src/dev): engine on 8080, functions on 8081.
// There is deliberately no admin secret here: the app only ever speaks as the logged-in user,
// or as Hasura's unauthorized role (anonymous) before login.

export interface AppConfig {
  graphqlHttpUrl: string;
  graphqlWsUrl: string;
  authUrl: string;
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  graphqlHttpUrl: 'http://127.0.0.1:8080/v1/graphql',
  graphqlWsUrl: 'ws://127.0.0.1:8080/v1/graphql',
  authUrl: 'http://127.0.0.1:8081/auth',
};

export function appConfigFromEnv(env: Record<string, string | boolean | undefined>): AppConfig {
  const read = (name: string, fallback: string): string => {
    const value = env[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\/+$/, '') : fallback;
  };
  return {
    graphqlHttpUrl: read('VITE_GRAPHQL_HTTP_URL', DEFAULT_APP_CONFIG.graphqlHttpUrl),
    graphqlWsUrl: read('VITE_GRAPHQL_WS_URL', DEFAULT_APP_CONFIG.graphqlWsUrl),
    authUrl: read('VITE_AUTH_URL', DEFAULT_APP_CONFIG.authUrl),
  };
}
