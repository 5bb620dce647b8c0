import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body is larger than the limit of ${limit} bytes (HASURA_GRAPHQL_MAX_REQUEST_BYTES)`);
    this.name = 'BodyTooLargeError';
  }
}

/** Reads the whole body, refusing more than `limit` bytes without buffering the excess. */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        request.resume();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    request.on('error', (error) => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
    // A client that hangs up mid-body: settle instead of waiting for an end that never comes.
    request.on('close', () => {
      if (!done) {
        done = true;
        reject(new Error('client closed the connection before sending the whole body'));
      }
    });
  });
}

/** Parses JSON; the error message follows aeson's "Error in $: ..." as Hasura reports it. */
export function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    return { ok: false, message: `Error in $: ${(error as Error).message}` };
  }
}
