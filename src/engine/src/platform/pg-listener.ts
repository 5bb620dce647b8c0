import pg from 'pg';
import { compileText, sql } from '../sql/builder.js';
import { Backoff, type BackoffOptions } from './backoff.js';

/**
 * The engine's one LISTEN connection (pg-boss `notifier.ts`), shared by event triggers and
 * realtime: one session connection, any number of channels. NOTIFY is only a speed-up:
 * notifications sent while it is down are lost, so every subscriber hears `onConnect` after
 * each (re)connect (to re-sync) and `onDown` when it drops (to fall back to polling). It
 * reconnects with exponential backoff and full jitter, so engines that lost the same server
 * do not come back in lockstep.
 */
export interface PgListener {
  /** Subscribes; LISTENs on the channel if it is new. The returned function unsubscribes. */
  listen(channel: string, subscriber: ChannelSubscriber): () => Promise<void>;
  /** Opens the connection (idempotent); resolves after the first attempt. */
  start(): Promise<void>;
  stop(): Promise<void>;
  connected(): boolean;
  stats(): { notifications: number; reconnects: number };
}

export interface ChannelSubscriber {
  onNotify(payload: string | undefined): void;
  /** After the channel is listened on: at subscribe time if already connected, and after each reconnect. */
  onConnect?(): void;
  /** The connection dropped; notifications stop until the next `onConnect`. */
  onDown?(error: Error): void;
}

export interface PgListenerOptions {
  connect: () => pg.Client;
  backoff?: BackoffOptions;
}

const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 100, maxMs: 10_000, jitter: 'full' };

/** LISTEN and UNLISTEN take the channel as an identifier, never as a bind parameter. */
function listenSql(channel: string): string {
  return compileText(sql`LISTEN ${sql.ident(channel)}`);
}

function unlistenSql(channel: string): string {
  return compileText(sql`UNLISTEN ${sql.ident(channel)}`);
}

/** A listener on its own `pg.Client`; `applicationName` names it in pg_stat_activity. */
export function pgListenerFor(connectionString: string, applicationName = 'hasura-listener', backoff?: BackoffOptions): PgListener {
  return createPgListener({ connect: () => new pg.Client({ connectionString, application_name: applicationName }), backoff });
}

export function createPgListener(options: PgListenerOptions): PgListener {
  const backoff = new Backoff(options.backoff ?? DEFAULT_BACKOFF);
  const channels = new Map<string, Set<ChannelSubscriber>>();
  let client: pg.Client | undefined;
  let started = false;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let notifications = 0;
  let reconnects = 0;

  const everySubscriber = () => [...channels.values()].flatMap((set) => [...set]);
  const toError = (value: unknown) => (value instanceof Error ? value : new Error(String(value)));

  function scheduleReconnect(): void {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, backoff.next());
    retryTimer.unref();
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = options.connect();
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      const wasUp = client === next;
      if (wasUp) client = undefined;
      next.removeAllListeners('notification');
      next.end().catch(() => undefined);
      if (stopped) return;
      // Subscribers hear of a failed reconnect too: each is a reason to keep polling.
      for (const s of everySubscriber()) s.onDown?.(toError(error));
      scheduleReconnect();
    };
    next.on('error', fail);
    next.on('end', () => fail(new Error('LISTEN connection ended')));
    next.on('notification', (message) => {
      notifications++;
      for (const s of channels.get(message.channel) ?? []) s.onNotify(message.payload);
    });
    try {
      await next.connect();
      // Channels subscribed while this runs are picked up before the connection counts as up.
      const listened = new Set<string>();
      for (let missing = [...channels.keys()]; missing.length > 0; missing = [...channels.keys()].filter((c) => !listened.has(c))) {
        for (const channel of missing) {
          await next.query(listenSql(channel));
          listened.add(channel);
        }
      }
    } catch (error) {
      fail(error);
      return;
    }
    if (stopped || failed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    if (backoff.attempts > 0) reconnects++;
    backoff.reset();
    for (const s of everySubscriber()) s.onConnect?.();
  }

  return {
    listen(channel, subscriber) {
      let set = channels.get(channel);
      const isNew = !set;
      if (!set) channels.set(channel, (set = new Set()));
      set.add(subscriber);
      const current = client;
      if (current) {
        if (isNew) {
          current.query(listenSql(channel)).then(
            () => subscriber.onConnect?.(),
            () => undefined, // the connection's error handler reconnects, and LISTENs again
          );
        } else subscriber.onConnect?.();
      }
      return async () => {
        const subscribers = channels.get(channel);
        if (!subscribers?.delete(subscriber) || subscribers.size > 0) return;
        channels.delete(channel);
        await client?.query(unlistenSql(channel)).catch(() => undefined);
      };
    },
    async start() {
      if (started || stopped) return;
      started = true;
      await connect();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners('notification');
        await current.end().catch(() => undefined);
      }
    },
    connected: () => client !== undefined,
    stats: () => ({ notifications, reconnects }),
  };
}
