/**
 * Hasura's action handler protocol (GraphQL/Execute/Action.hs `callWebhook`), free of I/O: the
 * request body and headers, and how an answer becomes the output or an error, with Hasura's
 * messages and codes.
 */
import type { ActionInfo } from '../schema/catalog.js';
import type { DeliveryResult } from '../events/retry-policy.js';
import { resolveHeaders, resolveTemplate, type Env } from '../events/env-template.js';

export interface ActionPayload {
  action: { name: string };
  input: Record<string, unknown>;
  session_variables: Record<string, string>;
  /** The client's query; Hasura's async processor has none to send, and leaves the key out. */
  request_query?: string;
}

export function actionPayload(action: ActionInfo, input: Record<string, unknown>, sessionVariables: Record<string, string>, query: string): ActionPayload {
  return { action: { name: action.name }, input, session_variables: sessionVariables, ...(query ? { request_query: query } : {}) };
}

/** Node's request headers as one string each (repeated headers joined), as Hasura keeps them. */
export function plainHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(',') : value;
  return out;
}

/** Hasura's commonClientHeadersIgnored: never forwarded to a handler. */
const NOT_FORWARDED = new Set([
  'content-length',
  'content-md5',
  'user-agent',
  'host',
  'origin',
  'referer',
  'accept',
  'accept-encoding',
  'accept-language',
  'accept-datetime',
  'cache-control',
  'connection',
  'dnt',
  'content-type',
]);

/** Hasura's mkClientHeadersForward: the client's headers less the common ones and session variables, plus X-Forwarded-*. */
export function forwardedClientHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'host') out['X-Forwarded-Host'] = value;
    if (lower === 'user-agent') out['X-Forwarded-User-Agent'] = value;
    if (lower === 'origin') out['X-Forwarded-Origin'] = value;
    if (NOT_FORWARDED.has(lower) || lower.startsWith('x-hasura-')) continue;
    out[lower] = value;
  }
  return out;
}

/** URL and headers for one call; configured headers win over forwarded ones, Content-Type is always JSON. */
export function handlerRequest(action: ActionInfo, clientHeaders: Readonly<Record<string, string>>, env: Env): { url: string; headers: Record<string, string> } {
  const configured = resolveHeaders(action.headers, env).send;
  const forwarded = action.forwardClientHeaders ? forwardedClientHeaders(clientHeaders) : {};
  const headers: Record<string, string> = { ...forwarded };
  for (const [name, value] of Object.entries(configured)) {
    for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
    headers[name] = value;
  }
  return { url: resolveTemplate(action.handler, env), headers };
}

/** A handler failure as Hasura reports it: message, code, and either its extensions or internal detail. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions?: Record<string, unknown> | null,
    readonly internal?: unknown,
  ) {
    super(message);
  }

  /** What the async log stores in `errors` (Hasura's QErr JSON). */
  toJSON(): Record<string, unknown> {
    return { path: '$', error: this.message, code: this.code, ...(this.internal === undefined ? {} : { internal: this.internal }) };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Hasura's validateResponseObject: non-null fields present and not null. Fields beyond the
 * output type are ignored, as Hasura v2 does (tests-py `mirror_action_unexpected_field`).
 */
function validateObject(action: ActionInfo, value: Record<string, unknown>): void {
  for (const f of action.output.object.fields) {
    if (!f.type.text.trim().endsWith('!')) continue;
    if (!(f.name in value)) throw new ActionError(`field "${f.name}" expected in webhook response, but not found`, 'unexpected');
    if (value[f.name] === null) throw new ActionError(`expecting not null value for field "${f.name}"`, 'unexpected');
  }
}

/** The handler's answer → its JSON output, or the ActionError Hasura raises. */
export function readHandlerResponse(action: ActionInfo, result: DeliveryResult, request: { url: string; body: unknown; headers?: unknown[] }): unknown {
  // Hasura's ActionRequestInfo / ActionResponseInfo, shown to admin in `extensions.internal`.
  const requestInfo = { body: request.body, url: request.url, headers: request.headers ?? [] };
  if (result.kind !== 'response') {
    throw new ActionError('http exception when calling webhook', 'unexpected', undefined, { error: result.message, request: requestInfo });
  }
  let body: unknown;
  try {
    body = JSON.parse(result.body);
  } catch (error) {
    throw new ActionError('not a valid json response from webhook', 'unexpected', undefined, {
      error: `invalid json: ${(error as Error).message}`,
      request: requestInfo,
      response: { status: result.status, body: result.body, headers: result.headers },
    });
  }
  const internal = { error: 'unexpected response', response: { status: result.status, body, headers: result.headers }, request: requestInfo };
  if (result.status >= 200 && result.status < 300) {
    try {
      if (Array.isArray(body)) {
        if (!action.output.isList) throw new ActionError('expecting object for action webhook response but got array', 'unexpected');
        for (const item of body) {
          if (!isObject(item)) throw new ActionError('expecting object or array of objects for action webhook response', 'parse-failed');
          validateObject(action, item);
        }
      } else if (isObject(body)) {
        if (action.output.isList) throw new ActionError('expecting array for action webhook response but got object', 'unexpected');
        validateObject(action, body);
      } else {
        throw new ActionError('expecting object or array of objects for action webhook response', 'parse-failed');
      }
    } catch (error) {
      if (error instanceof ActionError) throw new ActionError(error.message, error.code, undefined, internal);
      throw error;
    }
    return body;
  }
  if (result.status >= 400 && result.status < 500) {
    if (!isObject(body) || typeof body.message !== 'string') throw new ActionError('key "message" not found', 'parse-failed', undefined, internal);
    const extensions = isObject(body.extensions) ? body.extensions : null;
    return fail(new ActionError(body.message, typeof body.code === 'string' ? body.code : 'unexpected', extensions));
  }
  throw new ActionError('internal error', 'unexpected', undefined, {
    error: `expecting 2xx or 4xx status code, but found ${result.status}`,
    request: requestInfo,
    response: { status: result.status, body, headers: result.headers },
  });
}

function fail(error: ActionError): never {
  throw error;
}
