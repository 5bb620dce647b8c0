import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/** An engine on a database of its own, empty, spoken to as admin (or a role, by headers). */
export interface EngineOnEmptyDatabase {
  db: TestDatabase;
  engine: RunningEngine;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function engineOnEmptyDatabase(adminSecret: string): Promise<EngineOnEmptyDatabase> {
  const db = await createTestDatabase('empty');
  const engine = await startEngine(
    configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1', HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_ADMIN_SECRET: adminSecret }),
    { logger: silentLogger() },
  );
  return {
    db,
    engine,
    async post(path, body, headers = {}) {
      const response = await fetch(engine.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret, ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      await engine.stop();
      await db.drop();
    },
  };
}
