import pg from 'pg';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { EVENT_CHANNEL } from './catalog.js';
import { createTargetCache } from './delivery-targets.js';
import { deliverEvent } from './delivery.js';
import { createHttpPoster } from './http-post.js';
import { createEventMetrics } from './metrics.js';
import { createPgListener, type PgListener } from '../platform/pg-listener.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { createProcessor } from './processor.js';
import { CLAIM_CONNECTION_OPTIONS, claimEvents, queueDepth, unlockEvents, type Outcome } from './queue-sql.js';
import { usesPreparedStatements } from '../execute/prepared-statements.js';
import { recordWithFallback } from './record-fallback.js';
import { syncEventTriggers } from './sync-triggers.js';
import type { ColumnsOf } from './table-columns.js';
import type { ClaimedEvent } from './webhook-body.js';

export interface EventsService {
  /** Creates hdb_catalog event tables if missing; (re)creates/drops per-trigger SQL to match metadata. */
  applyMetadata(metadata: HasuraMetadata): Promise<void>;
  /** Begins claiming and delivering (LISTEN + polling backstop). */
  start(): Promise<void>;
  /** Stops claiming, lets in-flight deliveries finish (bounded), unlocks the rest. */
  stop(): Promise<void>;
  /** Prometheus text. */
  metricsText(): string;
}

export interface EventsServiceOptions {
  pool: pg.Pool;
  config: EngineConfig;
  getMetadata: () => HasuraMetadata;
  /** Event lines carry `type: event-trigger`; each delivery logs through a child with its event id. */
  logger?: Logger;
  /**
   * The engine's shared LISTEN connection, started and stopped by its owner. Without one
   * (and with notifications on) the service opens and owns a listener of its own.
   */
  listener?: PgListener;
  /**
   * The columns of a table as the engine's schema cache read them with the catalog (once per
   * metadata version), for the trigger SQL; without it each sync reads them itself.
   */
  tableColumns?: ColumnsOf;
}

const DEPTH_REFRESH_MS = 500;
/** How the claim connection shows in pg_stat_activity. */
export const CLAIM_APPLICATION_NAME = 'hasura-event-claims';

export function createEventsService(opts: EventsServiceOptions): EventsService {
  const { pool, config } = opts;
  const log = (opts.logger ?? createLogger()).child({ type: 'event-trigger' });
  const settings = config.events;
  const metrics = createEventMetrics();
  const poster = createHttpPoster({ maxSockets: settings.httpPoolSize });
  const targetCache = createTargetCache(config.env, settings.leaseMarginSec);
  // The newest of what the engine's store returns and what was last applied.
  let lastSeen = opts.getMetadata();
  let current = lastSeen;
  const metadata = () => {
    const fromStore = opts.getMetadata();
    if (fromStore !== lastSeen) current = lastSeen = fromStore;
    return current;
  };
  const targets = () => targetCache.use(metadata());

  const onError = (error: Error, stage: string) => log.error({ stage, err: error }, error.message);
  // The claims and the outcome records run on connections of their own that plan without bitmap
  // or sequential scans, so the claims walk the fetch index in order and mark the dead entries of
  // delivered events as they pass (claimEvents says why), and the records' kept plans stay on the
  // primary key. Opened at start; the shared pool when they cannot be (a test's stub).
  let claimPool: pg.Pool | undefined;
  // Named statements only on the claim connections, and only where the engine names its GraphQL
  // statements: a source behind pgBouncer in transaction mode turns them off.
  const named = () => ({ named: claimPool !== undefined && config.preparedStatements && usesPreparedStatements(metadata()) });

  const processor = createProcessor<ClaimedEvent, Outcome>(
    {
      claim: (limit) =>
        claimEvents(
          claimPool ?? pool,
          [...targets().values()].map((t) => ({ name: t.name, leaseSec: t.leaseSec })),
          limit,
          named(),
        ),
      deliver: (event, signal) => deliverEvent({ target: (name) => targets().get(name), poster, metrics, logger: log, now: Date.now }, event, signal),
      record: async (outcomes) => {
        await recordWithFallback(claimPool ?? pool, outcomes, (error) => onError(error, 'record'), named());
        scheduleRetryWake(outcomes);
      },
      unlock: async (events) => void (await unlockEvents(pool, events)),
      onError,
    },
    {
      poolSize: settings.httpPoolSize,
      batchSize: settings.fetchBatchSize,
      fetchIntervalMs: settings.fetchIntervalMs,
      shutdownTimeoutMs: settings.shutdownTimeoutSec * 1000,
    },
  );

  let ownListener: PgListener | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  let started = false;
  let stopped = false;
  // A retry falls due at next_retry_at; waking then (instead of at the next poll) keeps
  // interval_sec and Retry-After punctual.
  let retryTimer: { due: number; timer: NodeJS.Timeout } | undefined;

  function scheduleRetryWake(outcomes: readonly Outcome[]) {
    const delays = outcomes.filter((o) => o.state === 'retry' || o.state === 'postpone').map((o) => o.delaySec);
    if (delays.length === 0 || !started) return;
    const due = Date.now() + Math.min(...delays) * 1000;
    if (retryTimer && retryTimer.due <= due) return;
    if (retryTimer) clearTimeout(retryTimer.timer);
    retryTimer = {
      due,
      timer: setTimeout(
        () => {
          retryTimer = undefined;
          processor.wake();
        },
        due - Date.now() + 5,
      ),
    };
  }
  let depthRefreshedAt = 0;
  let depthRefreshing = false;

  function refreshDepth() {
    if (depthRefreshing || Date.now() - depthRefreshedAt < DEPTH_REFRESH_MS) return;
    depthRefreshing = true;
    queueDepth(pool)
      .then((n) => metrics.setQueueDepth(n))
      .catch((error) => onError(error, 'metrics'))
      .finally(() => {
        depthRefreshing = false;
        depthRefreshedAt = Date.now();
      });
  }

  return {
    async applyMetadata(next) {
      const report = await syncEventTriggers(pool, next, opts.tableColumns);
      // Only metadata whose SQL is in place is delivered for.
      current = next;
      lastSeen = opts.getMetadata();
      for (const skipped of report.skipped) {
        log.warn({ trigger_name: skipped.trigger }, `inconsistent event trigger: ${skipped.reason}`);
      }
      if (started) processor.wake();
    },
    async start() {
      // Hasura: a batch size or fetch interval of 0 turns event processing off on this instance.
      if (started || stopped || settings.fetchBatchSize === 0 || settings.fetchIntervalMs === 0) return;
      started = true;
      if (pool.options?.connectionString || pool.options?.host) {
        claimPool = new pg.Pool({
          ...pool.options,
          // One claims while the other records.
          max: 2,
          application_name: CLAIM_APPLICATION_NAME,
          options: [pool.options.options, CLAIM_CONNECTION_OPTIONS].filter(Boolean).join(' '),
        });
        claimPool.on('error', (error) => onError(error, 'claim'));
        claimPool.on('connect', (client) => client.on('error', () => undefined));
        // A connection the database (or a pooler in front of it) refuses with these settings
        // would stop every claim: the shared pool then claims, with whatever plan it gets.
        try {
          await claimPool.query('SELECT 1');
        } catch (error) {
          log.warn({ err: error }, 'the event claim connection could not be opened; claiming on the shared pool');
          await claimPool.end().catch(() => undefined);
          claimPool = undefined;
        }
      }
      processor.start();
      if (settings.notify) {
        // A NOTIFY wakes the processor at once; after a (re)connect it claims, since
        // notifications sent meanwhile are lost. While LISTEN is down, polling carries on.
        const listener = opts.listener ?? (ownListener = createPgListener({ connect: () => new pg.Client(pool.options) }));
        unlisten = listener.listen(EVENT_CHANNEL, {
          onNotify: () => processor.wake(),
          onConnect: () => processor.wake(),
          onDown: (error) => onError(error, 'listen'),
        });
        await ownListener?.start();
      }
    },
    async stop() {
      if (!started) {
        stopped = true;
        poster.close();
        return;
      }
      started = false;
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer.timer);
      await unlisten?.();
      await ownListener?.stop();
      await processor.stop();
      await claimPool?.end().catch((error: unknown) => onError(error as Error, 'claim'));
      claimPool = undefined;
      poster.close();
    },
    metricsText() {
      metrics.setInFlight(processor.held());
      refreshDepth();
      return metrics.text();
    },
  };
}
