import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { startFunctionsServer, type FunctionsServer } from '../../src/localDevelopment.js';
import { backendConfigFromEnv, type BackendConfig } from '../../src/shared/config.js';

export const WEBHOOK_SECRET = 'test-webhook-secret';
export const JWT_SECRET = JSON.stringify({ type: 'HS256', key: 'test-jwt-secret-0123456789abcdef0123456789' });

export interface FunctionsUnderTest {
  db: TestDatabase;
  /** Straight to Postgres, for arranging and inspecting rows. */
  sql: pg.Pool;
  server: FunctionsServer;
  close(): Promise<void>;
}

/**
 * A fresh app database, and localDevelopment serving every handler over real HTTP with
 * its pool pointed at the test run's real pgBouncer.
 */
export async function startFunctionsUnderTest(env: Record<string, string> = {}): Promise<FunctionsUnderTest> {
  const db = await createTestDatabase('app');
  const config: BackendConfig = backendConfigFromEnv({
    DATABASE_URL: db.pgbouncerUrl,
    EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
    FUNCTIONS_PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AGENT_RETRY_AFTER_SECONDS: '2',
    ...env,
  });
  const server = await startFunctionsServer(config);
  const sql = new pg.Pool({ connectionString: db.url, max: 4 });
  // pool.end() resolves once its connections are asked to close, not closed: the database's
  // DROP ... WITH (FORCE) may still terminate one, whose error must not go unheard.
  sql.on('error', () => undefined);
  return {
    db,
    sql,
    server,
    async close() {
      await server.close();
      await sql.end();
      await db.drop();
    },
  };
}

export interface Delivery {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** POSTs a body to a function the way Hasura does (content-type, user agent, secret header). */
export async function deliver(server: Pick<FunctionsServer, 'url'>, path: string, body: unknown, options: { secret?: string | null; rawBody?: string } = {}): Promise<Delivery> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'hasura-graphql-engine/v2.48.0' };
  const secret = options.secret === undefined ? WEBHOOK_SECRET : options.secret;
  if (secret !== null) headers['x-webhook-secret'] = secret;
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: options.rawBody ?? JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
