import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * One person's connection to the engine, as the order app has it: queries and mutations
 * over HTTP, subscriptions over one graphql-ws WebSocket opened at once.
 */
export class GraphQLClient {
  private readonly ws: Client;

  constructor(
    private readonly httpUrl: string,
    wsUrl: string,
    private readonly headers: Record<string, string>,
  ) {
    this.ws = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { headers },
      onNonLazyError: () => {},
    });
  }

  /** Resolves once the socket is acknowledged, so connecting is not part of any measurement. */
  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      const offConnected = this.ws.on('connected', () => {
        offConnected();
        offClosed();
        resolve();
      });
      const offClosed = this.ws.on('closed', (event) => {
        offConnected();
        offClosed();
        reject(new Error(`the engine closed the WebSocket: ${JSON.stringify(event)}`));
      });
    });
  }

  async request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    if (!body.data) throw new Error(`HTTP ${response.status} without data`);
    return body.data;
  }

  /** Calls `onData` with every result; the returned function ends the subscription. */
  subscribe<T>(query: string, variables: Record<string, unknown>, onData: (data: T) => void, onError: (error: Error) => void): () => void {
    return this.ws.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) onError(new Error(result.errors[0]!.message));
          else if (result.data) onData(result.data as T);
        },
        error: (error) => onError(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => {},
      },
    );
  }

  close(): Promise<void> {
    return this.ws.dispose() ?? Promise.resolve();
  }
}
