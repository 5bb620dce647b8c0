/**
 * The load generator's configuration, read once from the environment it is given. Under
 * `npm start` it runs inside the analytics app's Vite server, which receives the stack's
 * shared variables (admin secret, JWT secret) and the URLs the dashboard uses.
 */
export interface JwtKey {
  /** HS256 / HS384 / HS512: the shared key Hasura verifies tokens with. */
  type: string;
  key: string;
  claimsNamespace: string;
}

export interface LoadGeneratorConfig {
  graphqlUrl: string;
  authUrl: string;
  adminSecret: string | undefined;
  jwt: JwtKey | undefined;
  /** Standalone control server (main.ts). */
  port: number;
  host: string;
  /** Password of the simulated customers' accounts (created on first use). */
  customerPassword: string;
  /** Multiplies the simulated people's pauses (restaurant thinking, agent riding); 0 = none. */
  pace: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';

export function parseJwtSecret(raw: string | undefined): JwtKey | undefined {
  if (!raw) return undefined;
  const parsed = JSON.parse(raw) as { type?: string; key?: string; claims_namespace?: string };
  if (!parsed.type || !parsed.key) throw new Error('HASURA_GRAPHQL_JWT_SECRET must have "type" and "key"');
  if (!/^HS(256|384|512)$/.test(parsed.type)) {
    throw new Error(`the load generator verifies HS256/384/512 tokens only, not ${parsed.type}`);
  }
  return { type: parsed.type, key: parsed.key, claimsNamespace: parsed.claims_namespace ?? DEFAULT_CLAIMS_NAMESPACE };
}

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${JSON.stringify(raw)}`);
  return value;
}

export function loadGeneratorConfigFromEnv(env: Env): LoadGeneratorConfig {
  return {
    graphqlUrl: env.LOAD_GENERATOR_GRAPHQL_URL || env.VITE_GRAPHQL_HTTP_URL || 'http://127.0.0.1:8080/v1/graphql',
    authUrl: (env.LOAD_GENERATOR_AUTH_URL || env.VITE_AUTH_URL || 'http://127.0.0.1:8081/auth').replace(/\/$/, ''),
    adminSecret: env.HASURA_GRAPHQL_ADMIN_SECRET || undefined,
    jwt: parseJwtSecret(env.HASURA_GRAPHQL_JWT_SECRET),
    port: number(env, 'LOAD_GENERATOR_PORT', 8082),
    host: env.LOAD_GENERATOR_HOST || '127.0.0.1',
    customerPassword: env.LOAD_GENERATOR_CUSTOMER_PASSWORD || 'simulated-customer',
    pace: number(env, 'LOAD_GENERATOR_PACE', 1),
  };
}
