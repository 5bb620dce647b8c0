import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export function wsClient(url: string, headers: Record<string, string>, options: { retry?: boolean } = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { headers },
    retryAttempts: options.retry ? 5 : 0,
    lazy: true,
  });
}

/** One subscription whose results a test awaits in order. */
export class Subscription {
  private readonly values: unknown[] = [];
  private readonly waiters: Array<{ resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
  private failure: unknown = null;
  private done = false;
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
          this.done = true;
          for (const w of this.waiters.splice(0)) w.reject(new Error('completed'));
        },
      },
    );
  }

  next(): Promise<any> {
    if (this.values.length > 0) return Promise.resolve(this.values.shift());
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.reject(new Error('completed'));
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Reads results until one satisfies `predicate` (intermediate results are allowed). */
  async until(predicate: (value: any) => boolean): Promise<any> {
    for (;;) {
      const value = await this.next();
      if (predicate(value)) return value;
    }
  }

  get buffered(): number {
    return this.values.length;
  }
}
