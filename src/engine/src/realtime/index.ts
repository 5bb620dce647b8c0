import type { Server } from 'node:http';
import type pg from 'pg';
import type { RequestHeaders } from '../auth/headers.js';
import type { Session } from '../auth/session.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { TableDependencies, type SchemaCache } from '../schema-cache/index.js';
import type { PgListener } from '../platform/pg-listener.js';
import { logEntry, scopedLogger, silentLogger, type Logger } from '../platform/logger.js';
import { usesPreparedStatements } from '../execute/prepared-statements.js';
import { ChangeListener } from './changes/change-listener.js';
import { SubscriptionCompiler } from './graphql-adapter/subscription-compiler.js';
import { syncChangeTriggers } from './changes/change-triggers.js';
import { LiveQueryManager, type LiveQueryStats } from './live/live-query-manager.js';
import { LookupConnections } from './live/lookup-connections.js';
import { realtimeMetricsText } from './metrics.js';
import { createOperationRouter, type GraphQLExecutor } from './operation-router.js';
import { CloseCode } from './protocol/index.js';
import { withTokenExpiry } from './session-expiry.js';
import { attachRealtimeSockets, type RealtimeSocketServer } from './websocket-server.js';

export type { PreparedSubscription, PrepareResult, SubscriptionPreparer } from './subscription-planner.js';

export interface RealtimeServiceOptions {
  pool: pg.Pool;
  /** The pollers' own connections (defaults to `pool`): their statements run there. */
  pollerPool?: pg.Pool;
  /** Connections for the cohort lookups, opened with LOOKUP_CONNECTION_OPTIONS (live/lookup-connections.ts); without them, lookups run unnamed on `pollerPool`. */
  lookupPool?: pg.Pool;
  config: EngineConfig;
  /** The GraphQL service: `execute` runs queries and mutations over a socket as over HTTP. */
  graphql: GraphQLExecutor;
  /** The engine's schema cache: subscriptions are planned by it (./graphql-adapter). */
  schemaCache: SchemaCache;
  /** The same authentication HTTP uses. */
  authenticate(headers: RequestHeaders): Promise<Session>;
  getMetadata(): HasuraMetadata;
  /** The engine's shared LISTEN connection (table changes come on its CHANGE_CHANNEL); started and stopped by the engine. */
  listener: PgListener;
  /** Socket lines carry `websocket_id`, an operation's lines also its `operation_id`. */
  logger?: Logger;
}

export interface RealtimeService {
  /** Accepts WebSocket upgrades on `/v1/graphql` and `/v1alpha1/graphql` of this server. */
  attach(server: Server): void;
  /** Installs change triggers for the tracked tables, re-resolves what each poller watches; on a change closes sockets (1012) as Hasura does. */
  applyMetadata(metadata: HasuraMetadata): Promise<void>;
  stop(): Promise<void>;
  metricsText(): string;
  stats(): { connections: number; live: LiveQueryStats; streams: LiveQueryStats };
  /** Resolves when no refresh is running or queued (tests). */
  idle(): Promise<void>;
}

/**
 * The realtime part of the engine: the WebSocket endpoint, multiplexed live queries,
 * streaming subscriptions and the change notifications that drive them.
 */
export function createRealtimeService(options: RealtimeServiceOptions): RealtimeService {
  const { pool, config } = options;
  const logger = options.logger ?? silentLogger();
  // The router and the change listener take a plain function; lines go out in the scope of the operation at hand.
  const log = (entry: object) => logEntry(scopedLogger(logger), entry);
  let dependencies = TableDependencies.empty();
  const resolveTables = (names: ReadonlySet<string>) => dependencies.resolve(names);
  const fullyWatched = (names: ReadonlySet<string>) => dependencies.fullyWatched(names);
  let triggersInstalled = false;
  const notificationsHealthy = () => triggersInstalled && (listener?.connected ?? false);
  const changeDriven = config.liveQueries.notify;
  // The same switch as HTTP queries: the source's setting, unless ENGINE_PREPARED_STATEMENTS=false.
  const preparedStatements = () => config.preparedStatements && usesPreparedStatements(options.getMetadata());
  const pollerPool = options.pollerPool ?? pool;
  const lookups = new LookupConnections({ pool: pollerPool, lookupPool: options.lookupPool, preparedStatements, log: (error) => logger.warn({ err: error }, error.message) });
  const live = new LiveQueryManager({
    pool: pollerPool,
    lookUp: (text, values) => lookups.query(text, values),
    preparedStatements,
    batchSize: config.liveQueries.batchSize,
    refetchIntervalMs: config.liveQueries.refetchIntervalMs,
    backstopIntervalMs: config.liveQueries.backstopIntervalMs,
    backstopCohortsPerSecond: config.liveQueries.backstopCohortsPerSecond,
    fullRefreshSpacingMs: config.liveQueries.fullRefreshSpacingMs,
    changeDriven,
    resolveTables,
    fullyWatched,
    notificationsHealthy,
  });
  const streams = new LiveQueryManager({
    pool: pollerPool,
    lookUp: (text, values) => lookups.query(text, values),
    preparedStatements,
    batchSize: config.streamingQueries.batchSize,
    refetchIntervalMs: config.streamingQueries.refetchIntervalMs,
    // As for live queries: with every input watched and notifications healthy, a change wakes
    // the cohorts it concerns, and polling every cohort is only the long backstop.
    backstopIntervalMs: config.liveQueries.backstopIntervalMs,
    backstopCohortsPerSecond: config.liveQueries.backstopCohortsPerSecond,
    changeDriven,
    resolveTables,
    fullyWatched,
    notificationsHealthy,
  });
  live.start();
  streams.start();
  const listener = changeDriven
    ? new ChangeListener({
        listener: options.listener,
        onChange: (changes) => {
          live.tablesChanged(changes);
          streams.tablesChanged(changes);
        },
        onResync: () => {
          live.refreshAll();
          streams.refreshAll();
        },
        log,
      })
    : null;
  let sockets: RealtimeSocketServer | null = null;
  let applied: string | null = null;

  const preparer = new SubscriptionCompiler(options.schemaCache, config);
  const startOperation = createOperationRouter({
    graphql: options.graphql,
    preparer,
    live,
    streams,
    adminInternalErrors: config.adminInternalErrors,
    log,
  });

  return {
    attach(server) {
      if (sockets) throw new Error('realtime is already attached to a server');
      sockets = attachRealtimeSockets(server, {
        authenticate: withTokenExpiry(options.authenticate),
        startOperation,
        keepAliveMs: config.websocket.keepAliveMs,
        initTimeoutMs: config.websocket.connectionInitTimeoutMs,
        maxBufferedBytes: config.websocket.maxBufferedBytes,
        maxPayloadBytes: config.maxRequestBytes,
        heartbeatMs: Math.max(10_000, config.websocket.keepAliveMs * 2),
        corsDomain: config.corsDomain,
        logger,
      });
    },

    async applyMetadata(metadata) {
      // Read by the schema cache with the catalog, once per metadata version (applied before this).
      dependencies = options.schemaCache.current.tableDependencies;
      if (changeDriven) {
        try {
          await syncChangeTriggers(pool, dependencies.watched);
          triggersInstalled = true;
        } catch (error) {
          // E.g. the engine's role may not own the tables. Subscriptions still work: every
          // poller then polls at the refetch interval, as Hasura does.
          triggersInstalled = false;
          logger.warn({ err: error }, 'could not install change triggers; live queries fall back to polling');
        }
      }
      live.retrack();
      streams.retrack();
      listener?.start();
      const text = JSON.stringify(metadata);
      if (applied !== null && applied !== text && config.websocket.closeOnMetadataChange) {
        // Hasura's mkCloseWebsocketsOnMetadataChangeAction: subscribers reconnect against the new schema.
        await sockets?.closeAll(CloseCode.ServiceRestart, 'Server state changed, restarting the server');
      }
      applied = text;
    },

    async stop() {
      await sockets?.close();
      await Promise.all([live.stop(), streams.stop()]);
      await listener?.stop();
    },

    metricsText() {
      return realtimeMetricsText({ sockets, live: live.stats(), streams: streams.stats(), listener });
    },

    stats() {
      return { connections: sockets?.connections ?? 0, live: live.stats(), streams: streams.stats() };
    },

    async idle() {
      await Promise.all([live.idle(), streams.idle()]);
    },
  };
}
