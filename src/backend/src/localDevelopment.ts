import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { FUNCTION_ROUTES } from './functions.js';
import { BodyTooLargeError, readBody } from '@3factor/http-body';
import { lambdaContext, normalizeResult, toApiGatewayEvent, writeResult } from './http/api-gateway-adapter.js';
import { backendConfigFromEnv, type BackendConfig } from './shared/config.js';
import { toError } from './shared/errors.js';
import type { FunctionHandler } from './shared/http.js';
import type { Logger } from './shared/logger.js';
import { createRuntime, type FunctionRuntime } from './shared/runtime.js';
import type { PaymentGateway } from './payment/gateway.js';

/**
 * The functions on one HTTP server for development and tests: every Lambda handler
 * mounted at its path (`/validate-order`, `/payment`, `/restaurant-approval`,
 * `/agent-assignment`, `/auth/signup`, `/auth/login`) through the API Gateway adapter,
 * plus `/healthz`.
 */
export interface FunctionsServer {
  port: number;
  url: string;
  runtime: FunctionRuntime;
  /** Stops accepting requests, lets running ones finish, then closes the pool. */
  close(): Promise<void>;
}

export interface FunctionsServerOptions {
  logger?: Logger;
  gateway?: PaymentGateway;
}

export async function startFunctionsServer(config: BackendConfig, options: FunctionsServerOptions = {}): Promise<FunctionsServer> {
  const runtime = createRuntime(config, options);
  const routes = new Map<string, { name: string; handler: FunctionHandler }>();
  for (const route of FUNCTION_ROUTES) {
    const handler = route.build(runtime);
    for (const path of route.paths) routes.set(path, { name: route.name, handler });
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
      return;
    }
    const route = routes.get(path);
    if (!route) {
      writeResult(response, { statusCode: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'not-found', message: `no function at ${path}` }) });
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request, config.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader('connection', 'close');
        writeResult(response, { statusCode: 413, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'payload-too-large', message: error.message }) });
        return;
      }
      throw error;
    }
    const event = toApiGatewayEvent(request, body, `${(request.method ?? 'GET').toUpperCase()} ${path}`);
    const result = await route.handler(event, lambdaContext(route.name, event.requestContext.requestId));
    writeResult(response, normalizeResult(result));
  }

  const server: Server = createServer((request, response) => {
    serve(request, response).catch((thrown) => {
      const error = toError(thrown);
      runtime.logger.error({ err: error, url: request.url }, 'request failed outside the handler');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'internal-error', message: error.message }));
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${config.host}:${port}`,
    runtime,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await runtime.close();
      })();
      return closing;
    },
  };
}

async function main(): Promise<void> {
  const config = backendConfigFromEnv(process.env);
  const server = await startFunctionsServer(config);
  const { logger } = server.runtime;
  logger.info({ url: server.url, functions: FUNCTION_ROUTES.flatMap((r) => r.paths) }, 'functions listening');
  if (!config.webhookSecret) logger.warn('EVENT_WEBHOOK_SECRET is not set: every event will be refused');
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping: finishing requests in flight');
    // Hasura retries an event whose request was cut off, but a clean stop cuts off none.
    const force = setTimeout(() => {
      logger.warn('requests still running after 10 s; exiting anyway');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: toError(error) }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    process.stderr.write(`functions failed to start: ${toError(error).stack}\n`);
    process.exit(1);
  });
}
