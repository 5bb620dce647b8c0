import { parse } from 'graphql';
import { objectArg, optionalBool, optionalString, stringArg } from '../../args.js';
import { draftOf } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../errors.js';
import { allowlistOf, queryCollectionsOf, type AllowlistEntry, type CollectionQuery, type QueryCollection } from '../../allowlist.js';
import type { HasuraMetadata } from '../../types.js';
import { restEndpointInconsistencies } from '../../rest-endpoints.js';
import type { ServerMetadataHandler } from '../context.js';

/** Query collections and the allow-list, with Hasura's messages (RQL/DDL/QueryCollection.hs). */

/** A change that leaves a RESTified endpoint without its query is refused, as Hasura refuses newly inconsistent metadata. */
function keepEndpointsServed(before: HasuraMetadata, after: HasuraMetadata): void {
  const known = new Set(restEndpointInconsistencies(before).map((o) => JSON.stringify(o)));
  const found = restEndpointInconsistencies(after).filter((o) => !known.has(JSON.stringify(o)));
  if (found.length > 0) throw new MetadataApiError('unexpected', 'cannot continue due to newly found inconsistent metadata', 500, '$.args', found);
}

function collectionIn(metadata: HasuraMetadata, name: string): QueryCollection {
  const collection = queryCollectionsOf(metadata).find((c) => c.name === name);
  if (!collection) throw notExists(`query collection with name "${name}" does not exist`);
  return collection;
}

function checkQuery(query: string, path: string): void {
  try {
    parse(query);
  } catch (error) {
    throw parseFailed((error as Error).message, path);
  }
}

function readQueries(value: unknown): CollectionQuery[] {
  const definition = objectArg(value, '$.args.definition');
  if (!Array.isArray(definition.queries)) throw parseFailed('expected a list of queries', '$.args.definition.queries');
  const queries = definition.queries.map((q, i) => {
    const o = objectArg(q, `$.args.definition.queries[${i}]`);
    const query = stringArg(o, 'query', `$.args.definition.queries[${i}]`);
    checkQuery(query, `$.args.definition.queries[${i}].query`);
    return { name: stringArg(o, 'name', `$.args.definition.queries[${i}]`), query };
  });
  const names = new Set<string>();
  for (const q of queries) {
    if (names.has(q.name)) throw new MetadataApiError('duplicate-query-names', `found duplicate query names ${JSON.stringify(q.name)}`);
    names.add(q.name);
  }
  return queries;
}

function readScope(value: unknown): AllowlistEntry['scope'] | undefined {
  if (value === undefined || value === null) return undefined;
  const scope = objectArg(value, '$.args.scope');
  const global = optionalBool(scope, 'global', '$.args.scope') ?? true;
  const roles = scope.roles;
  if (global) {
    if (roles !== undefined) throw parseFailed('roles cannot be set when the scope is global', '$.args.scope');
    return { global: true };
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => typeof r === 'string')) {
    throw parseFailed('roles must be a non empty list for a role-based allowlist scope', '$.args.scope');
  }
  return { global: false, roles: roles as string[] };
}

/** create_query_collection {name, comment?, definition: {queries: [{name, query}]}} */
export const createQueryCollection: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  // Hasura's collection names are NonEmptyText; its parser reports the path without `args`.
  if (name === '') throw parseFailed('empty string not allowed', '$.name');
  const draft = draftOf(ctx.getMetadata());
  const collections = queryCollectionsOf(draft);
  if (collections.some((c) => c.name === name)) throw alreadyExists(`query collection with name "${name}" already exists`);
  const collection: QueryCollection = { name, definition: { queries: readQueries(args.definition) } };
  const comment = optionalString(args, 'comment');
  if (comment !== undefined) collection.comment = comment;
  draft.query_collections = [...collections, collection];
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_query_collection {collection, cascade} */
export const dropQueryCollection: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'collection');
  const draft = draftOf(ctx.getMetadata());
  collectionIn(draft, name);
  const listed = allowlistOf(draft).some((e) => e.collection === name);
  if (listed && args.cascade !== true) {
    throw new MetadataApiError(
      'dependency-error',
      `query collection with name "${name}" is present in the allowlist; cannot proceed to drop. please use cascade to confirm you wish to drop it from the allowlist as well`,
    );
  }
  draft.query_collections = queryCollectionsOf(draft).filter((c) => c.name !== name);
  if (listed) draft.allowlist = allowlistOf(draft).filter((e) => e.collection !== name);
  keepEndpointsServed(ctx.getMetadata(), draft);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** add_query_to_collection {collection_name, query_name, query} */
export const addQueryToCollection: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const collectionName = stringArg(args, 'collection_name');
  const queryName = stringArg(args, 'query_name');
  const query = stringArg(args, 'query');
  const draft = draftOf(ctx.getMetadata());
  const collection = collectionIn(draft, collectionName);
  if (collection.definition.queries.some((q) => q.name === queryName)) {
    throw alreadyExists(`query with name "${queryName}" already exists in collection "${collectionName}"`);
  }
  checkQuery(query, '$.args.query');
  collection.definition.queries = [...collection.definition.queries, { name: queryName, query }];
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_query_from_collection {collection_name, query_name} */
export const dropQueryFromCollection: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const collectionName = stringArg(args, 'collection_name');
  const queryName = stringArg(args, 'query_name');
  const draft = draftOf(ctx.getMetadata());
  const collection = collectionIn(draft, collectionName);
  if (!collection.definition.queries.some((q) => q.name === queryName)) {
    throw notExists(`query with name "${queryName}" not found in collection "${collectionName}"`);
  }
  collection.definition.queries = collection.definition.queries.filter((q) => q.name !== queryName);
  keepEndpointsServed(ctx.getMetadata(), draft);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** add_collection_to_allowlist {collection, scope?} */
export const addCollectionToAllowlist: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'collection');
  const scope = readScope(args.scope);
  const draft = draftOf(ctx.getMetadata());
  collectionIn(draft, name);
  const allowlist = allowlistOf(draft);
  if (allowlist.some((e) => e.collection === name)) {
    return { message: `collection "${name}" already exists in the allowlist, scope ignored; to change scope, use update_scope_of_collection_in_allowlist` };
  }
  draft.allowlist = [...allowlist, scope && !scope.global ? { collection: name, scope } : { collection: name }];
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_collection_from_allowlist {collection} */
export const dropCollectionFromAllowlist: ServerMetadataHandler = async (rawArgs, ctx) => {
  const name = stringArg(objectArg(rawArgs), 'collection');
  const draft = draftOf(ctx.getMetadata());
  const allowlist = allowlistOf(draft);
  if (!allowlist.some((e) => e.collection === name)) throw notExists(`collection "${name}" doesn't exist in the allowlist`);
  draft.allowlist = allowlist.filter((e) => e.collection !== name);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** update_scope_of_collection_in_allowlist {collection, scope} */
export const updateScopeOfCollectionInAllowlist: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'collection');
  const scope = readScope(args.scope) ?? { global: true };
  const draft = draftOf(ctx.getMetadata());
  const allowlist = allowlistOf(draft);
  if (!allowlist.some((e) => e.collection === name)) throw notExists(`collection "${name}" doesn't exist in the allowlist`);
  draft.allowlist = allowlist.map((e) => (e.collection === name ? (scope.global ? { collection: name } : { collection: name, scope }) : e));
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
