import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody } from '@3factor/http-body';
import type { JwtKey } from './config.js';
import type { SimulationRunner } from './runner.js';
import { InvalidStartOptions } from './simulation.js';
import { checkAnalystToken } from './verify-analyst.js';

/**
 * The load generator's HTTP control, mounted under any prefix:
 *   GET  /status  → counters
 *   POST /start   {ordersPerMinute, customers} → counters
 *   POST /stop    → counters
 * Every request carries an analyst's bearer token. CORS is open because the token, not a
 * cookie, is the credential (the standalone server runs on another port than the app).
 */
const MAX_BODY_BYTES = 4096;

export type ControlHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  });
  res.end(status === 204 ? undefined : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new InvalidStartOptions('request body too large');
    throw error;
  }
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidStartOptions('request body is not JSON');
  }
}

export function createControlHandler(runner: SimulationRunner, jwt: JwtKey | undefined): ControlHandler {
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/+$/, '') || '/';
    if (req.method === 'OPTIONS') return send(res, 204, undefined);
    const route = `${req.method} ${path}`;
    if (!['GET /status', 'POST /start', 'POST /stop'].includes(route)) {
      return send(res, 404, { error: `no ${route} here: use GET /status, POST /start or POST /stop` });
    }
    const auth = await checkAnalystToken(req.headers.authorization, jwt);
    if (!auth.ok) return send(res, auth.status, { error: auth.error });
    try {
      if (route === 'GET /status') return send(res, 200, runner.status());
      if (route === 'POST /stop') return send(res, 200, await runner.stop());
      const body = (await readJson(req)) as { ordersPerMinute?: unknown; customers?: unknown };
      return send(res, 200, await runner.start({ ordersPerMinute: Number(body.ordersPerMinute), customers: Number(body.customers) }));
    } catch (error) {
      if (error instanceof InvalidStartOptions) return send(res, 400, { error: error.message });
      return send(res, 502, { error: `the load generator could not start: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
}
