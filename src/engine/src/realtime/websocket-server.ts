import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import { originAllowed } from '../http/cors.js';
import { runInLogScope, silentLogger, type Logger } from '../platform/logger.js';
import { CloseCode, chooseSubprotocol, createConnection, type Authenticate, type ProtocolConnection, type StartOperation } from './protocol/index.js';

export interface RealtimeSocketOptions {
  authenticate: Authenticate;
  startOperation: StartOperation;
  keepAliveMs: number;
  initTimeoutMs: number;
  /** A client whose unsent data exceeds this is closed: a slow reader must not hold memory or stall pushes. */
  maxBufferedBytes: number;
  /** Largest frame accepted from a client. */
  maxPayloadBytes: number;
  /** Transport-level ping interval; a peer that misses one whole interval is dropped. */
  heartbeatMs: number;
  /** HASURA_GRAPHQL_CORS_DOMAIN: an upgrade whose Origin is not allowed is refused (Hasura's `enforceCors`). */
  corsDomain: string;
  /** Each connection logs through a child with its `websocket_id`, each operation with its `operation_id` too. */
  logger?: Logger;
}

export interface RealtimeSocketServer {
  readonly connections: number;
  readonly stats: { accepted: number; overflowClosed: number; heartbeatDropped: number; framesSent: number; bytesSent: number };
  /** Closes every current connection; new ones are still accepted. */
  closeAll(code: number, reason: string): Promise<void>;
  /** Stops accepting and closes every connection (Hasura sends 1012 on shutdown so clients reconnect). */
  close(code?: number, reason?: string): Promise<void>;
}

const PATHS: Record<string, 'graphql' | 'legacy'> = { '/v1/graphql': 'graphql', '/v1alpha1/graphql': 'legacy' };

function offeredProtocols(request: IncomingMessage): Set<string> {
  const header = request.headers['sec-websocket-protocol'];
  return new Set(
    (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' };

function reject(socket: Duplex, status: number, body: object): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

interface Tracked {
  ws: WebSocket;
  protocol: ProtocolConnection;
  alive: boolean;
  /** Which heartbeat tick pings this connection. */
  slot: number;
}

/**
 * Heartbeat pings are spread over this many ticks per interval: pinging 5,000 sockets in one
 * go blocked the event loop for ~200 ms (measured in bench/subscriptions), which every push
 * waiting behind it paid for.
 */
const HEARTBEAT_SLOTS = 20;

/**
 * The `ws` adapter: accepts upgrades on `/v1/graphql` and `/v1alpha1/graphql` of the
 * engine's HTTP server and feeds frames to a protocol state machine. All protocol behaviour
 * lives in ./protocol; this file only moves bytes, enforces the send-buffer bound and drops
 * dead peers.
 */
export function attachRealtimeSockets(server: Server, options: RealtimeSocketOptions): RealtimeSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes,
    perMessageDeflate: false,
    // Echo the protocol picked; a client that offered neither gets no header (and the legacy protocol).
    handleProtocols: (protocols) => {
      const chosen = chooseSubprotocol(protocols);
      return protocols.has(chosen) ? chosen : false;
    },
  });
  const tracked = new Set<Tracked>();
  const root = options.logger ?? silentLogger();
  const stats = { accepted: 0, overflowClosed: 0, heartbeatDropped: 0, framesSent: 0, bytesSent: 0 };
  let closing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '/').split('?')[0]!.replace(/\/+$/, '');
    const errorFormat = PATHS[path];
    if (!errorFormat) {
      reject(socket, 404, { path: '$', error: "only '/v1/graphql', '/v1alpha1/graphql' are supported on websockets", code: 'not-found' });
      return;
    }
    if (closing) {
      reject(socket, 503, { path: '$', error: 'Server is shutting down', code: 'unexpected' });
      return;
    }
    const origin = request.headers.origin;
    if (origin && !originAllowed(origin, options.corsDomain)) {
      reject(socket, 400, { path: '$', error: 'received origin header does not match configured CORS domains', code: 'access-denied' });
      return;
    }
    socket.on('error', () => undefined);
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, errorFormat));
  };

  const accept = (ws: WebSocket, request: IncomingMessage, errorFormat: 'graphql' | 'legacy'): void => {
    stats.accepted++;
    const subprotocol = chooseSubprotocol(offeredProtocols(request));
    let forcedClose: NodeJS.Timeout | null = null;
    const closeSocket = (code: number, reason: string): void => {
      if (ws.readyState !== WebSocket.OPEN) return;
      ws.close(code, reason);
      // A peer that never reads will not complete the closing handshake either.
      forcedClose = setTimeout(() => ws.terminate(), 2000);
      forcedClose.unref();
    };
    const log = root.child({ type: 'websocket-log', websocket_id: randomUUID() });
    let operations = 0;
    // Work an operation starts (and what the router logs about it) runs in the operation's log scope.
    const startOperation: StartOperation = (payload, session, sink) => {
      const operationLog = log.child({ operation_id: ++operations, operation_name: payload.operationName ?? undefined });
      return runInLogScope(operationLog, () => options.startOperation(payload, session, sink));
    };
    const headers = { ...request.headers };
    for (const name of ['sec-websocket-key', 'sec-websocket-version', 'sec-websocket-extensions', 'upgrade', 'connection']) delete headers[name];
    const protocol = createConnection(
      subprotocol,
      {
        socket: {
          send: (text) => {
            if (ws.readyState !== WebSocket.OPEN) return;
            if (ws.bufferedAmount > options.maxBufferedBytes) {
              stats.overflowClosed++;
              log.warn({ buffered: ws.bufferedAmount }, 'websocket send buffer overflow; closing');
              closeSocket(CloseCode.TryAgainLater, 'send buffer overflow');
              entry.protocol.onClose();
              return;
            }
            stats.framesSent++;
            stats.bytesSent += text.length;
            ws.send(text);
          },
          close: closeSocket,
        },
        upgradeHeaders: headers,
        authenticate: options.authenticate,
        startOperation,
        keepAliveMs: options.keepAliveMs,
        initTimeoutMs: options.initTimeoutMs,
      },
      errorFormat,
    );
    const entry: Tracked = { ws, protocol, alive: true, slot: stats.accepted % HEARTBEAT_SLOTS };
    tracked.add(entry);
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      try {
        protocol.onMessage(text);
      } catch (error) {
        // The state machine does not throw; if it ever does, only this client pays for it.
        log.error({ err: error }, 'websocket message handler failed');
        closeSocket(CloseCode.InternalServerError, 'Internal server error');
        protocol.onClose();
      }
    });
    ws.on('pong', () => {
      entry.alive = true;
    });
    ws.on('error', (error) => log.info({ err: error }, 'websocket error'));
    ws.on('close', () => {
      if (forcedClose) clearTimeout(forcedClose);
      tracked.delete(entry);
      protocol.onClose();
    });
  };

  let tick = 0;
  const heartbeat = setInterval(() => {
    const slot = tick++ % HEARTBEAT_SLOTS;
    for (const entry of tracked) {
      if (entry.slot !== slot) continue;
      if (!entry.alive) {
        stats.heartbeatDropped++;
        entry.ws.terminate();
        continue;
      }
      entry.alive = false;
      entry.ws.ping();
    }
  }, options.heartbeatMs / HEARTBEAT_SLOTS);
  heartbeat.unref();

  server.on('upgrade', onUpgrade);

  const closeAll = async (code: number, reason: string): Promise<void> => {
    const closed = [...tracked].map(
      (entry) =>
        new Promise<void>((resolve) => {
          if (entry.ws.readyState === WebSocket.CLOSED) return resolve();
          entry.ws.once('close', () => resolve());
          entry.protocol.onClose();
          entry.ws.close(code, reason);
          setTimeout(() => entry.ws.terminate(), 1000).unref();
        }),
    );
    await Promise.all(closed);
  };

  return {
    get connections() {
      return tracked.size;
    },
    stats,
    closeAll,
    async close(code: number = CloseCode.ServiceRestart, reason = 'shutting server down') {
      closing = true;
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      await closeAll(code, reason);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
