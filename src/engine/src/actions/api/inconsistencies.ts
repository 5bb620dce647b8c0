import type { DatabaseModel } from '../../introspection/index.js';
import type { HasuraMetadata } from '../../metadata/types.js';
import { resolveActions } from '../../schema/resolve-actions.js';
import { resolveCatalog } from '../../schema/resolve-catalog.js';

/**
 * Inconsistent actions and custom types as get_inconsistent_metadata lists them (Hasura's
 * InconsistentObject with `type` "action" / "custom_types"); the schema leaves them out.
 */
export function actionInconsistencies(metadata: HasuraMetadata, model: DatabaseModel): { definition: unknown; name: string; reason: string; type: string }[] {
  if (!metadata.actions?.length && !metadata.custom_types) return [];
  const { tablesByKey } = resolveCatalog({ ...metadata, actions: [], custom_types: undefined }, model);
  return resolveActions(metadata.actions, metadata.custom_types, model, tablesByKey).problems.map((problem) =>
    problem.action === undefined
      ? { definition: metadata.custom_types, name: 'custom_types', reason: `Inconsistent object: ${problem.reason}`, type: 'custom_types' }
      : {
          definition: metadata.actions?.find((a) => a.name === problem.action),
          name: `action ${problem.action}`,
          reason: `Inconsistent object: ${problem.reason}`,
          type: 'action',
        },
  );
}
