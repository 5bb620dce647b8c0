import { limitValue, NO_LIMITS, parsePerRoleLimits, type ApiLimitsConfig } from './limits/limits-config.js';

/**
 * Engine configuration, read once from the environment with Hasura's variable names.
 * Nothing else in the engine reads `process.env`.
 */
export interface EngineConfig {
  databaseUrl: string;
  port: number;
  host: string;
  adminSecret?: string;
  /** Raw JSON of HASURA_GRAPHQL_JWT_SECRET. */
  jwtSecret?: string;
  unauthorizedRole?: string;
  /** HASURA_GRAPHQL_METRICS_SECRET: a bearer token that may read /metrics besides the admin secret (Hasura EE). */
  metricsSecret?: string;
  /** Directory to load metadata from at start (HASURA_GRAPHQL_METADATA_DIR). */
  metadataDir?: string;
  /** Maximum request body in bytes. */
  maxRequestBytes: number;
  /** Maximum selection depth of a GraphQL operation. */
  maxQueryDepth: number;
  /** Hasura EE's API limits for every role but admin (HASURA_GRAPHQL_API_LIMIT_*; see src/limits/). */
  apiLimits: ApiLimitsConfig;
  corsDomain: string;
  /** Size of the engine's Postgres pool (HASURA_GRAPHQL_PG_CONNECTIONS, Hasura's default 50). */
  pgConnections: number;
  /**
   * Connections of the subscription pollers' own pool (ENGINE_SUBSCRIPTIONS_PG_CONNECTIONS, 10),
   * beside the pool above: a burst of refreshes queues on its own connections instead of taking
   * every connection HTTP queries need, and HTTP requests cannot starve the pollers either.
   */
  subscriptionPgConnections: number;
  /**
   * ENGINE_PREPARED_STATEMENTS (default true): GraphQL queries over HTTP and subscription pollers
   * run as named prepared statements when the source's `use_prepared_statements` is on; false sends them unnamed
   * whatever the metadata says, to compare (bench/graphql) or behind a pooler that cannot keep them.
   */
  preparedStatements: boolean;
  /** Send Postgres error details to admin callers (HASURA_GRAPHQL_ADMIN_INTERNAL_ERRORS, default true). */
  adminInternalErrors: boolean;
  /** How often to look for metadata changed by another engine on the same database (HASURA_GRAPHQL_SCHEMA_SYNC_POLL_INTERVAL, ms; 0 = never). */
  schemaSyncPollIntervalMs: number;
  /** How often the async action worker looks for new log entries (HASURA_GRAPHQL_ASYNC_ACTIONS_FETCH_INTERVAL, ms; 0 = never, Hasura's default 1000). */
  asyncActionsFetchIntervalMs: number;
  /** Send bigint, numeric and double precision values as JSON strings (HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES). */
  stringifyNumericTypes: boolean;
  /** A role may call a function whose returned table it may select from, unless false: then only roles with a function permission (HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS). */
  inferFunctionPermissions: boolean;
  /** Non-admin requests run only if their document is in the allow-list (HASURA_GRAPHQL_ENABLE_ALLOWLIST). */
  enableAllowlist: boolean;
  /** HASURA_GRAPHQL_ENABLED_APIS: which of the engine's APIs are served (the others answer 404). */
  enabledApis: ReadonlySet<EngineApi>;
  events: {
    fetchIntervalMs: number;
    httpPoolSize: number;
    fetchBatchSize: number;
    /** Use LISTEN/NOTIFY to wake the processor (false = Hasura's pure polling). */
    notify: boolean;
    /** A claimed event whose lock is older than its trigger's timeout_sec plus this margin is claimable again (crash recovery). */
    leaseMarginSec: number;
    /** On stop, how long in-flight deliveries may finish before their events are unlocked (HASURA_GRAPHQL_GRACEFUL_SHUTDOWN_TIMEOUT, seconds). */
    shutdownTimeoutSec: number;
  };
  /** Scheduled triggers (cron triggers and one-off scheduled events). */
  scheduled: {
    /** The backstop poll (ENGINE_SCHEDULED_EVENTS_FETCH_INTERVAL, ms; Hasura polls every 10 s). */
    fetchIntervalMs: number;
    fetchBatchSize: number;
    httpPoolSize: number;
    /** A timer for the next due event, re-armed by NOTIFY (ENGINE_SCHEDULED_EVENTS_TIMER; false = Hasura's timing, polling only). */
    timer: boolean;
    /** A claimed event is claimable again after its timeout_seconds plus this margin (crash recovery). */
    leaseMarginSec: number;
  };
  liveQueries: {
    refetchIntervalMs: number;
    batchSize: number;
    /** Refresh pollers on table-change NOTIFY (false = Hasura's pure polling). */
    notify: boolean;
    /**
     * With notify on: how often pollers whose every input is watched by a change trigger are
     * re-run anyway (pollers reading functions or materialized views keep refetchIntervalMs).
     */
    backstopIntervalMs: number;
    /** The most cohorts a second the watched pollers' backstop runs; more open pages lengthen its interval (0: no budget). */
    backstopCohortsPerSecond: number;
    /** With notify on: the least time between two full refreshes of one poller (ms; see realtime/live/poller.ts). */
    fullRefreshSpacingMs: number;
  };
  streamingQueries: {
    refetchIntervalMs: number;
    batchSize: number;
  };
  websocket: {
    /** Keep-alive (`ka` / `ping`) interval. */
    keepAliveMs: number;
    /** graphql-transport-ws: close with 4408 if no connection_init arrives in time. */
    connectionInitTimeoutMs: number;
    /** Close every socket with 1012 when metadata changes, so clients resubscribe against the new schema. */
    closeOnMetadataChange: boolean;
    /** A client with more unsent bytes than this is disconnected (a slow reader cannot hold memory or stall others). */
    maxBufferedBytes: number;
  };
  /** The whole environment, for `{{ENV}}` templates and `value_from_env`/`from_env` lookups. */
  env: Readonly<Record<string, string | undefined>>;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return n;
}

/** Hasura's API groups (`--enabled-apis`): `/v1/graphql` and `/api/rest`; the metadata, query and explain APIs; pg_dump; config; developer; metrics. */
export type EngineApi = 'graphql' | 'metadata' | 'pgdump' | 'config' | 'developer' | 'metrics';
const ENGINE_APIS: readonly EngineApi[] = ['metadata', 'graphql', 'pgdump', 'developer', 'config', 'metrics'];
const DEFAULT_APIS: readonly EngineApi[] = ['metadata', 'graphql', 'pgdump', 'config'];

/** A comma-separated list of API groups, as Hasura reads it (case and spaces do not matter). */
export function parseEnabledApis(value: string | undefined): ReadonlySet<EngineApi> {
  if (value === undefined || value.trim() === '') return new Set(DEFAULT_APIS);
  const apis = value.split(',').map((item) => item.trim().toLowerCase());
  for (const api of apis) {
    if (!(ENGINE_APIS as readonly string[]).includes(api)) {
      throw new Error(`HASURA_GRAPHQL_ENABLED_APIS: Only expecting list of comma separated API types ${ENGINE_APIS.join(',')}`);
    }
  }
  return new Set(apis as EngineApi[]);
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return /^(true|1|yes|on)$/i.test(value);
}

export function configFromEnv(env: Readonly<Record<string, string | undefined>>): EngineConfig {
  const databaseUrl = env.HASURA_GRAPHQL_DATABASE_URL ?? env.DATABASE_URL;
  if (!databaseUrl) throw new Error('HASURA_GRAPHQL_DATABASE_URL is required');
  return {
    databaseUrl,
    port: int(env.HASURA_GRAPHQL_SERVER_PORT, 8080),
    host: env.HASURA_GRAPHQL_SERVER_HOST ?? '0.0.0.0',
    adminSecret: env.HASURA_GRAPHQL_ADMIN_SECRET || undefined,
    jwtSecret: env.HASURA_GRAPHQL_JWT_SECRET || undefined,
    unauthorizedRole: env.HASURA_GRAPHQL_UNAUTHORIZED_ROLE || undefined,
    metricsSecret: env.HASURA_GRAPHQL_METRICS_SECRET || undefined,
    metadataDir: env.HASURA_GRAPHQL_METADATA_DIR || undefined,
    maxRequestBytes: int(env.HASURA_GRAPHQL_MAX_REQUEST_BYTES, 1_000_000),
    maxQueryDepth: int(env.HASURA_GRAPHQL_MAX_QUERY_DEPTH, 15),
    // 0 turns one limit off; HASURA_GRAPHQL_API_LIMITS_DISABLED turns them all off (Hasura's `disabled`).
    apiLimits: bool(env.HASURA_GRAPHQL_API_LIMITS_DISABLED, false)
      ? { global: NO_LIMITS, perRole: {} }
      : {
          global: {
            depth: limitValue(int(env.HASURA_GRAPHQL_API_LIMIT_DEPTH, 10)),
            nodes: limitValue(int(env.HASURA_GRAPHQL_API_LIMIT_NODE, 150)),
            // Seconds, as Hasura's time_limit.
            timeMs: limitValue(int(env.HASURA_GRAPHQL_API_LIMIT_TIME_SECONDS, 10) * 1000),
            batch: limitValue(int(env.HASURA_GRAPHQL_API_LIMIT_BATCH, 10)),
            responseBytes: limitValue(int(env.HASURA_GRAPHQL_API_LIMIT_RESPONSE_BYTES, 4_000_000)),
          },
          perRole: parsePerRoleLimits(env.HASURA_GRAPHQL_API_LIMITS_PER_ROLE),
        },
    corsDomain: env.HASURA_GRAPHQL_CORS_DOMAIN ?? '*',
    pgConnections: int(env.HASURA_GRAPHQL_PG_CONNECTIONS, 50),
    subscriptionPgConnections: int(env.ENGINE_SUBSCRIPTIONS_PG_CONNECTIONS, 10),
    preparedStatements: bool(env.ENGINE_PREPARED_STATEMENTS, true),
    adminInternalErrors: bool(env.HASURA_GRAPHQL_ADMIN_INTERNAL_ERRORS, true),
    schemaSyncPollIntervalMs: int(env.HASURA_GRAPHQL_SCHEMA_SYNC_POLL_INTERVAL, 1000),
    asyncActionsFetchIntervalMs: int(env.HASURA_GRAPHQL_ASYNC_ACTIONS_FETCH_INTERVAL, 1000),
    stringifyNumericTypes: bool(env.HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES, false),
    inferFunctionPermissions: bool(env.HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS, true),
    enableAllowlist: bool(env.HASURA_GRAPHQL_ENABLE_ALLOWLIST, false),
    enabledApis: parseEnabledApis(env.HASURA_GRAPHQL_ENABLED_APIS),
    events: {
      // Hasura's unit for HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL is milliseconds (default 1000).
      fetchIntervalMs: int(env.HASURA_GRAPHQL_EVENTS_FETCH_INTERVAL, 1000),
      httpPoolSize: int(env.HASURA_GRAPHQL_EVENTS_HTTP_POOL_SIZE, 100),
      fetchBatchSize: int(env.HASURA_GRAPHQL_EVENTS_FETCH_BATCH_SIZE, 100),
      notify: bool(env.ENGINE_EVENTS_NOTIFY, true),
      leaseMarginSec: int(env.ENGINE_EVENTS_LEASE_MARGIN_SEC, 30),
      shutdownTimeoutSec: int(env.HASURA_GRAPHQL_GRACEFUL_SHUTDOWN_TIMEOUT, 60),
    },
    scheduled: {
      fetchIntervalMs: int(env.ENGINE_SCHEDULED_EVENTS_FETCH_INTERVAL, 10_000),
      fetchBatchSize: int(env.HASURA_GRAPHQL_SCHEDULED_EVENTS_FETCH_BATCH_SIZE, 100),
      httpPoolSize: int(env.HASURA_GRAPHQL_EVENTS_HTTP_POOL_SIZE, 100),
      timer: bool(env.ENGINE_SCHEDULED_EVENTS_TIMER, true),
      leaseMarginSec: int(env.ENGINE_SCHEDULED_EVENTS_LEASE_MARGIN_SEC, 30),
    },
    liveQueries: {
      // Hasura's unit for this variable is milliseconds (default 1000).
      refetchIntervalMs: int(env.HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL, 1000),
      batchSize: int(env.HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE, 100),
      notify: bool(env.ENGINE_LIVE_QUERIES_NOTIFY, true),
      backstopIntervalMs: int(env.ENGINE_LIVE_QUERIES_BACKSTOP_INTERVAL, 10_000),
      backstopCohortsPerSecond: int(env.ENGINE_LIVE_QUERIES_BACKSTOP_COHORTS_PER_SECOND, 200),
      fullRefreshSpacingMs: int(env.ENGINE_LIVE_QUERIES_FULL_REFRESH_SPACING, 50),
    },
    streamingQueries: {
      refetchIntervalMs: int(env.HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL, 1000),
      batchSize: int(env.HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_BATCH_SIZE, 100),
    },
    websocket: {
      // Hasura's units for these two are seconds (defaults 5 and 3).
      keepAliveMs: int(env.HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE, 5) * 1000,
      connectionInitTimeoutMs: int(env.HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT, 3) * 1000,
      closeOnMetadataChange: bool(env.HASURA_GRAPHQL_CLOSE_WEBSOCKETS_ON_METADATA_CHANGE, true),
      maxBufferedBytes: int(env.ENGINE_WEBSOCKET_MAX_BUFFERED_BYTES, 8 * 1024 * 1024),
    },
    env,
  };
}
