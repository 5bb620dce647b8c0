/**
 * The metadata as Hasura's published types can describe it. `@hasura/metadata` (1.0.2, the
 * only release on npm) ships TypeScript types for metadata version 2 (`HasuraMetadataV2`),
 * no JSON schema and no v3 types. Version 3 moved the v2 top-level `tables` and `functions`
 * into `sources[]` unchanged (Hasura upgrades a v2 document by wrapping them into the
 * `default` source), so each v3 source, with the top-level lists v2 also had, is a v2
 * document; that is what gets type-checked.
 *
 * Not covered, because the package has no types for them: a source's `configuration`
 * (connection settings), `inherited_roles`, `rest_endpoints`, `api_limits`, `network` and the
 * other v3-only top-level keys.
 *
 * The types predate two things Hasura v2 itself writes into exported metadata; they are
 * taken out before the check and returned in `relaxed`, so the test can show what was:
 * - `insertion_order` in a manual object relationship (added in v2; null = Hasura's default);
 * - `check: null` in an update permission (v2 exports an absent post-update check as null);
 * - `query_root_fields` and `subscription_root_fields` in a select permission (v2.8: which root
 *   fields a role gets, e.g. only `<table>_aggregate` for counts without rows);
 * - an action's `permissions`, which the types give as one `{role}` object where Hasura (and its
 *   metadata API's create_action_permission) keeps a list of them.
 */
export interface V2View {
  version: 2;
  tables: unknown[];
  functions?: unknown[];
  [key: string]: unknown;
}

export interface V2Views {
  /** One v2 document per v3 source, keyed by source name. */
  documents: Record<string, V2View>;
  /** JSON paths of the values taken out, with the rule that took them. */
  relaxed: string[];
}

/** Top-level keys that are in both versions and in `HasuraMetadataV2`. */
const SHARED_TOP_LEVEL = ['actions', 'allowlist', 'cron_triggers', 'custom_types', 'query_collections', 'remote_schemas'] as const;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

function relaxTable(table: Obj, path: string, relaxed: string[]): Obj {
  const copy = structuredClone(table);
  (copy.object_relationships as Obj[] | undefined)?.forEach((rel, i) => {
    const manual = isObject(rel.using) ? rel.using.manual_configuration : undefined;
    if (isObject(manual) && 'insertion_order' in manual && manual.insertion_order === null) {
      delete manual.insertion_order;
      relaxed.push(`${path}.object_relationships[${i}].using.manual_configuration.insertion_order (v2 default, newer than the types)`);
    }
  });
  (copy.select_permissions as Obj[] | undefined)?.forEach((entry, i) => {
    for (const key of ['query_root_fields', 'subscription_root_fields']) {
      if (isObject(entry.permission) && key in entry.permission) {
        delete entry.permission[key];
        relaxed.push(`${path}.select_permissions[${i}].permission.${key} (v2.8, newer than the types)`);
      }
    }
  });
  (copy.update_permissions as Obj[] | undefined)?.forEach((entry, i) => {
    if (isObject(entry.permission) && 'check' in entry.permission && entry.permission.check === null) {
      delete entry.permission.check;
      relaxed.push(`${path}.update_permissions[${i}].permission.check (null = no check)`);
    }
  });
  return copy;
}

export function metadataV2Views(metadata: Obj): V2Views {
  const relaxed: string[] = [];
  const shared: Obj = {};
  for (const key of SHARED_TOP_LEVEL) if (metadata[key] !== undefined) shared[key] = metadata[key];
  if (Array.isArray(shared.actions)) {
    shared.actions = (shared.actions as Obj[]).map((action, i) => {
      if (!Array.isArray(action.permissions)) return action;
      const { permissions: _list, ...rest } = action;
      relaxed.push(`$.actions[${i}].permissions (a list in Hasura, one object in the types)`);
      return rest;
    });
  }
  const documents: Record<string, V2View> = {};
  for (const [s, source] of (metadata.sources as Obj[]).entries()) {
    const name = String(source.name);
    const tables = ((source.tables as Obj[] | undefined) ?? []).map((t, i) => relaxTable(t, `$.sources[${s}].tables[${i}]`, relaxed));
    documents[name] = { version: 2, tables, ...(source.functions ? { functions: source.functions as unknown[] } : {}), ...shared };
  }
  return { documents, relaxed };
}

/**
 * A TypeScript module that assigns the document to the package's type. JSON cannot carry
 * TypeScript's nominal string enums (`Columns.Empty` is `"*"`), so the target is the same
 * type with each enum read as its string values; every other rule of the type, excess
 * properties included, applies as written.
 */
export function typecheckModule(name: string, document: unknown): string {
  return [
    `import type { HasuraMetadataV2 } from '@hasura/metadata';`,
    `type AsJson<T> = T extends string ? \`\${T}\` : T extends (infer U)[] ? AsJson<U>[] : T extends object ? { [K in keyof T]: AsJson<T[K]> } : T;`,
    `export const ${name}: AsJson<HasuraMetadataV2> = ${JSON.stringify(document, null, 2)};`,
    '',
  ].join('\n');
}
