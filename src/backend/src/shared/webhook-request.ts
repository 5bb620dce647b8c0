import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { errorResponse, header, jsonResponse } from './http.js';
import type { Logger } from './logger.js';
import type { Outcome } from './outcome.js';
import type { FunctionRuntime } from './runtime.js';
import { WEBHOOK_SECRET_HEADER, webhookSecretMatches } from './webhook-secret.js';

/**
 * What every webhook the engine calls (event and scheduled triggers) checks first: POST only, and
 * the shared secret or 401 (500 when the function has none configured). Null when the request may go on.
 */
export function refusal(request: APIGatewayProxyEventV2, functionName: string, runtime: FunctionRuntime): APIGatewayProxyStructuredResultV2 | null {
  const method = request.requestContext?.http?.method ?? 'POST';
  if (method !== 'POST') return errorResponse(405, 'method-not-allowed', `${functionName} accepts POST only`, { allow: 'POST' });
  const secret = runtime.config.webhookSecret;
  if (!secret) {
    runtime.logger.error({ function: functionName }, 'EVENT_WEBHOOK_SECRET is not configured; refusing every event');
    return errorResponse(500, 'not-configured', 'the function has no webhook secret configured');
  }
  if (!webhookSecretMatches(secret, header(request, WEBHOOK_SECRET_HEADER))) {
    const reason = header(request, WEBHOOK_SECRET_HEADER) === undefined ? 'is missing' : 'does not match';
    runtime.logger.warn({ function: functionName, sourceIp: request.requestContext?.http?.sourceIp }, `webhook secret ${reason}`);
    return errorResponse(401, 'unauthorized', `the ${WEBHOOK_SECRET_HEADER} header ${reason}`);
  }
  return null;
}

/** 200 with the result when the effect is committed or deliberately skipped (a replay says so), 503 + Retry-After when it must wait. */
export function outcomeResponse(outcome: Outcome, logger: Logger): APIGatewayProxyStructuredResultV2 {
  if (outcome.kind === 'retry-later') {
    logger.info({ retryAfterSeconds: outcome.retryAfterSeconds }, outcome.message);
    return errorResponse(503, 'retry-later', outcome.message, { 'retry-after': String(outcome.retryAfterSeconds) });
  }
  logger.info({ result: outcome.result, replayed: outcome.replayed }, outcome.replayed ? 'event already processed' : `event ${outcome.result.status}`);
  return jsonResponse(200, outcome.result, outcome.replayed ? { 'x-idempotent-replay': 'true' } : {});
}
