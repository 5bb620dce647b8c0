import { MissingEnvError, resolveTemplate } from '../../events/env-template.js';
import {
  applyRequestTransform,
  parseRequestTransform,
  parseResponseTransform,
  requestContext,
  requestUrl,
  templateErrors,
  templatesOf,
  TransformErrorBundle,
  TransformSpecError,
  webhookRequest,
  type Json,
} from '../../transforms/index.js';
import { objectArg } from '../../metadata/args.js';
import { MetadataApiError, notExists, parseFailed } from '../../metadata/errors.js';
import type { ServerMetadataHandler } from '../../metadata/api/context.js';

/**
 * test_webhook_transform {webhook_url, body, env?, session_variables?, request_headers?,
 * request_transform, response_transform?} (Hasura's `runTestWebhookTransform`): the request a
 * transform would send, without sending it. The request starts as Hasura's does: GET, no headers
 * but the ones given, the body as JSON.
 */
export const testWebhookTransform: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  for (const key of ['webhook_url', 'body', 'request_transform']) if (args[key] === undefined) throw parseFailed(`key "${key}" not found`, '$.args');
  const transform = parsed(() => parseRequestTransform(args.request_transform, '$.args.request_transform'));
  const requestErrors = templateErrors(templatesOf(transform));
  if (requestErrors.length) throw new MetadataApiError('validation-failed', 'request transform validation failed', 400, '$.args', requestErrors);
  if (args.response_transform !== undefined && args.response_transform !== null) {
    const response = parsed(() => parseResponseTransform(args.response_transform, '$.args.response_transform'));
    const responseErrors = templateErrors(templatesOf(response));
    if (responseErrors.length) throw new MetadataApiError('validation-failed', 'response transform validation failed', 400, '$.args', responseErrors);
  }

  const env = { ...ctx.config.env, ...stringRecord(args.env, '$.args.env') };
  const url = webhookUrl(args.webhook_url, env);
  if (!URL.canParse(url)) throw new MetadataApiError('validation-failed', `Request Initialization Error: InvalidUrlException ${JSON.stringify(url)} "Invalid URL"`);
  const sessionVariables =
    args.session_variables === undefined || args.session_variables === null ? null : lowerKeys(stringRecord(args.session_variables, '$.args.session_variables'));
  const request = webhookRequest(url, 'GET', headerList(args.request_headers), { kind: 'json', value: (args.body ?? null) as Json });
  let result;
  try {
    result = applyRequestTransform(transform, request, requestContext(request, url, sessionVariables));
  } catch (error) {
    if (error instanceof TransformErrorBundle) throw new MetadataApiError('validation-failed', 'request transform validation failed', 400, '$.args', error.errors);
    throw error;
  }
  return {
    webhook_url: requestUrl(result),
    method: result.method,
    headers: result.headers.map(([name, value]) => [name.toLowerCase(), value]),
    body: result.body.kind === 'json' ? result.body.value : result.body.kind === 'raw' ? jsonOrText(result.body.text) : '',
  };
};

function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof TransformSpecError) throw parseFailed(error.message, error.path);
    throw error;
  }
}

function webhookUrl(raw: unknown, env: Readonly<Record<string, string | undefined>>): string {
  try {
    if (typeof raw === 'string') return resolveTemplate(raw, env);
    if (raw !== null && typeof raw === 'object' && typeof (raw as { from_env?: unknown }).from_env === 'string') {
      const name = (raw as { from_env: string }).from_env;
      const value = env[name];
      if (value === undefined) throw new MissingEnvError(name);
      return value;
    }
  } catch (error) {
    if (error instanceof MissingEnvError) throw notExists(`Environment variable '${error.variable}' not set`, '$.args.webhook_url');
    throw error;
  }
  throw parseFailed('expected a URL or {"from_env": …}', '$.args.webhook_url');
}

function stringRecord(raw: unknown, path: string): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw parseFailed('expected an object of strings', path);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string') throw parseFailed('expected an object of strings', `${path}.${k}`);
    out[k] = v;
  }
  return out;
}

const lowerKeys = (record: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

/** Headers given as an object, as `[{name, value}]`, or as `[[name, value]]`. */
function headerList(raw: unknown): [string, string][] {
  if (Array.isArray(raw)) {
    return raw.flatMap((h): [string, string][] => {
      if (Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string') return [[h[0], h[1]]];
      if (h && typeof h === 'object' && typeof h.name === 'string' && typeof h.value === 'string') return [[h.name, h.value]];
      return [];
    });
  }
  return Object.entries(stringRecord(raw, '$.args.request_headers'));
}

function jsonOrText(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}
