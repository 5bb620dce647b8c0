import type { Client } from 'graphql-ws';

/** The browser's connectivity events (window, or a fake in tests). */
export type OnlineEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Gives up on a socket as soon as it is known to be dead: a ping unanswered for `pongTimeoutMs`,
 * or the browser going offline. A half-open connection otherwise looks "Live" for minutes, since
 * a polite close waits for a handshake that never comes; terminate() closes it on the spot and
 * graphql-ws reconnects and resubscribes. With keepAlive 10 s and a 5 s timeout, a dead socket
 * is noticed within 15 s.
 */
export function watchLiveness(client: Client, options: { pongTimeoutMs: number; onDead(code: number): void; browser?: OnlineEvents | undefined }): () => void {
  const browser = options.browser;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const clearPongTimer = () => {
    if (pongTimer !== undefined) clearTimeout(pongTimer);
    pongTimer = undefined;
  };
  const giveUp = () => {
    clearPongTimer();
    options.onDead(4408);
    client.terminate();
  };
  browser?.addEventListener('offline', giveUp);
  const unsubscribers = [
    client.on('ping', (received) => {
      if (received) return;
      clearPongTimer();
      pongTimer = setTimeout(giveUp, options.pongTimeoutMs);
    }),
    client.on('pong', (received) => {
      if (received) clearPongTimer();
    }),
    client.on('closed', clearPongTimer),
    () => browser?.removeEventListener('offline', giveUp),
  ];
  return () => {
    clearPongTimer();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

/** Waits `delayMs` before the next connection attempt, or less: the moment the browser is back online. */
export function waitToRetry(delayMs: number, browser: OnlineEvents | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser?.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, delayMs);
    browser?.addEventListener('online', done);
  });
}

/** Backoff for reconnecting: 0.5 s doubling up to 10 s, with jitter so a restarted server is not stampeded. */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retries, 10_000);
  return base / 2 + random() * (base / 2);
}
