import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../../src/engine.js';

/**
 * The whole engine on a database of its own with nothing in it, on a free port, with an admin
 * secret; `env` adds or overrides settings (Hasura's variable names).
 */
export async function startEngineOnEmptyDatabase(adminSecret: string, env: Record<string, string> = {}): Promise<{ db: TestDatabase; engine: RunningEngine }> {
  const db = await createTestDatabase('empty');
  try {
    const engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_ADMIN_SECRET: adminSecret,
        HASURA_GRAPHQL_PG_CONNECTIONS: '2',
        ...env,
      }),
      { logger: silentLogger() },
    );
    return { db, engine };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/** Stops what `startEngineOnEmptyDatabase` started (either may be missing when the start failed). */
export async function stopEngineAndDatabase(engine: RunningEngine | undefined, db: TestDatabase | undefined): Promise<void> {
  await engine?.stop();
  await db?.drop();
}
