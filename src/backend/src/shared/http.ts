import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { HttpError } from './errors.js';

/** Every function's handler: an API Gateway HTTP API (payload v2) Lambda handler. */
export type FunctionHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** The error body every function uses: a machine-readable code and a sentence for people. */
export function errorResponse(statusCode: number, code: string, message: string, headers: Record<string, string> = {}) {
  return jsonResponse(statusCode, { error: code, message }, headers);
}

export function requestBodyText(event: APIGatewayProxyEventV2): string {
  if (event.body === undefined || event.body === null) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** The request body as JSON, or a 400 that says why not. */
export function parseJsonBody(event: APIGatewayProxyEventV2): unknown {
  const text = requestBodyText(event);
  if (text.trim() === '') throw new HttpError(400, 'invalid-payload', 'the request body is empty: expected a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'invalid-payload', `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const headers = event.headers ?? {};
  const direct = headers[name];
  if (direct !== undefined) return direct;
  // API Gateway lowercases header names; a hand-made event may not.
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === lower) return value;
  return undefined;
}
