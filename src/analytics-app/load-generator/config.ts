import { parseHasuraJwtSecret, type HasuraJwtSecret } from '@3factor/hasura-jwt';

/**
 * The load generator's configuration, read once from the environment it is given. Under
 * `npm start` it runs inside the analytics app's Vite server, which receives the stack's
 * shared variables (admin secret, JWT secret) and the URLs the dashboard uses.
 */

/** HASURA_GRAPHQL_JWT_SECRET as the engine reads it (@3factor/hasura-jwt), with an HMAC key. */
export interface JwtKey extends Omit<HasuraJwtSecret, 'source'> {
  /** HS256 / HS384 / HS512: the shared key Hasura verifies tokens with. */
  type: string;
  key: string;
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

export function parseJwtSecret(raw: string | undefined): JwtKey | undefined {
  if (!raw) return undefined;
  const { source, ...secret } = parseHasuraJwtSecret(raw);
  if (source.kind !== 'hmac') {
    throw new Error(`the load generator verifies HS256/384/512 tokens only, not ${source.kind === 'jwk-url' ? 'keys from a jwk_url' : source.type}`);
  }
  return { ...secret, type: source.type, key: source.secret };
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
