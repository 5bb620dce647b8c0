import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/server.js';
import { MetricsRegistry } from '../../src/http/metrics.js';
import { createLogger, logEntry, runInLogScope, scopedLogger } from '../../src/platform/logger.js';

/** The engine's one logger: Hasura-like JSON lines, and children scoped to the work at hand. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { logger, lines };
}

describe('engine logger', () => {
  it('writes level names, an ISO timestamp, and no pid or hostname', () => {
    const { logger, lines } = capture();
    logger.child({ type: 'startup' }).info({ port: 8080 }, 'engine listening');
    expect(lines).toEqual([{ level: 'info', timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), type: 'startup', port: 8080, msg: 'engine listening' }]);
  });

  it('takes entries in the { level, msg, ...fields } shape', () => {
    const { logger, lines } = capture();
    logEntry(logger, { level: 'warn', msg: 'realtime listener disconnected', error: 'x' });
    logEntry(logger, { msg: 'no level given' });
    expect(lines.map(({ level, msg, error }) => ({ level, msg, error }))).toEqual([
      { level: 'warn', msg: 'realtime listener disconnected', error: 'x' },
      { level: 'info', msg: 'no level given', error: undefined },
    ]);
  });

  it('gives code handed a logger once the scope of the work in progress', async () => {
    const { logger, lines } = capture();
    const operation = logger.child({ websocket_id: 'w1', operation_id: 3 });
    await runInLogScope(operation, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      scopedLogger(logger).error('websocket operation failed');
    });
    scopedLogger(logger).info('outside');
    expect(lines.map(({ websocket_id, operation_id, msg }) => ({ websocket_id, operation_id, msg }))).toEqual([
      { websocket_id: 'w1', operation_id: 3, msg: 'websocket operation failed' },
      { websocket_id: undefined, operation_id: undefined, msg: 'outside' },
    ]);
  });

  it('logs a failed HTTP request with the request id it answered with', async () => {
    const { logger, lines } = capture();
    const server = createHttpServer({
      auth: { adminSecret: 'secret', unauthorizedRole: undefined },
      graphql: { execute: () => Promise.reject(new Error('executor crashed')) },
      metadata: { run: () => Promise.reject(new Error('metadata crashed')) },
      metrics: new MetricsRegistry(),
      maxRequestBytes: 2_000,
      corsDomain: '*',
      adminInternalErrors: true,
      version: 'test',
      logger,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const headers = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };
      const graphql = await fetch(`${base}/v1/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ a }' }) });
      const api = await fetch(`${base}/v1/metadata`, { method: 'POST', headers: { ...headers, 'x-request-id': 'given-id' }, body: '{}' });
      expect(api.status).toBe(500);
      expect(lines.map(({ type, request_id, level, msg }) => ({ type, request_id, level, msg }))).toEqual([
        { type: 'http-log', request_id: graphql.headers.get('x-request-id'), level: 'error', msg: 'graphql execution threw' },
        { type: 'http-log', request_id: 'given-id', level: 'error', msg: 'request failed' },
      ]);
      expect(lines[0]!.err).toMatchObject({ message: 'executor crashed', stack: expect.any(String) });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
