import { Document, isScalar, visit, Scalar } from 'yaml';
import type { ActionsSplitter } from './load-directory.js';

/**
 * The files of a Hasura CLI metadata directory (config v3, `hasura metadata export`) for
 * the metadata `export_metadata` returns: one file per top-level key, `databases/databases.yaml`
 * with each source's tables and functions pulled in through `!include`, one file per table
 * (`<schema>_<name>.yaml`) and per function. The inverse of the engine's
 * src/engine/src/metadata/load-directory.ts, which reads the same layout.
 */

/** Top-level files and their keys, in the loader's list; `always` ones are written even when empty, as the CLI does. */
const TOP_LEVEL_FILES: readonly { file: string; key: string; empty?: unknown }[] = [
  { file: 'remote_schemas.yaml', key: 'remote_schemas', empty: [] },
  { file: 'query_collections.yaml', key: 'query_collections', empty: [] },
  { file: 'allow_list.yaml', key: 'allowlist', empty: [] },
  { file: 'cron_triggers.yaml', key: 'cron_triggers', empty: [] },
  { file: 'rest_endpoints.yaml', key: 'rest_endpoints', empty: [] },
  { file: 'inherited_roles.yaml', key: 'inherited_roles', empty: [] },
  { file: 'api_limits.yaml', key: 'api_limits', empty: {} },
  { file: 'graphql_schema_introspection.yaml', key: 'graphql_schema_introspection' },
  { file: 'network.yaml', key: 'network', empty: {} },
  { file: 'metrics_config.yaml', key: 'metrics_config' },
  { file: 'backend_configs.yaml', key: 'backend_configs' },
  { file: 'opentelemetry.yaml', key: 'opentelemetry' },
];

const EMPTY_CUSTOM_TYPES = { enums: [], input_objects: [], objects: [], scalars: [] };

interface QualifiedName {
  schema?: string;
  name: string;
}

function qualified(raw: unknown): { schema: string; name: string } {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  const q = (raw ?? {}) as QualifiedName;
  return { schema: q.schema ?? 'public', name: String(q.name) };
}

/**
 * YAML in the hand-kept style of hasura/metadata, so an export of unchanged metadata
 * changes little: lists of plain values inline (`columns: [id, name]`), single quotes,
 * `"!include ..."` double-quoted as the CLI writes it.
 */
export function yamlText(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_key, node, path) {
      if (path.length > 1 && node.items.length > 0 && node.items.every((item) => isScalar(item) && !String(item.value).startsWith('!include'))) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.startsWith('!include')) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ indentSeq: true, lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}

/** Relative path → file text. `splitActions` writes actions the CLI's way (SDL in actions.graphql); without it they stay whole in actions.yaml. */
export function exportLayout(metadata: Record<string, unknown>, splitActions?: ActionsSplitter): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, value: unknown) => files.set(path, yamlText(value));

  put('version.yaml', { version: 3 });

  const sources = (Array.isArray(metadata.sources) ? metadata.sources : []) as Record<string, unknown>[];
  put(
    'databases/databases.yaml',
    sources.map((source) => {
      const name = String(source.name);
      const { tables, functions, ...rest } = source;
      const entry: Record<string, unknown> = { ...rest, tables: `!include ${name}/tables/tables.yaml` };
      const tableList = (Array.isArray(tables) ? tables : []) as Record<string, unknown>[];
      put(
        `databases/${name}/tables/tables.yaml`,
        tableList.map((table) => {
          const q = qualified(table.table);
          const file = `${q.schema}_${q.name}.yaml`;
          put(`databases/${name}/tables/${file}`, table);
          return `!include ${file}`;
        }),
      );
      if (Array.isArray(functions) && functions.length > 0) {
        entry.functions = `!include ${name}/functions/functions.yaml`;
        put(
          `databases/${name}/functions/functions.yaml`,
          (functions as Record<string, unknown>[]).map((fn) => {
            const q = qualified(fn.function);
            const file = `${q.schema}_${q.name}.yaml`;
            put(`databases/${name}/functions/${file}`, fn);
            return `!include ${file}`;
          }),
        );
      }
      return entry;
    }),
  );

  const actions = Array.isArray(metadata.actions) ? metadata.actions : [];
  if (splitActions) {
    const split = splitActions(actions, metadata.custom_types);
    put('actions.yaml', split.yaml);
    files.set('actions.graphql', split.graphql);
  } else {
    put('actions.yaml', { actions, custom_types: metadata.custom_types ?? EMPTY_CUSTOM_TYPES });
  }

  for (const { file, key, empty } of TOP_LEVEL_FILES) {
    const value = metadata[key] ?? empty;
    if (value !== undefined) put(file, value);
  }
  return files;
}
