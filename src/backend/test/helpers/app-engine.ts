import { join } from 'node:path';
import { repoRoot } from '@3factor/dev/paths.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import type { GraphqlResult } from './engine-client.js';
import { JWT_SECRET, WEBHOOK_SECRET } from './functions.js';

/**
 * The engine as `npm start` runs it for the apps: the repository's metadata, JWTs from the auth
 * function, and `anonymous` for requests without a token (the restaurant list, search and
 * ratings are public).
 */
export function startAppEngine(databaseUrl: string, functionsUrl: string): Promise<RunningEngine> {
  return startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_ADMIN_SECRET: 'engine-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: JWT_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      HASURA_GRAPHQL_METADATA_DIR: join(repoRoot, 'hasura', 'metadata'),
      HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL: '100',
      ACTION_BASE_URL: functionsUrl,
      EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    }),
    { logger: silentLogger() },
  );
}

/** A GraphQL request without a token: the unauthorized role. */
export async function anonymousGraphql(engineUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult> {
  const response = await fetch(`${engineUrl}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphqlResult;
}
