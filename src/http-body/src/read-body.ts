import type { IncomingMessage } from 'node:http';

/** The body (or its declared length) exceeds the limit; each server answers 413 in its own format. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body is larger than the limit of ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads the whole body, refusing more than `limit` bytes: a declared Content-Length over the
 * limit is refused before reading, and the excess of a body that grows past it is drained,
 * never buffered. A client that hangs up mid-body settles the promise instead of leaving it
 * waiting for an end that never comes.
 */
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
    const settle = (outcome: () => void) => {
      if (done) return;
      done = true;
      outcome();
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        request.resume();
        settle(() => reject(new BodyTooLargeError(limit)));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    request.on('error', (error) => settle(() => reject(error)));
    request.on('close', () => settle(() => reject(new Error('client closed the connection before sending the whole body'))));
  });
}
