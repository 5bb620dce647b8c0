import type pg from 'pg';
import type { EngineConfig } from '../config.js';
import { createHttpPoster } from '../events/http-post.js';
import { createProcessor } from '../events/processor.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { createLogger, type Logger } from '../platform/logger.js';
import type { PgListener } from '../platform/pg-listener.js';
import { ensureScheduledCatalog, SCHEDULED_CHANNEL } from './catalog.js';
import { dropFutureCronEvents, generateCronEvents } from './cron-events-sql.js';
import { deliverScheduledEvent } from './delivery.js';
import {
  claimCronEvents,
  claimOneOffEvents,
  millisUntilNextDue,
  recordScheduledOutcomes,
  unlockAbandonedEvents,
  unlockScheduledEvents,
  type ClaimedScheduledEvent,
  type ScheduledOutcome,
} from './queue-sql.js';
import { createDueTimer } from './due-timer.js';
import { cronTriggersOf, retryConfOf, type CronTriggerMetadata } from './types.js';

/**
 * Scheduled triggers: cron events generated ahead, and cron and one-off events delivered.
 *
 * Timing. Hasura looks for due events every 10 s, so an event fires up to 10 s late. Here a
 * timer is armed for the next due event (read from the database after every claim), and a
 * NOTIFY from whoever creates an earlier event (the metadata API, the generator, on any engine)
 * re-arms it; polling every `fetchIntervalMs` stays as the backstop, and is all there is with
 * `timer` off (Hasura's timing, for comparison).
 *
 * Delivery reuses the event triggers' loop (`events/processor.ts`): bounded claims, batched
 * outcome writes, unlock on stop.
 */
export interface ScheduledService {
  /** Creates the catalog if missing, drops the future events of changed or removed cron triggers, tops up the rest. */
  applyMetadata(metadata: HasuraMetadata): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Something earlier may be due (an event created by this engine): look again now. */
  wake(): void;
}

export interface ScheduledServiceOptions {
  pool: pg.Pool;
  config: EngineConfig;
  getMetadata: () => HasuraMetadata;
  listener?: PgListener;
  logger?: Logger;
}

/** A notified due time later than the armed timer by more than this (clock skew between hosts) changes nothing. */
const NOTIFY_SLACK_MS = 1000;

/** What the delivery loop holds: a claimed event under its processor key. */
interface Held {
  id: string;
  event: ClaimedScheduledEvent;
}

/** Hasura's generator runs once a minute. */
const GENERATOR_INTERVAL_MS = 60_000;

function sameDefinition(a: CronTriggerMetadata, b: CronTriggerMetadata): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createScheduledService(opts: ScheduledServiceOptions): ScheduledService {
  const { pool, config } = opts;
  const settings = config.scheduled;
  const log = (opts.logger ?? createLogger()).child({ type: 'scheduled-trigger' });
  const poster = createHttpPoster({ maxSockets: settings.httpPoolSize });
  let triggers = new Map<string, CronTriggerMetadata>();
  let applied = false;
  let started = false;
  let stopped = false;
  let generator: NodeJS.Timeout | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  const onError = (error: Error, stage: string) => log.error({ stage, err: error }, error.message);

  const timer = createDueTimer(() => processor.wake());

  async function armTimer(): Promise<void> {
    if (!settings.timer || !started) return;
    const ms = await millisUntilNextDue(pool, [...triggers.keys()]);
    if (ms !== undefined) timer.wakeIn(ms);
  }

  const processor = createProcessor<Held, ScheduledOutcome>(
    {
      claim: async (limit) => {
        const leases = [...triggers.values()].map((t) => ({ name: t.name, leaseSec: retryConfOf(t.retry_conf).timeout_seconds + settings.leaseMarginSec }));
        const cron = await claimCronEvents(pool, leases, limit);
        const oneOff = await claimOneOffEvents(pool, settings.leaseMarginSec, limit - cron.length);
        const claimed = [...cron, ...oneOff];
        // With free slots left, nothing else is due: sleep until the next event (the poll is the backstop).
        if (claimed.length < limit) await armTimer();
        return claimed.map((event) => ({ id: event.key, event }));
      },
      deliver: (held, signal) => deliverScheduledEvent({ cronTrigger: (name) => triggers.get(name), env: config.env, poster, logger: log, now: Date.now }, held.event, signal),
      record: async (outcomes) => {
        await recordScheduledOutcomes(pool, outcomes);
        const retries = outcomes.filter((o) => o.state === 'retry').map((o) => o.delaySec);
        if (retries.length > 0 && settings.timer) timer.wakeIn(Math.min(...retries) * 1000);
      },
      unlock: (held) =>
        unlockScheduledEvents(
          pool,
          held.map((h) => h.event),
        ),
      onError,
    },
    {
      poolSize: settings.httpPoolSize,
      batchSize: settings.fetchBatchSize,
      fetchIntervalMs: settings.fetchIntervalMs,
      shutdownTimeoutMs: config.events.shutdownTimeoutSec * 1000,
    },
  );

  async function generate(): Promise<void> {
    try {
      const inserted = await generateCronEvents(pool, [...triggers.values()], (name, error) => log.error({ trigger_name: name }, error.message));
      if (inserted > 0) log.info({ inserted }, 'cron events generated');
    } catch (error) {
      onError(error as Error, 'generate');
    }
  }

  return {
    async applyMetadata(metadata) {
      if (!applied) await ensureScheduledCatalog(pool);
      const next = new Map(cronTriggersOf(metadata).map((t) => [t.name, t]));
      // A changed schedule (or webhook, payload...) replaces what was generated from the old one.
      const changed = applied ? [...triggers.values()].filter((t) => !next.has(t.name) || !sameDefinition(t, next.get(t.name)!)).map((t) => t.name) : [];
      await dropFutureCronEvents(pool, changed);
      triggers = next;
      applied = true;
      await generate();
      if (started) processor.wake();
    },
    async start() {
      if (started || stopped) return;
      started = true;
      const unlocked = await unlockAbandonedEvents(pool);
      if (unlocked > 0) log.info({ unlocked }, 'scheduled events left locked by a stopped engine unlocked');
      processor.start();
      generator = setInterval(() => void generate(), GENERATOR_INTERVAL_MS);
      generator.unref();
      if (settings.timer && opts.listener) {
        unlisten = opts.listener.listen(SCHEDULED_CHANNEL, {
          // The payload is the new event's due time: only one earlier than the armed timer needs a look.
          onNotify: (payload) => {
            const dueMs = Number(payload);
            const armedAt = timer.dueAt();
            if (payload && Number.isFinite(dueMs) && armedAt !== undefined && dueMs > armedAt + NOTIFY_SLACK_MS) return;
            armTimer().catch((error: unknown) => onError(error as Error, 'timer'));
          },
          // Notifications sent while the connection was down are lost: look again.
          onConnect: () => processor.wake(),
          onDown: (error) => onError(error, 'listen'),
        });
      }
    },
    async stop() {
      stopped = true;
      if (!started) {
        poster.close();
        return;
      }
      started = false;
      clearInterval(generator);
      timer.clear();
      await unlisten?.();
      await processor.stop();
      poster.close();
    },
    wake() {
      processor.wake();
    },
  };
}
