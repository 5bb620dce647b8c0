import { Kind, parse, print, visit, type DocumentNode } from 'graphql';
import type { HasuraMetadata } from './types.js';

/**
 * Query collections and the allow-list (Hasura's `query_collections` and `allowlist`): with
 * HASURA_GRAPHQL_ENABLE_ALLOWLIST, a non-admin request runs only if its document is one of the
 * queries of a collection in the allow-list whose scope covers the role. Documents are compared
 * as Hasura compares them: parsed (layout does not matter) with `__typename` fields stripped.
 */

export interface CollectionQuery {
  name: string;
  query: string;
}

export interface QueryCollection {
  name: string;
  comment?: string;
  definition: { queries: CollectionQuery[] };
}

export interface AllowlistEntry {
  collection: string;
  scope?: { global: boolean; roles?: string[] };
}

export function queryCollectionsOf(metadata: HasuraMetadata): QueryCollection[] {
  return Array.isArray(metadata.query_collections) ? (metadata.query_collections as QueryCollection[]) : [];
}

export function allowlistOf(metadata: HasuraMetadata): AllowlistEntry[] {
  return Array.isArray(metadata.allowlist) ? (metadata.allowlist as AllowlistEntry[]) : [];
}

/** A document in the form the allow-list compares: `__typename` dropped, definitions in a stable order, printed. */
export function normalizedDocument(document: DocumentNode): string {
  const stripped = visit(document, {
    Field(node) {
      return node.name.value === '__typename' && !node.alias ? null : undefined;
    },
  });
  return stripped.definitions
    .map((d) => print(d))
    .sort()
    .join('\n');
}

function normalizedQuery(query: string): string | null {
  try {
    const document = parse(query, { noLocation: true });
    return document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) ? normalizedDocument(document) : null;
  } catch {
    return null;
  }
}

const allowedByMetadata = new WeakMap<HasuraMetadata, { global: Set<string>; byRole: Map<string, Set<string>> }>();

function allowedQueries(metadata: HasuraMetadata): { global: Set<string>; byRole: Map<string, Set<string>> } {
  let allowed = allowedByMetadata.get(metadata);
  if (allowed) return allowed;
  allowed = { global: new Set(), byRole: new Map() };
  const collections = new Map(queryCollectionsOf(metadata).map((c) => [c.name, c]));
  for (const entry of allowlistOf(metadata)) {
    const queries = (collections.get(entry.collection)?.definition.queries ?? []).flatMap((q) => normalizedQuery(q.query) ?? []);
    if (!entry.scope || entry.scope.global !== false) {
      for (const q of queries) allowed.global.add(q);
      continue;
    }
    for (const role of entry.scope.roles ?? []) {
      const set = allowed.byRole.get(role) ?? new Set<string>();
      for (const q of queries) set.add(q);
      allowed.byRole.set(role, set);
    }
  }
  allowedByMetadata.set(metadata, allowed);
  return allowed;
}

/** Whether the request's document is allowed for the role; a document that does not parse is left to the parser's error. */
export function isAllowedQuery(metadata: HasuraMetadata, query: string, role: string): boolean {
  const normalized = normalizedQuery(query);
  if (normalized === null) return true;
  const allowed = allowedQueries(metadata);
  return allowed.global.has(normalized) || allowed.byRole.get(role)?.has(normalized) === true;
}
