import type pg from 'pg';
import type { GraphQLSchema } from 'graphql';
import type { Session } from '../auth/session.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import type { SchemaCache } from '../schema-cache/schema-cache.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface HasuraGraphQLError {
  message: string;
  extensions: { path: string; code: string; internal?: unknown };
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: HasuraGraphQLError[];
}

export interface GraphQLService {
  /** Runs one request (query or mutation) for a session; never throws for user errors. */
  execute(request: GraphQLRequest, session: Session): Promise<GraphQLResponse>;
  /** Rebuild after metadata or database changes. */
  reload(metadata: HasuraMetadata): Promise<void>;
  /** The schema a role sees (for the realtime part and introspection). */
  schemaFor(session: Session): GraphQLSchema;
}

export interface GraphQLServiceOptions {
  pool: pg.Pool;
  metadata: HasuraMetadata;
  config: EngineConfig;
  /** The engine's shared schema cache, already built; without it the service builds its own from `metadata`. */
  schemaCache?: SchemaCache;
}

export function graphqlError(message: string, path: string, code: string, internal?: unknown): HasuraGraphQLError {
  return internal === undefined ? { message, extensions: { path, code } } : { message, extensions: { path, code, internal } };
}
