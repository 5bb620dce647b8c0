import type pg from 'pg';
import type { EngineConfig } from '../../config.js';
import { scopedLogger, silentLogger, type Logger } from '../../platform/logger.js';
import type { Session } from '../../auth/session.js';
import { introspectDatabase, type DatabaseModel } from '../../introspection/index.js';
import { tableColumnsOf, type TableColumn } from '../../schema-cache/table-columns.js';
import { normalizeMetadata, withDefaultSource } from '../normalize.js';
import type { MetadataStore } from '../store.js';
import type { HasuraMetadata } from '../types.js';
import type { ServerMetadataContext, ServerMetadataHandler } from './context.js';
import { toMetadataApiError } from './error-response.js';
import { MetadataApiError, parseFailed } from '../errors.js';
import { checkAccessModes } from './access-mode.js';
import type { OperationRegistry } from './registry.js';
import type { SourcePools } from '../source-pools.js';

export type Endpoint = keyof OperationRegistry;

export interface MetadataExecutorOptions {
  pool: pg.Pool;
  config: EngineConfig;
  registry: OperationRegistry;
  store: MetadataStore;
  /** The metadata the engine currently serves. */
  getMetadata(): HasuraMetadata;
  /** Makes `next` the served metadata (GraphQL reload, event trigger sync); throws if it cannot. */
  apply(next: HasuraMetadata): Promise<void>;
  /** resource_version of the metadata the engine started with. */
  initialResourceVersion?: number;
  /** Lines are written through the scope of the request in progress (its request_id). */
  logger?: Logger;
  /**
   * A table's columns as the schema cache read them for the metadata served, so checking an
   * event trigger's table costs no catalog read; without it they come from the request's own read.
   */
  tableColumns?: (table: { schema: string; name: string }) => readonly TableColumn[] | undefined;
  /** The pools of the sources other than `default`; without it only `default` can be reached. */
  sourcePools?: SourcePools;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface MetadataExecutor {
  run(endpoint: Endpoint, body: unknown, session: Session): Promise<ApiResponse>;
  /**
   * Applies the stored metadata if another engine on the same database changed it since this
   * one last wrote or read it (Hasura's schema sync). Queued behind metadata requests.
   */
  syncFromStore(): Promise<boolean>;
}

interface RequestState {
  draft: HasuraMetadata;
  changed: boolean;
  schemaChanged: boolean;
  model?: Promise<DatabaseModel>;
  /** Catalogs of the other sources read in this request, by source name. */
  sourceModels: Map<string, Promise<DatabaseModel>>;
  /** SQL ran in this request (run_sql, clear_metadata): the schema cache's catalog may be out of date. */
  databaseChanged: boolean;
}

/**
 * Runs metadata/query API requests one at a time (Hasura serialises metadata changes too).
 * Handlers edit a draft; at the end of the request the draft is applied to the running
 * engine and persisted once, so a 30-operation bulk rebuilds the GraphQL schema once.
 */
export function createMetadataExecutor(options: MetadataExecutorOptions): MetadataExecutor {
  const root = options.logger ?? silentLogger();
  const log = () => scopedLogger(root);
  let queue: Promise<unknown> = Promise.resolve();
  let knownVersion = options.initialResourceVersion;
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  async function commit(state: RequestState): Promise<void> {
    if (!state.changed && !state.schemaChanged) return;
    const previous = options.getMetadata();
    try {
      await options.apply(state.draft);
    } catch (error) {
      await options.apply(previous).catch((e: unknown) => log().error({ type: 'metadata', err: e }, 'restoring metadata failed'));
      throw error;
    }
    if (state.changed) knownVersion = await options.store.save(state.draft);
    state.changed = false;
    state.schemaChanged = false;
  }

  function contextFor(state: RequestState, session: Session, requestVersion: number): ServerMetadataContext {
    const poolFor = (source: string, metadata: HasuraMetadata = state.draft): pg.Pool => {
      if (source === 'default') return options.pool;
      if (!metadata.sources.some((s) => s.name === source)) throw new MetadataApiError('not-exists', `source with name "${source}" does not exist`);
      if (!options.sourcePools) throw new MetadataApiError('not-supported', `source "${source}" cannot be reached by this server`);
      return options.sourcePools.poolFor(metadata, source);
    };
    const databaseModel = (source = 'default', metadata: HasuraMetadata = state.draft) => {
      if (source === 'default') return (state.model ??= introspectDatabase(options.pool));
      // Keyed by the connection too: replace_metadata checks a source's new configuration under its old name.
      const key = JSON.stringify([source, metadata.sources.find((s) => s.name === source)?.configuration ?? null]);
      let model = state.sourceModels.get(key);
      if (!model) state.sourceModels.set(key, (model = introspectDatabase(poolFor(source, metadata))));
      return model;
    };
    return {
      pool: options.pool,
      config: options.config,
      session,
      requestVersion,
      getMetadata: () => state.draft,
      setMetadata: async (next) => {
        state.draft = normalizeMetadata(next);
        state.changed = true;
      },
      markSchemaChanged: () => {
        state.schemaChanged = true;
        state.databaseChanged = true;
        state.model = undefined;
        state.sourceModels.clear();
      },
      forgetDatabaseModel: () => {
        state.databaseChanged = true;
        state.model = undefined;
        state.sourceModels.clear();
      },
      databaseModel,
      poolFor,
      tableColumns: async (table) => (state.databaseChanged ? undefined : options.tableColumns?.(table)) ?? tableColumnsOf(await databaseModel(), table),
      storedMetadata: () => options.store.load(),
      reloadNow: () => commit(state),
    };
  }

  function operation(value: unknown, path: string): { type: string; args: unknown; version: number } {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw parseFailed('expected Object', path);
    const { type, args, version } = value as { type?: unknown; args?: unknown; version?: unknown };
    if (typeof type !== 'string') throw parseFailed('key "type" not found', path);
    // Hasura's query and metadata APIs know versions 1 and 2 of an operation's arguments.
    if (typeof version === 'number' && version !== 1 && version !== 2) throw parseFailed(`expected 1 or 2, encountered ${version}`, `${path}.version`);
    return { type, args: args ?? {}, version: typeof version === 'number' ? version : 1 };
  }

  async function runOne(endpoint: Endpoint, op: { type: string; args: unknown }, ctx: ServerMetadataContext, state: RequestState): Promise<unknown> {
    if (op.type === 'bulk' || op.type === 'bulk_atomic') {
      if (!Array.isArray(op.args)) throw parseFailed('expected Array', '$.args');
      const atomic = op.type === 'bulk_atomic';
      const before = { draft: state.draft, changed: state.changed };
      const results: unknown[] = [];
      for (const [index, item] of op.args.entries()) {
        try {
          results.push(await runOne(endpoint, operation(item, `$.args[${index}]`), ctx, state));
        } catch (error) {
          if (atomic) Object.assign(state, before);
          throw toMetadataApiError(error).atBulkIndex(index);
        }
      }
      return results;
    }
    const handler: ServerMetadataHandler | undefined = options.registry[endpoint].get(op.type);
    if (!handler) throw new MetadataApiError('parse-failed', `unknown operation "${op.type}" for this endpoint`, 400, '$.type');
    return handler(op.args, ctx);
  }

  async function execute(endpoint: Endpoint, body: unknown, session: Session): Promise<ApiResponse> {
    const state: RequestState = { draft: options.getMetadata(), changed: false, schemaChanged: false, databaseChanged: false, sourceModels: new Map() };
    let outcome: ApiResponse;
    try {
      const op = operation(body, '$');
      // Optimistic concurrency as in Hasura: a request may say which metadata version it was made against.
      const expected = (body as { resource_version?: unknown }).resource_version;
      if (typeof expected === 'number' && knownVersion !== undefined && expected !== knownVersion) {
        throw new MetadataApiError('conflict', `metadata resource version referenced (${expected}) did not match current version`, 409, '$');
      }
      if (endpoint === 'query') checkAccessModes(op);
      const ctx = contextFor(state, session, op.version);
      outcome = { status: 200, body: await runOne(endpoint, op, ctx, state) };
    } catch (error) {
      const apiError = toMetadataApiError(error);
      if (apiError.status >= 500) log().error({ type: 'metadata', err: error }, 'metadata operation failed');
      outcome = { status: apiError.status, body: apiError.toJSON() };
    }
    // Work done before an error in a non-atomic bulk stays, as its SQL has been committed.
    try {
      await commit(state);
    } catch (error) {
      const apiError = toMetadataApiError(error);
      log().error({ type: 'metadata', err: error }, 'applying metadata failed');
      return { status: apiError.status, body: apiError.toJSON() };
    }
    return outcome;
  }

  return {
    run(endpoint, body, session) {
      if (session.role !== 'admin') {
        return Promise.resolve({ status: 400, body: new MetadataApiError('access-denied', 'restricted access : admin only', 400, '$').toJSON() });
      }
      return enqueue(() => execute(endpoint, body, session));
    },

    syncFromStore() {
      return enqueue(async () => {
        const version = await options.store.resourceVersion();
        if (version === undefined || version === knownVersion) return false;
        const stored = await options.store.load();
        if (!stored) return false;
        await options.apply(withDefaultSource(normalizeMetadata(stored.metadata)));
        knownVersion = stored.resourceVersion;
        return true;
      });
    },
  };
}
