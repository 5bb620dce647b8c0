import { applyRequestTransform, applyResponseTransform, requestContext, TransformErrorBundle, type RequestContext } from './apply.js';
import type { Json } from './kriti/index.js';
import type { RequestTransform, ResponseTransform } from './transform-spec.js';
import { bodyText, requestUrl, webhookRequest } from './webhook-request.js';

/**
 * One webhook call through a request transform, as actions, event triggers and scheduled
 * events send it: the JSON body Hasura would POST, rewritten before it goes out.
 */
export interface WebhookCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface TransformedCall extends WebhookCall {
  /** What a response transform sees as `$request`. */
  context: RequestContext;
}

export function transformCall(
  transform: RequestTransform | undefined,
  call: { url: string; headers: Record<string, string>; body: string },
  sessionVariables: Record<string, string> | null,
): TransformedCall {
  const request = webhookRequest(call.url, 'POST', Object.entries(call.headers), { kind: 'json', value: JSON.parse(call.body) as Json });
  const context = requestContext(request, call.url, sessionVariables);
  if (!transform) return { method: 'POST', url: call.url, headers: call.headers, body: call.body, context };
  const out = applyRequestTransform(transform, request, context);
  const headers: Record<string, string> = {};
  for (const [name, value] of out.headers) headers[name] = value;
  return { method: out.method, url: requestUrl(out), headers, body: bodyText(out.body) ?? '', context };
}

/** A handler's response body through a response transform (the body as Hasura reads it: JSON, else null). */
export function transformResponseBody(
  transform: ResponseTransform | undefined,
  response: { body: string; status: number },
  context: RequestContext,
  sessionVariables: Record<string, string> | null,
): string {
  if (!transform?.body) return response.body;
  let body: Json = null;
  try {
    body = JSON.parse(response.body) as Json;
  } catch {
    // Hasura decodes a body that is not JSON as null.
  }
  return JSON.stringify(applyResponseTransform(transform, { body, status: response.status }, context, sessionVariables));
}

export { TransformErrorBundle };
