import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Everything `npm start` reads from the environment, read once. Names and defaults are
 * the ones every part agrees on (see README, "Configuration").
 */
export interface StackConfig {
  repoRoot: string;
  /** Root of the stack's files: `.data/` unless DEV_DATA_DIR says otherwise. */
  dataDir: string;
  ports: {
    postgres: number;
    pgbouncer: number;
    engine: number;
    functions: number;
    orderApp: number;
    analyticsApp: number;
  };
  /** DATABASE_URL given by the user: use that Postgres instead of starting one. */
  externalDatabaseUrl?: string;
  /** Variables handed to the children (secrets and URLs with their development defaults). */
  shared: {
    HASURA_GRAPHQL_ADMIN_SECRET: string;
    HASURA_GRAPHQL_JWT_SECRET: string;
    HASURA_GRAPHQL_UNAUTHORIZED_ROLE: string;
    EVENT_WEBHOOK_SECRET: string;
    ACTION_BASE_URL: string;
  };
  /** Seconds the engine may take to finish in-flight deliveries on stop. */
  engineShutdownTimeoutSec: number;
  /** `--reset`: drop the local `app` database and apply schema.sql and seed.sql again. */
  reset: boolean;
  /** Print the lines of pgBouncer's log about every client connecting and leaving. */
  verbose: boolean;
  /**
   * DEV_PARTS: which of engine, functions, order-app, analytics-app to start (comma
   * separated; `none` = only the database). Unset: every part that exists.
   */
  onlyParts?: string[];
  /** The metadata directory the engine loads and the stack watches (DEV_METADATA_DIR; tests use a copy). */
  metadataDir: string;
  /** The functions' source folder, run and watched (DEV_FUNCTIONS_DIR; tests use a copy). */
  functionsDir: string;
  /** Reload the functions and the metadata on save (DEV_WATCH=0 turns it off). */
  watch: boolean;
}

export const PART_NAMES = ['engine', 'functions', 'order-app', 'analytics-app'] as const;

export const DEFAULT_JWT_SECRET = '{"type":"HS256","key":"dev-jwt-secret-change-me-0123456789abcdef"}';

type Env = Readonly<Record<string, string | undefined>>;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a TCP port, got ${JSON.stringify(raw)}`);
  return value;
}

const START_OPTIONS = { reset: { type: 'boolean' }, verbose: { type: 'boolean' } } as const;

/** `npm start -- --reset --verbose`; anything else (a value, a positional) is refused by name. */
function startOptions(args: readonly string[]): { reset: boolean; verbose: boolean } {
  const { values, tokens } = parseArgs({ args: [...args], options: START_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    const known = token.kind === 'option' && token.name in START_OPTIONS && token.value === undefined;
    if (!known && token.kind !== 'option-terminator') {
      const shown = token.kind === 'option' ? token.rawName + (token.value === undefined ? '' : `=${token.value}`) : token.value;
      throw new Error(`unknown option ${shown} (known: --reset, --verbose)`);
    }
  }
  return { reset: values.reset === true, verbose: values.verbose === true };
}

export function stackConfigFromEnv(env: Env, repoRoot: string, args: readonly string[] = []): StackConfig {
  const options = startOptions(args);
  const ports = {
    postgres: port(env, 'POSTGRES_PORT', 54329),
    pgbouncer: port(env, 'PGBOUNCER_PORT', 64329),
    engine: port(env, 'HASURA_GRAPHQL_SERVER_PORT', 8080),
    functions: port(env, 'FUNCTIONS_PORT', 8081),
    orderApp: port(env, 'ORDER_APP_PORT', 3000),
    analyticsApp: port(env, 'ANALYTICS_APP_PORT', 3001),
  };
  const externalDatabaseUrl = env.DATABASE_URL || undefined;
  if (externalDatabaseUrl && options.reset) {
    throw new Error('--reset only applies to the local database; it never drops an external DATABASE_URL');
  }
  return {
    repoRoot,
    dataDir: env.DEV_DATA_DIR || join(repoRoot, '.data'),
    ports,
    ...(externalDatabaseUrl ? { externalDatabaseUrl } : {}),
    shared: {
      HASURA_GRAPHQL_ADMIN_SECRET: env.HASURA_GRAPHQL_ADMIN_SECRET || 'dev-admin-secret',
      HASURA_GRAPHQL_JWT_SECRET: env.HASURA_GRAPHQL_JWT_SECRET || DEFAULT_JWT_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: env.HASURA_GRAPHQL_UNAUTHORIZED_ROLE || 'anonymous',
      EVENT_WEBHOOK_SECRET: env.EVENT_WEBHOOK_SECRET || 'dev-webhook-secret',
      // Follows FUNCTIONS_PORT, so moving the functions keeps the event triggers pointed at them.
      ACTION_BASE_URL: env.ACTION_BASE_URL || `http://127.0.0.1:${ports.functions}`,
    },
    // Hasura's default is 60 s; a developer pressing Ctrl-C should not wait that long.
    engineShutdownTimeoutSec: Number(env.HASURA_GRAPHQL_GRACEFUL_SHUTDOWN_TIMEOUT || 5),
    reset: options.reset,
    verbose: options.verbose || env.DEV_VERBOSE === '1',
    ...(env.DEV_PARTS ? { onlyParts: partList(env.DEV_PARTS) } : {}),
    metadataDir: env.DEV_METADATA_DIR || join(repoRoot, 'hasura', 'metadata'),
    functionsDir: env.DEV_FUNCTIONS_DIR || join(repoRoot, 'src', 'backend', 'src'),
    watch: env.DEV_WATCH !== '0',
  };
}

function partList(raw: string): string[] {
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && names[0] === 'none') return [];
  const unknown = names.filter((n) => !(PART_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`DEV_PARTS: unknown part ${unknown.join(', ')} (known: ${PART_NAMES.join(', ')}, or none)`);
  return names;
}
