/**
 * The dashboard's configuration, read once from Vite's env (`import.meta.env`, VITE_*
 * only: nothing else reaches the bundle). Defaults are the local stack's.
 */
export interface AppConfig {
  graphqlHttpUrl: string;
  graphqlWsUrl: string;
  authUrl: string;
  /** The load generator's HTTP control (server-side; see load-generator/). */
  loadGeneratorUrl: string;
}

type Env = Readonly<Record<string, string | boolean | undefined>>;

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return typeof value === 'string' && value !== '' ? value : fallback;
}

export function configFromEnv(env: Env): AppConfig {
  return {
    graphqlHttpUrl: text(env, 'VITE_GRAPHQL_HTTP_URL', 'http://127.0.0.1:8080/v1/graphql'),
    graphqlWsUrl: text(env, 'VITE_GRAPHQL_WS_URL', 'ws://127.0.0.1:8080/v1/graphql'),
    authUrl: text(env, 'VITE_AUTH_URL', 'http://127.0.0.1:8081/auth').replace(/\/$/, ''),
    // Same origin: the analytics app's own server mounts it (vite.config.ts).
    loadGeneratorUrl: text(env, 'VITE_LOAD_GENERATOR_URL', '/api/load-generator').replace(/\/$/, ''),
  };
}
