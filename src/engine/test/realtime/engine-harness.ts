import type pg from 'pg';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv, type EngineConfig } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

export const ADMIN_SECRET = 'realtime-test-secret';
export const JWT_KEY = 'a-realtime-test-hs256-key-0123456789abcdef';
const METADATA_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../hasura/metadata');

export interface TestEngine {
  db: TestDatabase;
  engine: RunningEngine;
  /** ws://.../v1/graphql */
  wsUrl: string;
  httpUrl: string;
  /** Every statement the engine's pool ran since the last `resetStatements()`. */
  statements: string[];
  /** The multiplexed subscription statements among them, with the number of cohorts each ran. */
  multiplexed(): Array<{ text: string; cohorts: number }>;
  resetStatements(): void;
  /** POST any endpoint as admin. */
  post(path: string, body: unknown): Promise<{ status: number; body: any }>;
  /** POST /v1/graphql as admin. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  metric(name: string, labels?: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A real engine (startEngine, the project's Hasura metadata) on a fresh copy of the app
 * database, with its pool instrumented to record every statement it runs.
 */
export async function startTestEngine(
  env: Record<string, string> = {},
  options: {
    database?: 'app' | 'empty';
    /** The URL the engine connects with, from the database's direct URL (e.g. through a proxy a test can cut). */
    engineDatabaseUrl?: (directUrl: string) => string;
  } = {},
): Promise<TestEngine> {
  const database = options.database ?? 'app';
  const db = await createTestDatabase(database);
  const config: EngineConfig = configFromEnv({
    HASURA_GRAPHQL_DATABASE_URL: options.engineDatabaseUrl ? options.engineDatabaseUrl(db.url) : db.url,
    HASURA_GRAPHQL_SERVER_PORT: '0',
    HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
    HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
    HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: JWT_KEY }),
    ...(database === 'app' ? { HASURA_GRAPHQL_METADATA_DIR: METADATA_DIR } : {}),
    HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '60000',
    HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '60000',
    ACTION_BASE_URL: 'http://127.0.0.1:9',
    EVENT_WEBHOOK_SECRET: 'unused',
    ...env,
  });
  const engine = await startEngine(config, { logger: silentLogger() });
  const statements: string[] = [];
  const cohortCounts: number[] = [];
  const record = (args: unknown[]) => {
    const first = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first.text;
    const values = typeof first === 'string' ? (args[1] as unknown[] | undefined) : first.values;
    statements.push(text);
    // $1 is the cohort ids as an array literal: {id1,id2,...}
    const ids = text.startsWith('SELECT "_subs"') ? String(values?.[0] ?? '{}').slice(1, -1) : '';
    cohortCounts.push(ids ? ids.split(',').length : 0);
  };
  // The engine's pool and the subscription pollers' own pool, each recorded the same way.
  for (const pool of new Set([engine.pool, engine.pollerPool])) {
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      record(args);
      return query(...args);
    };
    // Prepared statements (use_prepared_statements) run on a client taken from the pool: the
    // multiplexed statements are recorded there too, on the pool's clients and every one it opens later.
    const watch = (client: pg.PoolClient) => {
      const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text?: string };
        if (typeof first !== 'string' && first.text?.startsWith('SELECT "_subs"')) record(args);
        return clientQuery(...args);
      };
    };
    for (const client of (pool as unknown as { _clients: pg.PoolClient[] })._clients) watch(client);
    pool.on('connect', watch);
  }

  const httpUrl = engine.url;
  return {
    db,
    engine,
    httpUrl,
    wsUrl: httpUrl.replace(/^http/, 'ws') + '/v1/graphql',
    statements,
    multiplexed: () => statements.flatMap((text, i) => (text.startsWith('SELECT "_subs"') ? [{ text, cohorts: cohortCounts[i]! }] : [])),
    resetStatements: () => {
      statements.length = 0;
      cohortCounts.length = 0;
    },
    async post(path, body) {
      const response = await fetch(httpUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    async graphql(q, variables) {
      const response = await fetch(httpUrl + '/v1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
        body: JSON.stringify({ query: q, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    },
    async metric(name, labels = '') {
      const text = await (await fetch(httpUrl + '/metrics', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } })).text();
      const line = text.split('\n').find((l) => l.startsWith(name + labels + ' '));
      return line ? Number(line.split(' ').at(-1)) : NaN;
    },
    async stop() {
      await engine.stop();
      await db.drop();
    },
  };
}

export function customerToken(userId: string, options: { expiresInSec?: number; role?: string } = {}): Promise<string> {
  const role = options.role ?? 'customer';
  let jwt = new SignJWT({
    'https://hasura.io/jwt/claims': { 'x-hasura-default-role': role, 'x-hasura-allowed-roles': [role], 'x-hasura-user-id': userId },
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt();
  if (options.expiresInSec !== undefined) jwt = jwt.setExpirationTime(Math.floor(Date.now() / 1000) + options.expiresInSec);
  return jwt.sign(new TextEncoder().encode(JWT_KEY));
}

export const ALICE = '00000000-0000-4000-8000-00000000a11c';
