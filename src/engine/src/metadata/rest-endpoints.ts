import { queryCollectionsOf } from './allowlist.js';
import type { HasuraMetadata } from './types.js';

/**
 * Hasura's RESTified endpoints (`rest_endpoints`, RQL/Types/Endpoint.hs): a URL template under
 * `/api/rest/` and the HTTP methods it answers, bound to one query of a query collection. A
 * template's segments are literal (`orders`) or name a variable (`:id`); a request's path must
 * have as many segments, and each variable segment gives that GraphQL variable its value.
 */
export interface RestEndpoint {
  name: string;
  url: string;
  methods: string[];
  definition: { query: { collection_name: string; query_name: string } };
  comment?: string | null;
}

/** The methods an endpoint may answer (Hasura's `EndpointMethod`). */
export const ENDPOINT_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export type UrlSegment = { literal: string } | { variable: string };

export function restEndpointsOf(metadata: HasuraMetadata): RestEndpoint[] {
  return Array.isArray(metadata.rest_endpoints) ? (metadata.rest_endpoints as RestEndpoint[]) : [];
}

/**
 * A URL template's segments, or what is wrong with it in Hasura's words: an empty segment (a
 * leading, doubled or trailing `/`) or a bare `:`, and a variable named twice.
 */
export function parseEndpointUrl(url: string): { ok: true; segments: UrlSegment[] } | { ok: false; message: string } {
  const parts = url.split('/');
  if (parts.some((p) => p === '' || p === ':')) return { ok: false, message: `Empty segments or unnamed variables are not allowed: ${url}` };
  const segments = parts.map((p): UrlSegment => (p.startsWith(':') ? { variable: p.slice(1) } : { literal: p }));
  const names = segments.flatMap((s) => ('variable' in s ? [s.variable] : []));
  if (new Set(names).size !== names.length) return { ok: false, message: `Duplicate variables found in endpoint paths: ${url}` };
  return { ok: true, segments };
}

/** The query text an endpoint runs, or undefined when its collection or query is not there. */
export function endpointQuery(metadata: HasuraMetadata, endpoint: RestEndpoint): string | undefined {
  const { collection_name: collection, query_name: name } = endpoint.definition.query;
  return queryCollectionsOf(metadata)
    .find((c) => c.name === collection)
    ?.definition.queries.find((q) => q.name === name)?.query;
}

/** Two templates some request path matches both of: as many segments, and at each either is a variable or both say the same. */
function overlap(a: readonly UrlSegment[], b: readonly UrlSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => 'variable' in s || 'variable' in b[i]! || s.literal === (b[i] as { literal: string }).literal);
}

/**
 * The endpoints a request could not be told apart between (Hasura refuses such metadata:
 * "Ambiguous URL paths"): for each endpoint, those sharing a method whose templates overlap
 * with its own, the largest such groups only, each sorted by URL as Hasura lists them.
 */
export function ambiguousEndpoints(endpoints: readonly RestEndpoint[]): RestEndpoint[][] {
  const parsed = endpoints.flatMap((e) => {
    const url = parseEndpointUrl(e.url);
    return url.ok ? [{ endpoint: e, segments: url.segments }] : [];
  });
  const groups = parsed
    .map((first) =>
      parsed
        .filter((other) => other === first || (overlap(first.segments, other.segments) && other.endpoint.methods.some((m) => first.endpoint.methods.includes(m))))
        .map((g) => g.endpoint),
    )
    .filter((group) => group.length > 1);
  const largest = groups.filter(
    (group, i) => !groups.some((other, j) => j !== i && other.length >= group.length && group.every((e) => other.includes(e)) && (other.length > group.length || j < i)),
  );
  return largest.map((group) => [...group].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
}
