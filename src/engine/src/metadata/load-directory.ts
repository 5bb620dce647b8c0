import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinActions, parseActionsSdl } from './actions-sdl.js';
import type { HasuraMetadata, SourceMetadata } from './types.js';
import { MetadataFileError, readYamlWithIncludes } from './yaml-include.js';

/**
 * Builds the `replace_metadata` JSON from a Hasura v3 metadata directory the way the
 * Hasura CLI does (`hasura metadata apply`): one file per top-level key, `databases/databases.yaml`
 * for `sources` with tables and functions pulled in through `!include`. A missing file means the
 * key is absent, as in the CLI; an empty file is treated the same way.
 */
const TOP_LEVEL_FILES: readonly (readonly [file: string, key: string])[] = [
  ['remote_schemas.yaml', 'remote_schemas'],
  ['query_collections.yaml', 'query_collections'],
  ['allow_list.yaml', 'allowlist'],
  ['cron_triggers.yaml', 'cron_triggers'],
  ['rest_endpoints.yaml', 'rest_endpoints'],
  ['inherited_roles.yaml', 'inherited_roles'],
  ['api_limits.yaml', 'api_limits'],
  ['graphql_schema_introspection.yaml', 'graphql_schema_introspection'],
  ['network.yaml', 'network'],
  ['metrics_config.yaml', 'metrics_config'],
  ['backend_configs.yaml', 'backend_configs'],
  ['opentelemetry.yaml', 'opentelemetry'],
];

function readOptional(file: string): unknown {
  if (!existsSync(file)) return undefined;
  const value = readYamlWithIncludes(file);
  return value === null ? undefined : value;
}

function asList(value: unknown, file: string, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new MetadataFileError(file, `${what} must be a list`);
  return value;
}

function loadSources(dir: string): SourceMetadata[] {
  const file = join(dir, 'databases', 'databases.yaml');
  const sources = asList(readOptional(file), file, 'databases');
  return sources.map((raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new MetadataFileError(file, 'each database must be a mapping');
    }
    const source = { ...(raw as Record<string, unknown>) };
    source.tables = asList(source.tables, file, `tables of ${String(source.name)}`);
    if (source.functions === undefined || source.functions === null) delete source.functions;
    else source.functions = asList(source.functions, file, `functions of ${String(source.name)}`);
    return source as unknown as SourceMetadata;
  });
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function hasCustomTypes(value: unknown): boolean {
  if (isEmpty(value) || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((list) => !isEmpty(list));
}

export function loadMetadataDirectory(dir: string): HasuraMetadata {
  if (!existsSync(dir)) throw new MetadataFileError(dir, 'metadata directory does not exist');
  const versionFile = join(dir, 'version.yaml');
  const versionDoc = readOptional(versionFile) as { version?: unknown } | undefined;
  const version = versionDoc?.version ?? 3;
  if (version !== 3) throw new MetadataFileError(versionFile, `unsupported metadata version ${String(version)} (expected 3)`);

  const metadata: HasuraMetadata = { version: 3, sources: loadSources(dir) };

  // actions.graphql holds each action's arguments and output type and the custom types' fields;
  // actions.yaml the handlers, permissions and relationships (metadata/actions-sdl.ts joins them).
  const actionsYaml = readOptional(join(dir, 'actions.yaml')) as Parameters<typeof joinActions>[0];
  const sdlFile = join(dir, 'actions.graphql');
  const sdlText = existsSync(sdlFile) ? readFileSync(sdlFile, 'utf8') : '';
  let sdl: ReturnType<typeof parseActionsSdl>;
  try {
    sdl = parseActionsSdl(sdlText);
  } catch (error) {
    throw new MetadataFileError(sdlFile, (error as Error).message);
  }
  const joined = joinActions(actionsYaml, sdl);
  if (!isEmpty(joined.actions)) metadata.actions = joined.actions;
  if (hasCustomTypes(joined.customTypes)) metadata.custom_types = joined.customTypes;

  for (const [name, key] of TOP_LEVEL_FILES) {
    const value = readOptional(join(dir, name));
    if (value !== undefined) metadata[key] = value;
  }
  return metadata;
}
