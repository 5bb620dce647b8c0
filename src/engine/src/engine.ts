import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { authSettingsFromConfig } from './auth/settings.js';
import type { EngineConfig } from './config.js';
import { createEventsService } from './events/index.js';
import { ActionRunner } from './actions/action-runner.js';
import { ensureActionLog } from './actions/action-log-sql.js';
import { createAsyncActionWorker } from './actions/async-worker.js';
import { eventMetadataHandlers } from './events/api/index.js';
import { actionMetadataHandlers } from './actions/api/index.js';
import { createGraphQLService } from './graphql/index.js';
import { MetricsRegistry } from './http/metrics.js';
import { createHttpServer } from './http/server.js';
import { explainGraphQL } from './explain/index.js';
import { pgDump } from './pgdump/index.js';
import { databaseAnswers } from './platform/database-answers.js';
import { createMetadataExecutor } from './metadata/api/executor.js';
import { createRegistry } from './metadata/api/registry.js';
import { loadMetadataDirectory } from './metadata/load-directory.js';
import { normalizeMetadata, withDefaultSource } from './metadata/normalize.js';
import { createMetadataStore } from './metadata/store.js';
import { SourcePools } from './metadata/source-pools.js';
import { AddedSourceSchemas, clientRootFields, type RootFieldConflict } from './schema-cache/added-sources.js';
import { MetadataApiError } from './metadata/errors.js';
import type { HasuraMetadata } from './metadata/types.js';
import { authenticate } from './auth/authenticate.js';
import { createRealtimeService } from './realtime/index.js';
import { createScheduledService } from './scheduled/index.js';
import { scheduledMetadataHandlers } from './scheduled/api/index.js';
import { SchemaCache } from './schema-cache/index.js';
import { pgListenerFor } from './platform/pg-listener.js';
import { createPool } from './platform/pg-pool.js';
import { LOOKUP_APPLICATION_NAME, LOOKUP_CONNECTION_OPTIONS } from './realtime/live/lookup-connections.js';
import { createLogger, type Logger } from './platform/logger.js';
export { silentLogger, type Logger } from './platform/logger.js';

/** Reported by /v1/version: the Hasura release whose behaviour this engine follows. */
export const ENGINE_VERSION = 'v2.48.10-3factor';

export interface RunningEngine {
  url: string;
  port: number;
  /** The HTTP server, for parts that attach to it (the realtime WebSocket endpoint). */
  server: Server;
  pool: pg.Pool;
  /** The subscription pollers' own pool (see `subscriptionPgConnections` in config.ts). */
  pollerPool: pg.Pool;
  /** The connections of the live pollers' cohort lookups (LOOKUP_CONNECTION_OPTIONS). */
  lookupPool: pg.Pool;
  metrics: MetricsRegistry;
  /** The metadata currently served. */
  metadata(): HasuraMetadata;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where the engine logs; JSON lines on stdout by default (platform/logger.ts). */
  logger?: Logger;
}

async function initialMetadata(config: EngineConfig, store: ReturnType<typeof createMetadataStore>, log: Logger): Promise<{ metadata: HasuraMetadata; resourceVersion?: number }> {
  if (config.metadataDir) {
    const fromDir = withDefaultSource(normalizeMetadata(loadMetadataDirectory(config.metadataDir)));
    const resourceVersion = await store.save(fromDir);
    log.info({ type: 'startup', dir: config.metadataDir }, 'metadata loaded from directory');
    return { metadata: fromDir, resourceVersion };
  }
  const stored = await store.load();
  return {
    metadata: withDefaultSource(stored ? normalizeMetadata(stored.metadata) : { version: 3, sources: [] }),
    resourceVersion: stored?.resourceVersion,
  };
}

/** Hasura refuses metadata in which two sources would answer the same root field. */
function rootFieldConflictError(conflicts: readonly RootFieldConflict[]): MetadataApiError {
  const internal = conflicts.map((c) => ({
    definition: c.source,
    name: `source ${c.source}`,
    reason: `Inconsistent object: root field "${c.field}" of source "${c.source}" conflicts with the one of source "${c.other}"`,
    type: 'source',
  }));
  return new MetadataApiError('unexpected', 'cannot continue due to inconsistent metadata', 400, '$.args', internal);
}

/**
 * Starts the engine: Postgres pool, metadata (directory or hdb_catalog), GraphQL service,
 * event trigger processor, scheduled triggers and the HTTP server. `stop()` shuts them down in reverse order.
 */
export async function startEngine(config: EngineConfig, options: StartOptions = {}): Promise<RunningEngine> {
  const log = options.logger ?? createLogger();
  const pool = createPool({ connectionString: config.databaseUrl, max: config.pgConnections }, (error) => log.error({ err: error }, 'idle Postgres connection failed'));
  const pollerPool = createPool({ connectionString: config.databaseUrl, max: config.subscriptionPgConnections }, (error) =>
    log.error({ err: error }, 'idle Postgres connection of the subscription pollers failed'),
  );
  // Two connections for the live pollers' cohort lookups, planned without sequential scans (realtime/live/lookup-connections.ts).
  const lookupPool = createPool({ connectionString: config.databaseUrl, max: 2, application_name: LOOKUP_APPLICATION_NAME, options: LOOKUP_CONNECTION_OPTIONS }, (error) =>
    log.error({ err: error }, 'idle Postgres connection of the cohort lookups failed'),
  );
  // One LISTEN connection for event triggers and realtime (platform/pg-listener.ts).
  const listener = pgListenerFor(config.databaseUrl, 'hasura-listener');
  try {
    const store = createMetadataStore(pool);
    await store.init();
    const initial = await initialMetadata(config, store, log);
    let served = initial.metadata;

    // One schema cache per metadata version, shared by every front end: the database catalog is read once per apply.
    const schemaCache = new SchemaCache(pool, config);
    // Sources added with pg_add_source: a pool each, and a schema cache each that GraphQL requests are routed to.
    const sourcePools = new SourcePools(pool, config.env, (error) => log.error({ err: error }, 'idle Postgres connection of a source failed'));
    const addedSources = new AddedSourceSchemas(
      config,
      (metadata, name) => sourcePools.poolFor(metadata, name),
      (source, error) => log.warn({ type: 'metadata', source, err: error }, 'added source left out'),
    );
    // Whether the served metadata left inconsistent objects out (/healthz says so, as Hasura's does).
    let leftOut = false;
    const servable = async (metadata: HasuraMetadata, refuseConflicts = false): Promise<HasuraMetadata> => {
      const { metadata: subset, dropped } = await schemaCache.rebuild(metadata);
      leftOut = dropped.length > 0 || schemaCache.current.catalog.inconsistencies.length > 0;
      if (dropped.length > 0) log.warn({ type: 'metadata', objects: dropped.map((o) => o.reason) }, 'inconsistent metadata objects left out');
      // A root field two sources would both answer is Hasura's inconsistency: refused when the metadata API changes it, left out at start.
      // The admin schema is built for this only when another source is tracked (role schemas are otherwise built on first use).
      const othersServed = metadata.sources.some((source) => source.name !== 'default' && source.tables.length + (source.functions ?? []).length > 0);
      const taken = new Map(othersServed ? clientRootFields(schemaCache, {}).map((field) => [field, 'default']) : []);
      const conflicts = await addedSources.rebuild(metadata, taken);
      if (conflicts.length > 0) {
        if (refuseConflicts) throw rootFieldConflictError(conflicts);
        log.warn({ type: 'metadata', conflicts }, 'sources with conflicting root fields left out');
      }
      return subset;
    };
    let servedSubset = await servable(served);

    // Actions: handlers called by the GraphQL service (sync) and by the worker (async, hdb_action_log).
    await ensureActionLog(pool);
    const actionRunner = new ActionRunner(pool, config.env, log);
    const actionWorker = createAsyncActionWorker({
      pool,
      runner: actionRunner,
      actions: () => schemaCache.current.catalog.actions,
      logger: log,
      intervalMs: config.asyncActionsFetchIntervalMs || 1000,
    });
    if (config.asyncActionsFetchIntervalMs > 0) actionWorker.start();
    const graphql = await createGraphQLService({
      pool,
      metadata: servedSubset,
      config,
      schemaCache,
      actions: { runner: actionRunner, asyncActionCreated: () => actionWorker.wake() },
      addedSources: () => addedSources.sources,
    });
    const events = createEventsService({
      pool,
      config,
      getMetadata: () => servedSubset,
      listener,
      logger: log,
      // Trigger SQL is generated from the catalog the schema cache read for this metadata version.
      tableColumns: (table) => schemaCache.current.tableColumns(table),
    });
    await events.applyMetadata(servedSubset);
    await events.start();

    // Cron triggers and one-off scheduled events; their timer is woken through the same LISTEN connection.
    const scheduled = createScheduledService({ pool, config, getMetadata: () => servedSubset, listener, logger: log });
    await scheduled.applyMetadata(servedSubset);
    await scheduled.start();

    const metrics = new MetricsRegistry();
    metrics.register(() => events.metricsText());

    // Realtime (subscriptions over WebSocket): see src/engine/src/realtime/index.ts.
    const authSettings = await authSettingsFromConfig(config);
    const realtime = createRealtimeService({
      pool,
      pollerPool,
      lookupPool,
      config,
      graphql,
      schemaCache,
      authenticate: (headers) => authenticate(headers, authSettings),
      getMetadata: () => servedSubset,
      listener,
      logger: log,
    });
    await realtime.applyMetadata(servedSubset);
    if (config.events.notify || config.liveQueries.notify || config.scheduled.timer) await listener.start();
    metrics.register(() => realtime.metricsText());

    const metadataExecutor = createMetadataExecutor({
      pool,
      sourcePools,
      config,
      registry: createRegistry(eventMetadataHandlers, { ...scheduledMetadataHandlers, ...actionMetadataHandlers }),
      store,
      getMetadata: () => served,
      initialResourceVersion: initial.resourceVersion,
      // create_event_trigger checks its table against the catalog the schema cache read.
      tableColumns: (table) => schemaCache.current.tableColumns(table),
      apply: async (next) => {
        const subset = await servable(next, true);
        await events.applyMetadata(subset);
        await scheduled.applyMetadata(subset);
        await realtime.applyMetadata(subset);
        served = next;
        servedSubset = subset;
        sourcePools.retainOnly(next);
      },
      logger: log,
    });

    const server = createHttpServer({
      auth: authSettings,
      graphql,
      metadata: metadataExecutor,
      metrics,
      maxRequestBytes: config.maxRequestBytes,
      corsDomain: config.corsDomain,
      adminInternalErrors: config.adminInternalErrors,
      apiLimits: config.apiLimits,
      version: ENGINE_VERSION,
      logger: log,
      explain: (body) => explainGraphQL(body, schemaCache, pool),
      serverConfig: config,
      enabledApis: config.enabledApis,
      pgDump: (body) => pgDump(body, config.databaseUrl),
      health: async () => ({ reachable: await databaseAnswers(pool), inconsistent: leftOut }),
      rest: { metadata: () => schemaCache.current.metadata, execute: (request, session, headers) => graphql.execute(request, session, headers) },
    });
    // The WebSocket endpoint is the GraphQL API's too.
    if (config.enabledApis.has('graphql')) realtime.attach(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    // Another engine on the same database may change the metadata: pick it up as Hasura's schema sync does.
    let syncing: Promise<unknown> = Promise.resolve();
    const schemaSync =
      config.schemaSyncPollIntervalMs > 0
        ? setInterval(() => {
            syncing = metadataExecutor.syncFromStore().then(
              (changed) => changed && log.info({ type: 'schema-sync' }, 'metadata changed by another engine: applied'),
              (error: unknown) => log.error({ type: 'schema-sync', err: error }, 'schema sync failed'),
            );
          }, config.schemaSyncPollIntervalMs)
        : undefined;
    schemaSync?.unref();
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    log.info({ type: 'startup', port }, 'engine listening');

    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      port,
      server,
      pool,
      pollerPool,
      lookupPool,
      metrics,
      metadata: () => served,
      stop() {
        stopping ??= (async () => {
          clearInterval(schemaSync);
          await syncing;
          await realtime.stop(); // closes WebSockets (1012) so server.close() is not held by them
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeIdleConnections();
          // Requests in progress get a moment to finish; keep-alive sockets do not hold the stop.
          const force = setTimeout(() => server.closeAllConnections(), 5_000);
          await closed;
          clearTimeout(force);
          await events.stop();
          await scheduled.stop();
          await actionWorker.stop();
          actionRunner.close();
          await listener.stop();
          await sourcePools.closeAll();
          await pollerPool.end();
          await lookupPool.end();
          await pool.end();
          log.info({ type: 'shutdown' }, 'engine stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    await listener.stop();
    await pollerPool.end().catch(() => undefined);
    await lookupPool.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
}
