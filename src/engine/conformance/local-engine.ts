import { CONFORMANCE_ADMIN_SECRET, CONFORMANCE_JWT_KEY } from './defaults.js';
import { configFromEnv } from '../src/config.js';
import { silentLogger, startEngine, type Logger, type RunningEngine } from '../src/engine.js';

/**
 * An engine on `databaseUrl` configured like Hasura's test runs (admin secret + JWT), with
 * `settings` (environment variables) on top for directories whose class runs with further ones.
 */
export function startConformanceEngine(databaseUrl: string, logger: Logger = silentLogger(), settings: Readonly<Record<string, string>> = {}): Promise<RunningEngine> {
  const config = configFromEnv({
    HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
    HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
    HASURA_GRAPHQL_SERVER_PORT: '0',
    HASURA_GRAPHQL_ADMIN_SECRET: CONFORMANCE_ADMIN_SECRET,
    HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: CONFORMANCE_JWT_KEY }),
    HASURA_GRAPHQL_PG_CONNECTIONS: '10',
    // Hasura's CI runs these suites with numeric stringification on (bigint ids come back as "1").
    HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: 'true',
    // What Hasura's event trigger setups template into webhook URLs and headers.
    EVENT_WEBHOOK_HANDLER: 'http://127.0.0.1:5592',
    EVENT_WEBHOOK_HEADER: 'MyEnvValue',
    ...settings,
  });
  return startEngine(config, { logger });
}
