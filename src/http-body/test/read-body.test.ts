import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '@3factor/http-body';

/** Over real HTTP: what the server's reader got for each request, and what the client heard. */
const LIMIT = 100;
const outcomes: (string | Error)[] = [];
const server = createServer((request: IncomingMessage, response) => {
  readBody(request, LIMIT).then(
    (body) => {
      outcomes.push(body.toString('utf8'));
      response.end('ok');
    },
    (error: Error) => {
      outcomes.push(error);
      if (error instanceof BodyTooLargeError) response.writeHead(413, { connection: 'close' }).end('too large');
    },
  );
});
let port: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function send(chunks: string[], headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const last = () => outcomes[outcomes.length - 1];

describe('readBody', () => {
  it('reads a body in pieces', async () => {
    expect(await send(['{"a":', '1}'])).toBe(200);
    expect(last()).toBe('{"a":1}');
  });

  it('refuses a declared length over the limit before reading', async () => {
    expect(await send(['x'.repeat(150)], { 'content-length': '150' })).toBe(413);
    expect(last()).toBeInstanceOf(BodyTooLargeError);
    expect((last() as Error).message).toBe('request body is larger than the limit of 100 bytes');
  });

  it('refuses a chunked body once it grows past the limit', async () => {
    expect(await send(['x'.repeat(60), 'x'.repeat(60)])).toBe(413);
    expect(last()).toBeInstanceOf(BodyTooLargeError);
  });

  it('settles when the client hangs up mid-body', async () => {
    const before = outcomes.length;
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', headers: { 'content-length': '50' } });
      req.on('error', () => resolve());
      req.write('x'.repeat(10), () => setTimeout(() => req.destroy(), 20));
    });
    await expect.poll(() => outcomes.length).toBe(before + 1);
    // Node reports the abort as an error ('aborted') or, failing that, as the close.
    expect(last()).toBeInstanceOf(Error);
    expect(last()).not.toBeInstanceOf(BodyTooLargeError);
  });
});
