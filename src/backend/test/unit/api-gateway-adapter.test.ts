import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { readBody } from '@3factor/http-body';
import { normalizeResult, toApiGatewayEvent, writeResult } from '../../src/http/api-gateway-adapter.js';

/** One real HTTP round trip through the adapter, returning the event the handler saw and the response. */
async function roundTrip(options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string }) {
  let seen: APIGatewayProxyEventV2 | undefined;
  const server = createServer(async (req, res) => {
    const body = await readBody(req, 1_000_000);
    seen = toApiGatewayEvent(req, body, `${req.method} /thing`);
    writeResult(res, normalizeResult({ statusCode: 201, headers: { 'x-a': 'b' }, cookies: ['s=1; Path=/'], body: Buffer.from('hi').toString('base64'), isBase64Encoded: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const response = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
  server.close();
  return { event: seen!, response };
}

describe('API Gateway v2 adapter', () => {
  it('builds a payload-2.0 event: lowercased headers, cookies apart, query, source ip, utf8 body', async () => {
    const { event, response } = await roundTrip({
      method: 'POST',
      path: '/thing?a=1&a=2&b=x',
      headers: { 'Content-Type': 'application/json', Cookie: 'x=1; y=2', 'X-Webhook-Secret': 's' },
      body: '{"k":"v"}',
    });
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /thing',
      rawPath: '/thing',
      rawQueryString: 'a=1&a=2&b=x',
      cookies: ['x=1', 'y=2'],
      queryStringParameters: { a: '1,2', b: 'x' },
      body: '{"k":"v"}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', path: '/thing', sourceIp: '127.0.0.1' }, stage: '$default' },
    });
    expect(event.headers['x-webhook-secret']).toBe('s');
    expect(event.headers.cookie).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.body).toBe('hi');
    expect(response.headers['x-a']).toBe('b');
    expect(response.headers['set-cookie']).toEqual(['s=1; Path=/']);
  });

  it('base64-encodes a binary body', async () => {
    const { event } = await roundTrip({ method: 'POST', path: '/thing', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 1, 2, 255]) });
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body!, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it('treats a bare value as a 200 JSON body, as API Gateway does', () => {
    expect(normalizeResult({ ok: true } as never)).toEqual({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' });
    expect(normalizeResult('"x"')).toMatchObject({ statusCode: 200, body: '"x"' });
  });
});
