import { Kind, parse, type OperationDefinitionNode } from 'graphql';
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

/** Why an endpoint cannot be served (its query missing or a subscription), or null. */
export function endpointProblem(metadata: HasuraMetadata, endpoint: RestEndpoint): string | null {
  const { collection_name: collection, query_name: queryName } = endpoint.definition.query;
  if (!queryCollectionsOf(metadata).some((c) => c.name === collection)) return `in endpoint ${endpoint.name}: query collection with name ${collection} does not exist`;
  const text = endpointQuery(metadata, endpoint);
  if (text === undefined) return `in endpoint ${endpoint.name}: query with name ${queryName} not found in collection ${collection}`;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch (error) {
    return `in endpoint ${endpoint.name}: ${(error as Error).message}`;
  }
  if (operations.length !== 1) return `in endpoint ${endpoint.name}: query with name ${queryName} must hold exactly one operation`;
  if (operations[0]!.operation === 'subscription') return `in endpoint ${endpoint.name}: query with name ${queryName} is a subscription`;
  return null;
}

/** An endpoint that cannot be served, as Hasura reports an inconsistent object. */
export function endpointInconsistency(endpoint: RestEndpoint, problem: string): Record<string, unknown> {
  return {
    definition: { definition: endpoint.definition, url: endpoint.url, methods: endpoint.methods, name: endpoint.name, comment: endpoint.comment ?? null },
    reason: `Inconsistent object: ${problem}`,
    name: `endpoint ${endpoint.name}`,
    type: 'endpoint',
  };
}

/** The conflicts of ambiguous endpoints as Hasura reports them, each endpoint with its query's text. */
export function ambiguityReport(metadata: HasuraMetadata, groups: RestEndpoint[][]): unknown[] {
  return groups.map((group) => ({
    reason: `Ambiguous URL paths: ${group.map((e) => e.url).join(', ')}`,
    conflicts: group.map((e) => ({ definition: { query: endpointQuery(metadata, e) ?? null }, url: e.url, methods: e.methods, name: e.name, comment: e.comment ?? null })),
  }));
}

/** Every RESTified endpoint the metadata cannot serve: those whose query is missing or a subscription, and the groups a request could not tell apart. */
export function restEndpointInconsistencies(metadata: HasuraMetadata): unknown[] {
  const endpoints = restEndpointsOf(metadata);
  const problems = endpoints.flatMap((endpoint) => {
    const problem = endpointProblem(metadata, endpoint);
    return problem === null ? [] : [endpointInconsistency(endpoint, problem)];
  });
  return [...problems, ...ambiguityReport(metadata, ambiguousEndpoints(endpoints))];
}
