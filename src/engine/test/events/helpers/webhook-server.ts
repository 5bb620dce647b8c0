import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP webhook for tests. Every request is recorded with its raw body; `respond`
 * decides the answer (status, headers, body, or a delay / no answer at all). `waitFor`
 * resolves as soon as the recorded requests satisfy a condition: no sleeps.
 */
export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: any;
  receivedAt: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the connection stays open until the server closes). */
  hang?: boolean;
  delayMs?: number;
}

export interface WebhookServer {
  url: string;
  requests: ReceivedRequest[];
  respond: (request: ReceivedRequest) => Reply;
  waitFor(condition: (requests: ReceivedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookServer(respond: (request: ReceivedRequest) => Reply = () => ({})): Promise<WebhookServer> {
  const requests: ReceivedRequest[] = [];
  const waiters = new Set<() => void>();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const received: ReceivedRequest = { path: req.url ?? '/', headers: req.headers, raw, body, receivedAt: Date.now() };
      requests.push(received);
      for (const w of [...waiters]) w();
      const reply = webhook.respond(received);
      if (reply.hang) {
        open.add(res);
        return;
      }
      const send = () => {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body ?? '{"ok":true}');
      };
      if (reply.delayMs) {
        open.add(res);
        setTimeout(() => {
          open.delete(res);
          if (!res.destroyed) send();
        }, reply.delayMs);
      } else send();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const webhook: WebhookServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond,
    waitFor(condition, timeoutMs = 30_000) {
      if (condition(requests)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`webhook condition not met within ${timeoutMs} ms (${requests.length} requests received)`));
        }, timeoutMs);
        function check() {
          if (!condition(requests)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
        waiters.add(check);
      });
    },
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return webhook;
}
