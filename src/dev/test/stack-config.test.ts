import { describe, expect, it } from 'vitest';
import { DEFAULT_JWT_SECRET, stackConfigFromEnv } from '../src/stack/config.js';
import { databaseUrls, redactPassword } from '../src/stack/database-urls.js';
import { planParts } from '../src/stack/parts.js';

describe('stack configuration', () => {
  it('uses the documented defaults', () => {
    const config = stackConfigFromEnv({}, '/repo');
    expect(config.ports).toEqual({ postgres: 54329, pgbouncer: 64329, engine: 8080, functions: 8081, orderApp: 3000, analyticsApp: 3001 });
    expect(config.dataDir).toBe('/repo/.data');
    expect(config.shared).toEqual({
      HASURA_GRAPHQL_ADMIN_SECRET: 'dev-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: DEFAULT_JWT_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      EVENT_WEBHOOK_SECRET: 'dev-webhook-secret',
      ACTION_BASE_URL: 'http://127.0.0.1:8081',
    });
    expect(config.reset).toBe(false);
    expect(config.externalDatabaseUrl).toBeUndefined();
  });

  it('takes ports, secrets and the data folder from the environment; webhooks follow the functions port', () => {
    const config = stackConfigFromEnv({ FUNCTIONS_PORT: '9091', POSTGRES_PORT: '6000', DEV_DATA_DIR: '/tmp/d', HASURA_GRAPHQL_ADMIN_SECRET: 's3cret' }, '/repo');
    expect(config.ports.functions).toBe(9091);
    expect(config.ports.postgres).toBe(6000);
    expect(config.dataDir).toBe('/tmp/d');
    expect(config.shared.ACTION_BASE_URL).toBe('http://127.0.0.1:9091');
    expect(config.shared.HASURA_GRAPHQL_ADMIN_SECRET).toBe('s3cret');
  });

  it('refuses a bad port, an unknown option, an unknown part, and --reset of an external database', () => {
    expect(() => stackConfigFromEnv({ FUNCTIONS_PORT: 'eighty' }, '/repo')).toThrow(/FUNCTIONS_PORT must be a TCP port/);
    expect(() => stackConfigFromEnv({}, '/repo', ['--wipe'])).toThrow(/unknown option --wipe/);
    expect(() => stackConfigFromEnv({}, '/repo', ['--reset=yes'])).toThrow(/unknown option --reset=yes/);
    expect(() => stackConfigFromEnv({}, '/repo', ['--verbose', 'engine'])).toThrow(/unknown option engine/);
    expect(() => stackConfigFromEnv({ DEV_PARTS: 'engine,worker' }, '/repo')).toThrow(/unknown part worker/);
    expect(() => stackConfigFromEnv({ DATABASE_URL: 'postgres://u:p@db/app' }, '/repo', ['--reset'])).toThrow(/never drops/);
    expect(stackConfigFromEnv({}, '/repo', ['--reset']).reset).toBe(true);
  });
});

describe('database addresses', () => {
  it('local: the engine goes straight to Postgres, the functions through pgBouncer', () => {
    const urls = databaseUrls(stackConfigFromEnv({ POSTGRES_PORT: '7001', PGBOUNCER_PORT: '7002' }, '/repo'));
    expect(urls.direct).toBe('postgres://postgres:postgres@127.0.0.1:7001/app');
    expect(urls.pooled).toBe('postgres://postgres:postgres@127.0.0.1:7002/app');
    expect(urls.admin).toBe('postgres://postgres:postgres@127.0.0.1:7001/postgres');
  });

  it('external: pgBouncer on loopback with the same credentials and database; the password is not printed', () => {
    const config = stackConfigFromEnv({ DATABASE_URL: 'postgres://shop:p%40ss@db.example:6543/orders?sslmode=require', PGBOUNCER_PORT: '7002' }, '/repo');
    const urls = databaseUrls(config);
    expect(urls.direct).toBe(config.externalDatabaseUrl);
    expect(urls.pooled).toBe('postgres://shop:p%40ss@127.0.0.1:7002/orders');
    expect(redactPassword(urls.pooled, config)).toBe('postgres://shop:****@127.0.0.1:7002/orders');
  });
});

describe('parts of the stack', () => {
  const config = stackConfigFromEnv({ HASURA_GRAPHQL_SERVER_PORT: '9080', FUNCTIONS_PORT: '9081', ORDER_APP_PORT: '9000' }, '/repo');
  const urls = { direct: 'postgres://direct/app', pooled: 'postgres://pooled/app' };

  it('starts only the parts whose entry file exists', () => {
    const parts = planParts(config, urls, (p) => p.endsWith('localDevelopment.ts') || p.endsWith('order-app/vite.config.ts'));
    expect(parts.map((p) => p.name)).toEqual(['functions', 'order-app']);
    expect(planParts(config, urls, () => false)).toEqual([]);
  });

  it('gives the functions pgBouncer and the engine a direct connection plus the metadata', () => {
    const parts = planParts(config, urls, () => true);
    const engine = parts.find((p) => p.name === 'engine')!;
    const functions = parts.find((p) => p.name === 'functions')!;
    expect(functions.env.DATABASE_URL).toBe('postgres://pooled/app');
    expect(functions.env.FUNCTIONS_PORT).toBe('9081');
    expect(functions.env.EVENT_WEBHOOK_SECRET).toBe('dev-webhook-secret');
    expect(functions.healthUrl).toBe('http://127.0.0.1:9081/healthz');
    expect(engine.env.HASURA_GRAPHQL_DATABASE_URL).toBe('postgres://direct/app');
    expect(engine.env.HASURA_GRAPHQL_METADATA_DIR).toBe('/repo/hasura/metadata');
    expect(engine.env.HASURA_GRAPHQL_SERVER_PORT).toBe('9080');
    expect(engine.env.ACTION_BASE_URL).toBe('http://127.0.0.1:9081');
    expect(engine.healthUrl).toBe('http://127.0.0.1:9080/healthz');
    expect(parts.filter((p) => p.afterDatabase).map((p) => p.name)).toEqual(['engine']);
    expect(engine.command).toBe(process.execPath);
    expect(engine.args).toEqual(['--import', 'tsx', '/repo/src/engine/src/main.ts']);
    expect(functions.args).toEqual(['--import', 'tsx', '/repo/src/backend/src/localDevelopment.ts']);
  });

  it('runs each app with vite on its port, pointed at the engine and the functions', () => {
    const app = planParts(config, urls, () => true).find((p) => p.name === 'order-app')!;
    expect(app.command).toBe('/repo/node_modules/.bin/vite');
    expect(app.cwd).toBe('/repo/src/order-app');
    expect(app.args).toEqual(['--configLoader', 'runner', '--port', '9000', '--strictPort', '--host', '127.0.0.1']);
    expect(app.env.VITE_GRAPHQL_HTTP_URL).toBe('http://127.0.0.1:9080/v1/graphql');
    expect(app.env.VITE_GRAPHQL_WS_URL).toBe('ws://127.0.0.1:9080/v1/graphql');
    expect(app.env.VITE_AUTH_URL).toBe('http://127.0.0.1:9081/auth');
  });

  it('DEV_PARTS narrows the parts; none leaves only the database', () => {
    const only = (value: string) => planParts(stackConfigFromEnv({ DEV_PARTS: value }, '/repo'), urls, () => true).map((p) => p.name);
    expect(only('engine,analytics-app')).toEqual(['engine', 'analytics-app']);
    expect(only('none')).toEqual([]);
  });
});
