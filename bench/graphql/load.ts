/**
 * The load generator, in its own process so it does not share an event loop with either
 * server: autocannon, closed loop (each connection sends its next request when the last
 * answer arrived) at a fixed number of connections, for a fixed time. Every answer's body is checked: an HTTP error or a GraphQL `errors` key counts
 * as a failed request, never as throughput. Driven over IPC by index.ts: {run} -> {result}.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { depsDir } from './servers.js';

export interface LoadRun {
  url: string;
  /** JSON request bodies, sent in turn. */
  bodies: string[];
  /** Extra headers, per body (same length as bodies) or one set for all. */
  headers: Record<string, string>[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  failed: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms, of the successful requests. */
  p50: number;
  p99: number;
  bytesPerResponse: number;
  firstFailure?: string;
}

interface AutocannonRequest {
  method: string;
  setupRequest(request: { body?: string; headers?: Record<string, string> }): object;
  onResponse(status: number, body: string): void;
}
interface AutocannonInstance extends PromiseLike<{ duration: number; errors: number; timeouts: number }> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests: AutocannonRequest[]; headers: Record<string, string> }) => AutocannonInstance;

const autocannon = createRequire(join(depsDir, 'package.json'))('autocannon') as Autocannon;

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

async function fire(run: LoadRun, seconds: number): Promise<LoadResult> {
  let next = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let bytes = 0;
  const request: AutocannonRequest = {
    method: 'POST',
    setupRequest(req) {
      const i = next++ % run.bodies.length;
      return { ...req, body: run.bodies[i], headers: { ...req.headers, ...run.headers[run.headers.length === 1 ? 0 : i] } };
    },
    onResponse(status, body) {
      if (status !== 200 || body.includes('"errors":')) {
        failed++;
        firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    },
  };
  const instance = autocannon({ url: run.url, connections: run.connections, duration: seconds, requests: [request], headers: { 'content-type': 'application/json' } });
  instance.on('response', (_client, statusCode, responseBytes, ms) => {
    if (statusCode !== 200) return;
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = ms;
    bytes += responseBytes;
  });
  const result = await instance;
  const sorted = latencies.subarray(0, count).sort();
  const transportErrors = result.errors + result.timeouts;
  const requests = count + transportErrors;
  return {
    requests,
    failed: failed + transportErrors,
    seconds: result.duration,
    requestsPerSecond: (count - failed) / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    bytesPerResponse: count ? bytes / count : 0,
    firstFailure,
  };
}

process.on('message', (message: { run?: LoadRun; close?: true }) => {
  void (async () => {
    if (message.close) {
      process.disconnect();
      return;
    }
    try {
      process.send!({ result: await fire(message.run!, message.run!.seconds) });
    } catch (error) {
      process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  })();
});
