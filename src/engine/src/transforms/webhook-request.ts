import type { Json } from './kriti/index.js';

/**
 * A webhook request as transforms see it (Hasura's `RequestFields`): method, URL without its
 * query, the query as pairs, headers in order, and a JSON, raw or absent body.
 */
export type RequestBody = { kind: 'json'; value: Json } | { kind: 'raw'; text: string } | { kind: 'none' };

export interface WebhookRequest {
  method: string;
  url: string;
  query: [string, string | null][];
  headers: [string, string][];
  body: RequestBody;
}

/** http-types' `urlEncode True`: unreserved characters as they are, space as `+`, the rest `%XX` of UTF-8. */
function encodeQueryPart(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : ch === ' ' ? '+' : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function renderQuery(query: readonly [string, string | null][]): string {
  return query.map(([key, value]) => encodeQueryPart(key) + (value === null ? '' : '=' + encodeQueryPart(value))).join('&');
}

/** http-types' `parseQuery`: `a=b&c` (also `;`-separated), percent- and `+`-decoded. */
export function parseQuery(text: string): [string, string | null][] {
  const decode = (part: string): string => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  };
  return text
    .replace(/^\?/, '')
    .split(/[&;]/)
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [decode(pair), null] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
    });
}

/** The URL a request goes to: its URL with the query appended. */
export function requestUrl(request: Pick<WebhookRequest, 'url' | 'query'>): string {
  if (request.query.length === 0) return request.url;
  return request.url + (request.url.includes('?') ? '&' : '?') + renderQuery(request.query);
}

/**
 * A request for a configured URL, as http-client parses it: the query moves into the pairs and
 * an empty path becomes `/` (Hasura's `mkRequestThrow`).
 */
export function webhookRequest(url: string, method: string, headers: [string, string][], body: RequestBody): WebhookRequest {
  let base = url;
  let query: [string, string | null][] = [];
  try {
    const parsed = new URL(url);
    query = parseQuery(parsed.search);
    parsed.search = '';
    parsed.hash = '';
    base = parsed.href;
  } catch {
    // Not a URL: sending it fails and is reported where the request is sent.
  }
  return { method, url: base, query, headers, body };
}

/** The bytes of the body, or undefined for none. */
export function bodyText(body: RequestBody): string | undefined {
  if (body.kind === 'none') return undefined;
  return body.kind === 'raw' ? body.text : JSON.stringify(body.value);
}
