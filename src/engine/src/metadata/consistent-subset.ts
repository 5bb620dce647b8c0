import type { DatabaseModel } from '../introspection/index.js';
import { findInconsistencies, removeObjects, type InconsistentObject } from './consistency.js';
import type { HasuraMetadata } from './types.js';

/**
 * What the engine can serve of some metadata: Hasura keeps inconsistent objects in the stored
 * metadata (reported by get_inconsistent_metadata) but leaves them out of the GraphQL schema
 * and the event trigger SQL.
 */
export function consistentSubset(metadata: HasuraMetadata, model: DatabaseModel): { metadata: HasuraMetadata; dropped: InconsistentObject[] } {
  const dropped = findInconsistencies(metadata, model);
  if (dropped.length === 0) return { metadata, dropped };
  const copy = structuredClone(metadata);
  const source = copy.sources.find((s) => s.name === 'default');
  if (source)
    removeObjects(
      source,
      dropped.map((o) => o.ref),
    );
  return { metadata: copy, dropped };
}
