/**
 * The functions' configuration, read once from the environment. Nothing else in
 * src/backend reads `process.env`; handlers and tests receive a `BackendConfig`.
 */
export interface BackendConfig {
  /** Postgres through pgBouncer in transaction mode (RDS Proxy on AWS). */
  databaseUrl?: string;
  /** Connections per container: a Lambda container serves one request at a time. */
  poolMax: number;
  /** Shared secret Hasura sends in `x-webhook-secret`; without it every event is refused. */
  webhookSecret?: string;
  /** Raw JSON of HASURA_GRAPHQL_JWT_SECRET (`{"type","key"}`). */
  jwtSecret?: string;
  /** PKCS#8 PEM to sign with when the JWT secret is asymmetric (its `key` is then the public key). */
  jwtPrivateKey?: string;
  tokenLifetimeSeconds: number;
  rateLimit: { maxAttempts: number; windowSeconds: number };
  /** Origins allowed to call the auth endpoints from a browser; `*` allows any. */
  corsOrigins: string[];
  /** Seconds agent-assignment asks Hasura to wait when every agent is busy. */
  agentRetryAfterSeconds: number;
  /** Simulated card gateway round trip. */
  gatewayLatencyMs: number;
  /** Where the simulated gateway keeps its ledger (schema card_gateway); DATABASE_URL when unset. */
  gatewayDatabaseUrl?: string;
  /**
   * The engine (Hasura) whose metadata API creates the timeouts' one-off scheduled events
   * (HASURA_GRAPHQL_ENDPOINT, the Hasura CLI's name), with its admin secret.
   */
  engineUrl: string;
  adminSecret?: string;
  /** An order validated but not paid within this is cancelled (ORDER_PAYMENT_TIMEOUT_SECONDS, 15 min). */
  paymentTimeoutSeconds: number;
  /** A paid order no one at the restaurant answers within this is declined and refunded (RESTAURANT_APPROVAL_TIMEOUT_SECONDS, 10 min). */
  kitchenTimeoutSeconds: number;
  /**
   * Web Push (VAPID) for notify: WEB_PUSH_VAPID_PUBLIC_KEY, WEB_PUSH_VAPID_PRIVATE_KEY (the
   * URL-safe base64 keys `npx web-push generate-vapid-keys` prints) and WEB_PUSH_SUBJECT (a
   * `mailto:` or `https:` contact for the push services). Without them no push is sent.
   */
  webPush?: { publicKey: string; privateKey: string; subject: string };
  port: number;
  host: string;
  maxBodyBytes: number;
  logLevel: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

function defaultOrigins(env: Env): string[] {
  const ports = [env.ORDER_APP_PORT || '3000', env.ANALYTICS_APP_PORT || '3001'];
  return ports.flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

function webPushConfig(env: Env): BackendConfig['webPush'] {
  const publicKey = env.WEB_PUSH_VAPID_PUBLIC_KEY || undefined;
  const privateKey = env.WEB_PUSH_VAPID_PRIVATE_KEY || undefined;
  const subject = env.WEB_PUSH_SUBJECT || undefined;
  if (!publicKey && !privateKey && !subject) return undefined;
  if (!publicKey || !privateKey || !subject) throw new Error('WEB_PUSH_VAPID_PUBLIC_KEY, WEB_PUSH_VAPID_PRIVATE_KEY and WEB_PUSH_SUBJECT go together: set all three or none');
  if (!/^(mailto:|https:\/\/)/.test(subject)) throw new Error(`WEB_PUSH_SUBJECT must be a mailto: or https: URL, got ${JSON.stringify(subject)}`);
  return { publicKey, privateKey, subject };
}

export function backendConfigFromEnv(env: Env): BackendConfig {
  const origins = env.AUTH_CORS_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    poolMax: int(env, 'DATABASE_POOL_MAX', 2),
    webhookSecret: env.EVENT_WEBHOOK_SECRET || undefined,
    jwtSecret: env.HASURA_GRAPHQL_JWT_SECRET || undefined,
    jwtPrivateKey: env.AUTH_JWT_PRIVATE_KEY || undefined,
    tokenLifetimeSeconds: int(env, 'AUTH_TOKEN_LIFETIME_SECONDS', 12 * 3600),
    rateLimit: {
      maxAttempts: int(env, 'AUTH_RATE_LIMIT_MAX_ATTEMPTS', 10),
      windowSeconds: int(env, 'AUTH_RATE_LIMIT_WINDOW_SECONDS', 300),
    },
    corsOrigins: origins && origins.length > 0 ? origins : defaultOrigins(env),
    agentRetryAfterSeconds: Math.max(1, int(env, 'AGENT_RETRY_AFTER_SECONDS', 30)),
    gatewayLatencyMs: int(env, 'PAYMENT_GATEWAY_LATENCY_MS', 0),
    gatewayDatabaseUrl: env.PAYMENT_GATEWAY_DATABASE_URL || undefined,
    engineUrl: (env.HASURA_GRAPHQL_ENDPOINT || 'http://127.0.0.1:8080').replace(/\/+$/, ''),
    adminSecret: env.HASURA_GRAPHQL_ADMIN_SECRET || undefined,
    paymentTimeoutSeconds: int(env, 'ORDER_PAYMENT_TIMEOUT_SECONDS', 900),
    kitchenTimeoutSeconds: int(env, 'RESTAURANT_APPROVAL_TIMEOUT_SECONDS', 600),
    webPush: webPushConfig(env),
    port: int(env, 'FUNCTIONS_PORT', 8081),
    host: env.FUNCTIONS_HOST || '127.0.0.1',
    maxBodyBytes: int(env, 'FUNCTIONS_MAX_BODY_BYTES', 1_000_000),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
