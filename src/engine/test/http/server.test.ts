import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpDependencies } from '../../src/http/server.js';
import { MetricsRegistry } from '../../src/http/metrics.js';
import type { GraphQLExecutor, GraphQLRequest } from '../../src/http/graphql-types.js';
import type { Session } from '../../src/auth/session.js';
import type { MetadataExecutor } from '../../src/metadata/api/executor.js';

/**
 * The HTTP layer with test doubles behind its two seams (GraphQL execution and the metadata
 * executor), so routing, auth, batching, limits and error formats are checked over real HTTP.
 */
const seen: { request: GraphQLRequest; session: Session }[] = [];
const graphql: GraphQLExecutor = {
  async execute(request, session) {
    seen.push({ request, session });
    if (request.query.includes('boom')) throw new Error('executor crashed');
    if (request.query.includes('sqlerror')) {
      return { errors: [{ message: 'database query error', extensions: { path: '$', code: 'unexpected', internal: { statement: 'SELECT secret' } } }] };
    }
    return { data: { echo: request.operationName ?? null, role: session.role } };
  },
};
const metadataCalls: unknown[] = [];
const metadata: Pick<MetadataExecutor, 'run'> = {
  async run(endpoint, body, session) {
    metadataCalls.push({ endpoint, body, role: session.role });
    return { status: 200, body: { endpoint } };
  },
};

let server: Server;
let base: string;
const metrics = new MetricsRegistry();

beforeAll(async () => {
  metrics.register(() => '# TYPE a counter\na 1');
  metrics.register(() => 'b 2\n');
  const deps: HttpDependencies = {
    auth: { adminSecret: 'secret', unauthorizedRole: undefined },
    graphql,
    metadata,
    metrics,
    maxRequestBytes: 2_000,
    corsDomain: 'https://app.example.com, https://*.example.org',
    adminInternalErrors: true,
    version: 'v2.48.10-test',
  };
  server = createHttpServer(deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };

async function post(path: string, body: unknown, headers: Record<string, string> = admin) {
  const response = await fetch(base + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown, headers: response.headers };
}

describe('/v1/graphql', () => {
  it('runs a single request with the authenticated session', async () => {
    const r = await post('/v1/graphql', { query: 'query A { x }', operationName: 'A' }, { ...admin, 'x-hasura-role': 'user', 'x-hasura-user-id': '4' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { echo: 'A', role: 'user' } });
    expect(seen.at(-1)!.session.variables).toEqual({ 'x-hasura-role': 'user', 'x-hasura-user-id': '4' });
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers whole-request failures on /v1alpha1/graphql with their status, as Hasura does', async () => {
    const failed = await post('/v1alpha1/graphql', { query: '{ a }' }, { 'content-type': 'application/json' });
    expect(failed.status).toBe(401);
    expect(failed.body).toMatchObject({ errors: [{ extensions: { code: 'access-denied' } }] });
    expect((await post('/v1alpha1/graphql', { query: '{ boom }' })).status).toBe(500);
    expect((await post('/v1alpha1/graphql', { nope: 1 })).status).toBe(400);
    expect((await post('/v1alpha1/graphql', { query: '{ a }' })).status).toBe(200);
  });

  it('runs a batch in order and answers with an array', async () => {
    const before = seen.length;
    const r = await post('/v1alpha1/graphql', [
      { query: '{ a }', operationName: 'one' },
      { query: '{ b }', operationName: 'two' },
    ]);
    expect(r.body).toEqual([{ data: { echo: 'one', role: 'admin' } }, { data: { echo: 'two', role: 'admin' } }]);
    expect(seen.slice(before).map((s) => s.request.operationName)).toEqual(['one', 'two']);
  });

  it('answers auth failures with HTTP 200 and Hasura codes', async () => {
    const missing = await post('/v1/graphql', { query: '{ a }' }, { 'content-type': 'application/json' });
    expect(missing).toMatchObject({
      status: 200,
      body: { errors: [{ extensions: { path: '$', code: 'access-denied' }, message: 'x-hasura-admin-secret/x-hasura-access-key required, but not found' }] },
    });
    const wrong = await post('/v1/graphql', { query: '{ a }' }, { 'x-hasura-admin-secret': 'nope' });
    expect(wrong.body).toMatchObject({ errors: [{ extensions: { code: 'access-denied' } }] });
  });

  it('reports malformed bodies as invalid-json / parse-failed without calling the executor', async () => {
    const before = seen.length;
    const broken = await post('/v1/graphql', '{"query": ');
    expect(broken.status).toBe(200);
    expect(broken.body).toMatchObject({ errors: [{ extensions: { path: '$', code: 'invalid-json' } }] });
    const noQuery = await post('/v1/graphql', { variables: {} });
    expect(noQuery.body).toMatchObject({ errors: [{ extensions: { code: 'parse-failed' }, message: 'Error in $: key "query" not found' }] });
    const badVariables = await post('/v1/graphql', { query: '{ a }', variables: [1] });
    expect(badVariables.body).toMatchObject({ errors: [{ extensions: { code: 'parse-failed' } }] });
    const badBatch = await post('/v1/graphql', [{ query: '{ a }' }, 5]);
    expect(badBatch.body).toMatchObject({ errors: [{ extensions: { code: 'parse-failed' } }] });
    expect(seen.length).toBe(before);
  });

  it('refuses bodies over the limit with 413 and a clear message', async () => {
    const r = await post('/v1/graphql', { query: `{ a } #${'x'.repeat(3_000)}` });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ errors: [{ extensions: { code: 'request-too-large' } }] });
    expect(JSON.stringify(r.body)).toContain('2000 bytes');
  });

  it('turns an executor crash into an error response and keeps serving', async () => {
    const r = await post('/v1/graphql', { query: '{ boom }' });
    expect(r).toMatchObject({ status: 200, body: { errors: [{ extensions: { code: 'unexpected' } }] } });
    expect((await post('/v1/graphql', { query: '{ a }' })).status).toBe(200);
  });

  it('shows internal error details to admin only', async () => {
    const asAdmin = await post('/v1/graphql', { query: '{ sqlerror }' });
    expect(JSON.stringify(asAdmin.body)).toContain('SELECT secret');
    const asUser = await post('/v1/graphql', { query: '{ sqlerror }' }, { ...admin, 'x-hasura-role': 'user' });
    expect(JSON.stringify(asUser.body)).not.toContain('SELECT secret');
    expect(asUser.body).toEqual({ errors: [{ message: 'database query error', extensions: { path: '$', code: 'unexpected' } }] });
  });
});

describe('metadata endpoints', () => {
  it('route to the executor by path with the session', async () => {
    for (const [path, endpoint] of [
      ['/v1/metadata', 'metadata'],
      ['/v1/query', 'query'],
      ['/v2/query', 'queryV2'],
    ] as const) {
      const r = await post(path, { type: 'export_metadata', args: {} });
      expect(r).toMatchObject({ status: 200, body: { endpoint } });
    }
    expect(metadataCalls.at(-1)).toEqual({ endpoint: 'queryV2', body: { type: 'export_metadata', args: {} }, role: 'admin' });
  });

  it('answer auth failures with 401 and bad JSON with 400 in the legacy error format', async () => {
    const r = await post('/v1/metadata', { type: 'export_metadata', args: {} }, { 'content-type': 'application/json' });
    expect(r).toEqual({
      status: 401,
      body: { path: '$', error: 'x-hasura-admin-secret/x-hasura-access-key required, but not found', code: 'access-denied' },
      headers: r.headers,
    });
    const bad = await post('/v1/query', 'nope');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ path: '$', code: 'invalid-json' });
  });
});

describe('plain endpoints', () => {
  it('serves /healthz, /v1/version, /metrics and /console', async () => {
    const health = await fetch(base + '/healthz');
    expect([health.status, await health.text()]).toEqual([200, 'OK']);
    expect(await (await fetch(base + '/v1/version')).json()).toEqual({ version: 'v2.48.10-test' });
    const metricsResponse = await fetch(base + '/metrics', { headers: { 'x-hasura-admin-secret': 'secret' } });
    expect(metricsResponse.headers.get('content-type')).toContain('text/plain');
    expect(await metricsResponse.text()).toBe('# TYPE a counter\na 1\nb 2\n');
    const page = await fetch(base + '/console');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('/v1/graphql');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('answers unknown paths and wrong methods with not-found', async () => {
    const unknown = await fetch(base + '/v1/nothing', { method: 'POST', body: '{}' });
    expect([unknown.status, await unknown.json()]).toEqual([404, { path: '$', error: 'resource does not exist', code: 'not-found' }]);
    expect((await fetch(base + '/v1/graphql')).status).toBe(404);
  });

  it('applies CORS to allowed origins only and answers preflights', async () => {
    const allowed = await fetch(base + '/healthz', { headers: { origin: 'https://app.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const wildcard = await fetch(base + '/healthz', { headers: { origin: 'https://shop.example.org' } });
    expect(wildcard.headers.get('access-control-allow-origin')).toBe('https://shop.example.org');
    const denied = await fetch(base + '/healthz', { headers: { origin: 'https://evil.com' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(base + '/v1/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
  });
});

describe('misbehaving clients', () => {
  it('survive a client that hangs up mid-body and one that sends garbage', async () => {
    const { connect } = await import('node:net');
    const port = Number(new URL(base).port);
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /v1/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": "');
        socket.destroy();
        resolve();
      });
    });
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('close', () => resolve());
      socket.resume();
    });
    const health = await fetch(base + '/healthz');
    expect(await health.text()).toBe('OK');
  });
});
