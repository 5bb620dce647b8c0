import type pg from 'pg';
import type { HasuraMetadata, SourceMetadata } from '../metadata/types.js';
import type { SourceCustomization } from '../metadata/source-customization.js';
import { SchemaCache, type SchemaCacheConfig } from './schema-cache.js';

/**
 * The sources added beside `default` (pg_add_source), each with a schema cache of its own built
 * by the same builder and planner from its own database: the source is handed to them as the
 * only one, so everything they know about the default source holds for it. Actions, remote
 * schemas and triggers stay with `default`; the roles' inheritance is shared.
 */
export interface AddedSource {
  name: string;
  cache: SchemaCache;
  pool: pg.Pool;
  /** Root-field namespace, prefix and suffix, type-name customization (applied by the GraphQL service's routing). */
  customization: SourceCustomization;
}

export interface RootFieldConflict {
  field: string;
  source: string;
  other: string;
}

/** The root field names (query, mutation, subscription) a client sees for a source, as the admin role has them. */
export function clientRootFields(cache: SchemaCache, customization: SourceCustomization): string[] {
  const namespace = customization.root_fields?.namespace;
  if (namespace) return [namespace];
  const schema = cache.schemaFor('admin');
  const prefix = customization.root_fields?.prefix ?? '';
  const suffix = customization.root_fields?.suffix ?? '';
  const names = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) => Object.keys(root?.getFields() ?? {}));
  return [...new Set(names.filter((n) => !n.startsWith('__')).map((n) => `${prefix}${n}${suffix}`))];
}

/** The metadata one added source is built from. */
export function metadataOfSource(metadata: HasuraMetadata, source: SourceMetadata): HasuraMetadata {
  return { version: 3, sources: [{ ...source, name: 'default' }], ...(metadata.inherited_roles ? { inherited_roles: metadata.inherited_roles } : {}) };
}

export class AddedSourceSchemas {
  private current: readonly AddedSource[] = [];

  constructor(
    private readonly config: SchemaCacheConfig,
    private readonly poolFor: (metadata: HasuraMetadata, name: string) => pg.Pool,
    private readonly onError: (source: string, error: unknown) => void = () => undefined,
  ) {}

  /**
   * Rebuilds every added source that tracks something; one that cannot be read is left out (and
   * reported). Returns the root fields that two sources would both answer (`taken` holds the
   * default source's): those sources are left out too, and the caller refuses the metadata.
   */
  async rebuild(metadata: HasuraMetadata, taken: ReadonlyMap<string, string> = new Map()): Promise<RootFieldConflict[]> {
    const next: AddedSource[] = [];
    const owners = new Map(taken);
    const conflicts: RootFieldConflict[] = [];
    for (const source of metadata.sources) {
      if (source.name === 'default' || (source.tables.length === 0 && (source.functions ?? []).length === 0)) continue;
      try {
        const pool = this.poolFor(metadata, source.name);
        const cache = new SchemaCache(pool, this.config);
        await cache.rebuild(metadataOfSource(metadata, source));
        const customization = (source.customization ?? {}) as SourceCustomization;
        const clashes = clientRootFields(cache, customization).filter((field) => owners.has(field));
        if (clashes.length > 0) {
          conflicts.push(...clashes.map((field) => ({ field, source: source.name, other: owners.get(field)! })));
          continue;
        }
        for (const field of clientRootFields(cache, customization)) owners.set(field, source.name);
        next.push({ name: source.name, cache, pool, customization });
      } catch (error) {
        this.onError(source.name, error);
      }
    }
    this.current = next;
    return conflicts;
  }

  get sources(): readonly AddedSource[] {
    return this.current;
  }
}
