import http from 'node:http';
import https from 'node:https';
import type { DeliveryResult, HttpHeader } from './retry-policy.js';

/**
 * POSTs webhook bodies over keep-alive connections. Never rejects: every way a request
 * can end becomes a `DeliveryResult`, so a failure always turns into a recorded attempt.
 */
export interface HttpPoster {
  /** POST unless a request transform chose another method; an empty body is sent as none. */
  post(request: { url: string; headers: Record<string, string>; body: string; timeoutMs: number; signal?: AbortSignal; method?: string }): Promise<DeliveryResult>;
  close(): void;
}

/** Response bodies beyond this are cut in the invocation log; the webhook's answer is a status. */
const MAX_LOGGED_BODY_BYTES = 1 << 20;

export function createHttpPoster(options: { maxSockets: number }): HttpPoster {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
  };

  function post({ url, headers, body, timeoutMs, signal, method }: Parameters<HttpPoster['post']>[0]): Promise<DeliveryResult> {
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      let req: http.ClientRequest | undefined;
      function onAbort() {
        finish({ kind: 'error', message: 'delivery aborted: the events processor is stopping' });
        req?.destroy();
      }
      const finish = (result: DeliveryResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };
      if (signal?.aborted) return onAbort();
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return finish({ kind: 'error', message: `invalid webhook URL: ${url}` });
      }
      const agent = target.protocol === 'https:' ? agents['https:'] : target.protocol === 'http:' ? agents['http:'] : undefined;
      if (!agent) return finish({ kind: 'error', message: `unsupported webhook URL scheme: ${target.protocol}` });
      const transport = target.protocol === 'https:' ? https : http;
      const payload = Buffer.from(body);
      req = transport.request(target, {
        method: method ?? 'POST',
        agent,
        headers: payload.length === 0 && method !== undefined && method !== 'POST' ? headers : { ...headers, 'Content-Length': String(payload.length) },
      });
      timer = setTimeout(() => {
        finish({ kind: 'timeout', message: `webhook did not respond within ${timeoutMs / 1000} s` });
        req?.destroy();
      }, timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error) => finish({ kind: 'error', message: error.message }));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_LOGGED_BODY_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('error', (error) => finish({ kind: 'error', message: error.message }));
        res.on('end', () => {
          const headerList: HttpHeader[] = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            headerList.push({ name: res.rawHeaders[i]!, value: res.rawHeaders[i + 1]! });
          }
          const text = Buffer.concat(chunks).toString('utf8');
          finish({
            kind: 'response',
            status: res.statusCode ?? 0,
            headers: headerList,
            body: size > MAX_LOGGED_BODY_BYTES ? text.slice(0, MAX_LOGGED_BODY_BYTES) : text,
          });
        });
      });
      req.end(payload);
    });
  }

  return {
    post,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
