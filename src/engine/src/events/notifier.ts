import type pg from 'pg';
import { toError } from './errors.js';

/**
 * A dedicated LISTEN connection (pg-boss `notifier.ts`): NOTIFY is only a speed-up. When
 * the connection drops it reconnects with exponential backoff and jitter, and after each
 * (re)connect calls `onConnect` so the caller re-syncs with a claim — notifications sent
 * while disconnected are lost, the polling backstop and that claim cover them.
 */
export interface Notifier {
  start(): Promise<void>;
  stop(): Promise<void>;
  connected(): boolean;
}

export interface NotifierOptions {
  channel: string;
  connect: () => pg.Client;
  onNotify: () => void;
  onConnect: () => void;
  onError: (error: Error) => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const minBackoff = options.minBackoffMs ?? 100;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  let client: pg.Client | undefined;
  let stopped = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  function scheduleReconnect() {
    if (stopped || retryTimer) return;
    const ceiling = Math.min(maxBackoff, minBackoff * 2 ** attempt);
    attempt++;
    // Full jitter: engines that lost the same server do not reconnect in lockstep.
    const delay = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = options.connect();
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      if (client === next) client = undefined;
      next.removeAllListeners('notification');
      next.end().catch(() => {});
      if (!stopped) {
        options.onError(toError(error));
        scheduleReconnect();
      }
    };
    next.on('error', fail);
    next.on('end', () => fail(new Error('LISTEN connection ended')));
    next.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotify();
    });
    try {
      await next.connect();
      await next.query(`LISTEN "${options.channel.replace(/"/g, '""')}"`);
    } catch (error) {
      fail(error);
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    attempt = 0;
    options.onConnect();
  }

  return {
    start: () => connect(),
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners('notification');
        await current.end().catch(() => {});
      }
    },
    connected: () => client !== undefined,
  };
}
