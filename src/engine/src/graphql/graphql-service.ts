import type pg from 'pg';
import type { GraphQLSchema } from 'graphql';
import type { RequestHeaders } from '../auth/headers.js';
import type { Session } from '../auth/session.js';
import type { ActionRunner } from '../actions/action-runner.js';
import type { EngineConfig } from '../config.js';
import type { HasuraMetadata } from '../metadata/types.js';
import type { SchemaCache } from '../schema-cache/schema-cache.js';
import type { AddedSource } from '../schema-cache/added-sources.js';
import type { GraphQLRequest, GraphQLResponse } from './types.js';

/**
 * The GraphQL service as the HTTP layer and the engine see it. Apart from `types.ts` (the
 * request, response and error shapes every layer uses) because it names the schema cache,
 * which itself imports those shapes: together they were an import cycle.
 */
export interface GraphQLService {
  /** Runs one request (query or mutation) for a session; never throws for user errors. The client's headers reach action handlers. */
  execute(request: GraphQLRequest, session: Session, headers?: RequestHeaders): Promise<GraphQLResponse>;
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
  /** Calls action handlers; without it, action fields answer with an error. */
  actions?: ActionServices;
  /** The sources served beside `default` (pg_add_source), as last rebuilt. */
  addedSources?: () => readonly AddedSource[];
}

/** What the service needs to run actions (engine.ts wires them). */
export interface ActionServices {
  runner: ActionRunner;
  /** An async action's log entry was committed: deliver it without waiting for the next poll. */
  asyncActionCreated(): void;
}
