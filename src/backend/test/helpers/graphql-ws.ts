import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/** A graphql-transport-ws client with the app's token, as the apps open it. */
export function wsClient(engineUrl: string, token: string): Client {
  return createClient({
    url: `${engineUrl.replace(/^http/, 'ws')}/v1/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { headers: { Authorization: `Bearer ${token}` } },
    retryAttempts: 0,
    lazy: true,
  });
}

/** One subscription whose results a test awaits in order. */
export class Subscription {
  private readonly values: unknown[] = [];
  private readonly waiters: Array<{ resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
  private failure: unknown = null;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables?: Record<string, unknown>) {
    this.stop = client.subscribe(
      { query, variables },
      {
        next: (value) => {
          const waiter = this.waiters.shift();
          if (waiter) waiter.resolve(value);
          else this.values.push(value);
        },
        error: (error) => {
          this.failure = error;
          for (const w of this.waiters.splice(0)) w.reject(error);
        },
        complete: () => {
          this.failure ??= new Error('completed');
          for (const w of this.waiters.splice(0)) w.reject(this.failure);
        },
      },
    );
  }

  next(timeoutMs = 20_000): Promise<any> {
    if (this.values.length > 0) return Promise.resolve(this.values.shift());
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (v: unknown) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e: unknown) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no result within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Reads results until one satisfies `predicate` (intermediate results are allowed). */
  async until(predicate: (value: any) => boolean, timeoutMs = 20_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.next(Math.max(1, deadline - Date.now()));
      if (predicate(value)) return value;
    }
  }

  /** Results received and not read yet. */
  get buffered(): number {
    return this.values.length;
  }
}
