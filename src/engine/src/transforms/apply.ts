import { escapeUri, KritiError, runKriti, sessionFunctions, type Json } from './kriti/index.js';
import type { BodyTransform, RequestTransform, ResponseTransform } from './transform-spec.js';
import { parseKriti } from './kriti/index.js';
import { parseQuery, type RequestBody, type WebhookRequest } from './webhook-request.js';

/**
 * Applying transforms (Hasura's `applyRequestTransform`, `applyResponseTransform`): every field
 * is computed from the same context, the request as it was before any transform.
 */

/** Hasura's `TransformErrorBundle`: the errors of one transform, as JSON for `internal`. */
export class TransformErrorBundle extends Error {
  constructor(readonly errors: unknown[]) {
    super(errors.map((e) => (e as { message?: string }).message ?? JSON.stringify(e)).join('; '));
  }
}

function bundle(message: string, value?: Json): TransformErrorBundle {
  return new TransformErrorBundle([{ error_code: 'TransformationError', message, ...(value === undefined ? {} : { value }) }]);
}

function run(template: string, variables: Record<string, Json>, sessionVariables: Record<string, string> | null): Json {
  try {
    return runKriti(template, variables, sessionFunctions(sessionVariables));
  } catch (error) {
    if (error instanceof KritiError) throw new TransformErrorBundle([error.toJSON()]);
    throw error;
  }
}

/** Hasura's `encodeScalar`: what an unescaped template (URL, query, header, form field) makes. */
function runUnescaped(template: string, variables: Record<string, Json>, sessionVariables: Record<string, string> | null): string {
  const value = run(`"${template}"`, variables, sessionVariables);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  throw bundle('Template must produce a String, Number, or Boolean value', value);
}

/** Parse errors of every template, as Hasura validates a transform before using it; empty when it is valid. */
export function templateErrors(templates: readonly string[]): unknown[] {
  const errors: unknown[] = [];
  for (const template of templates) {
    try {
      parseKriti(template);
    } catch (error) {
      if (error instanceof KritiError) errors.push(error.toJSON());
      else throw error;
    }
  }
  return errors;
}

/** What request templates see: `$body`, `$session_variables`, `$query_params`, `$base_url`. */
export interface RequestContext {
  body: Json;
  session_variables: Record<string, string> | null;
  query_params: Json;
  base_url: string;
}

export function requestContext(request: WebhookRequest, baseUrl: string, sessionVariables: Record<string, string> | null): RequestContext {
  const body: Json = request.body.kind === 'json' ? request.body.value : request.body.kind === 'raw' ? safeJson(request.body.text) : null;
  return { body, session_variables: sessionVariables, query_params: request.query.map(([k, v]) => [k, v]), base_url: baseUrl };
}

function safeJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

function variablesOf(context: RequestContext): Record<string, Json> {
  return { $body: context.body, $session_variables: context.session_variables, $query_params: context.query_params, $base_url: context.base_url };
}

/** `k=v&…`, each part escaped as Hasura's `foldFormEncoded` does. */
function formEncode(pairs: readonly [string, string][]): string {
  return pairs.map(([k, v]) => `${escapeUri(k)}=${escapeUri(v)}`).join('&');
}

function scalarText(value: Json): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function transformBody(body: BodyTransform, variables: Record<string, Json>, session: Record<string, string> | null, formEncodeJson: boolean): RequestBody {
  switch (body.action) {
    case 'remove':
      return { kind: 'none' };
    case 'transform': {
      const value = run(body.template, variables, session);
      if (formEncodeJson && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return { kind: 'raw', text: formEncode(Object.entries(value).map(([k, v]) => [k, scalarText(v)])) };
      }
      return { kind: 'json', value };
    }
    case 'x_www_form_urlencoded':
      return { kind: 'raw', text: formEncode(body.formTemplate.map(([k, t]) => [k, runUnescaped(t, variables, session)])) };
  }
}

export function applyRequestTransform(transform: RequestTransform, request: WebhookRequest, context: RequestContext): WebhookRequest {
  const variables = variablesOf(context);
  const session = context.session_variables;
  const errors: unknown[] = [];
  // Hasura runs every field and reports the errors of all of them together.
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof TransformErrorBundle)) throw error;
      errors.push(...error.errors);
      return fallback;
    }
  };
  const method = transform.method ?? request.method;
  const url =
    transform.url === undefined
      ? request.url
      : attempt(() => {
          const text = runUnescaped(transform.url!, variables, session);
          try {
            new URL(text);
          } catch {
            throw bundle(`Invalid URL: ${text}`);
          }
          return text;
        }, request.url);
  const body = transform.body ? attempt(() => transformBody(transform.body!, variables, session, transform.formEncodeBody === true), request.body) : request.body;
  let query = request.query;
  if (transform.query?.kind === 'template') {
    const template = transform.query.template;
    query = attempt(() => parseQuery(runUnescaped(template, variables, session)), query);
  } else if (transform.query?.kind === 'pairs') {
    const pairs = transform.query.pairs;
    query = attempt(() => {
      const out: [string, string | null][] = [];
      for (const [k, t] of pairs) {
        const key = runUnescaped(k, variables, session);
        const value = t === null ? null : runUnescaped(t, variables, session);
        if (key !== 'null' && value !== 'null') out.push([key, value]);
      }
      return out;
    }, query);
  }
  let headers = request.headers;
  if (transform.headers) {
    const { add, remove } = transform.headers;
    headers = attempt(() => {
      const added = add.map(([name, t]): [string, string] => [name, runUnescaped(t, variables, session)]);
      const dropped = new Set([...remove, ...add.map(([name]) => name)].map((name) => name.toLowerCase()));
      return [...request.headers.filter(([name]) => !dropped.has(name.toLowerCase())), ...added];
    }, headers);
  }
  if (errors.length) throw new TransformErrorBundle(errors);
  return { method, url, query, headers, body };
}

/** A handler's response through a response transform: `$body`, `$request`, `$response.status`, `$session_variables`. */
export function applyResponseTransform(
  transform: ResponseTransform,
  response: { body: Json; status: number },
  request: RequestContext,
  sessionVariables: Record<string, string> | null,
): Json {
  if (!transform.body) return response.body;
  const variables: Record<string, Json> = {
    $body: response.body,
    $request: request as unknown as Json,
    $response: { status: response.status },
    $session_variables: sessionVariables,
  };
  const body = transformBody(transform.body, variables, sessionVariables, false);
  if (body.kind === 'none') return null;
  return body.kind === 'json' ? body.value : body.text;
}
