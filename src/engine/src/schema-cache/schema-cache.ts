import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { EngineConfig } from '../config.js';
import type { GraphQLRequest } from '../graphql/types.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { OperationCache } from './operation-cache.js';
import { planRequest, type PlanState } from './plan-request.js';
import type { PlanOptions, RequestPlan } from './plan-types.js';
import { RoleSchemas } from './role-schemas.js';
import { buildSchemaVersion, type SchemaVersion } from './schema-version.js';

export type SchemaCacheConfig = Pick<EngineConfig, 'maxQueryDepth' | 'stringifyNumericTypes' | 'apiLimits'> & Partial<Pick<EngineConfig, 'inferFunctionPermissions'>>;

/**
 * Hasura's schema cache: built once per metadata version from one read of the database
 * catalog, and shared by every front end (HTTP, WebSocket, events, the metadata API). It holds
 * the introspected model and resolved catalog, each role's schema (with the `_stream` fields),
 * and the operation and plan cache; `plan(role, request)` is the one way to a plan.
 */
export class SchemaCache {
  private state: PlanState | null = null;
  private readonly listeners = new Set<(version: SchemaVersion) => void>();
  private versions = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly config: SchemaCacheConfig,
  ) {}

  /**
   * Reads the database catalog once and derives everything from it. With `leaveOutInconsistent`
   * (the engine), objects the database lacks are dropped from what is served, as Hasura does.
   */
  async rebuild(metadata: HasuraMetadata, options: { leaveOutInconsistent?: boolean } = {}): Promise<SchemaVersion> {
    const version = await buildSchemaVersion(
      this.pool,
      metadata,
      {
        stringifyNumeric: this.config.stringifyNumericTypes,
        inferFunctionPermissions: this.config.inferFunctionPermissions ?? true,
        leaveOutInconsistent: options.leaveOutInconsistent ?? true,
      },
      ++this.versions,
    );
    // A rebuild that finished after a later one started loses: the later metadata wins.
    if (this.state && this.state.version.version > version.version) return this.state.version;
    this.state = {
      version,
      schemas: new RoleSchemas(version.catalog),
      operations: new OperationCache(this.config.maxQueryDepth),
      apiLimits: this.config.apiLimits,
    };
    for (const listener of this.listeners) listener(version);
    return version;
  }

  /** The version served; throws before the first rebuild. */
  get current(): SchemaVersion {
    return this.require().version;
  }

  get ready(): boolean {
    return this.state !== null;
  }

  /** Called after every rebuild with the new version. Returns the function that unsubscribes. */
  onRebuilt(listener: (version: SchemaVersion) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A role's schema (introspection, tests). */
  schemaFor(role: string, backendOnly = false): GraphQLSchema {
    return this.require().schemas.get(role, backendOnly);
  }

  /** The one entry: a request of a role → a query, mutation, live query or stream plan (or errors). */
  plan(role: string, request: GraphQLRequest, options?: PlanOptions): RequestPlan {
    return planRequest(this.require(), role, request, options);
  }

  private require(): PlanState {
    if (!this.state) throw new Error('the schema cache has not been built yet');
    return this.state;
  }
}
