import type { HasuraMetadata, QualifiedTable, SourceMetadata, TableMetadata } from './types.js';

/**
 * Metadata in one canonical shape, as Hasura's server re-serialises what it is given:
 * qualified names as `{name, schema}` objects, table keys in export order, empty optional
 * lists dropped. Everything the engine does not interpret is kept as it came.
 */
const TABLE_KEY_ORDER = [
  'table',
  'is_enum',
  'configuration',
  'object_relationships',
  'array_relationships',
  'computed_fields',
  'remote_relationships',
  'insert_permissions',
  'select_permissions',
  'update_permissions',
  'delete_permissions',
  'event_triggers',
  'apollo_federation_config',
  'logical_model',
];

const TOP_KEY_ORDER = [
  'version',
  'sources',
  'remote_schemas',
  'actions',
  'custom_types',
  'query_collections',
  'allowlist',
  'cron_triggers',
  'rest_endpoints',
  'api_limits',
  'inherited_roles',
  'graphql_schema_introspection',
  'network',
  'metrics_config',
  'backend_configs',
  'opentelemetry',
];

function qualified(value: unknown): unknown {
  if (typeof value === 'string') return { name: value, schema: 'public' };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { name, schema, ...rest } = value as Record<string, unknown>;
    return { name, schema: schema ?? 'public', ...rest };
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value as object).length === 0;
}

function ordered(entry: Record<string, unknown>, order: readonly string[], keepEmpty: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => k in entry), ...Object.keys(entry).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const value = entry[key];
    if (value === undefined) continue;
    if (isEmpty(value) && !keepEmpty.includes(key) && Array.isArray(value)) continue;
    out[key] = value;
  }
  return out;
}

function normalizeUsing(using: unknown): unknown {
  if (!using || typeof using !== 'object') return using;
  const u = { ...(using as Record<string, unknown>) };
  const fk = u.foreign_key_constraint_on;
  if (fk && typeof fk === 'object' && !Array.isArray(fk) && 'table' in fk) {
    u.foreign_key_constraint_on = { ...(fk as object), table: qualified((fk as { table: unknown }).table) };
  }
  const manual = u.manual_configuration;
  if (manual && typeof manual === 'object' && 'remote_table' in manual) {
    u.manual_configuration = { ...(manual as object), remote_table: qualified((manual as { remote_table: unknown }).remote_table) };
  }
  return u;
}

export function normalizeTable(table: TableMetadata): TableMetadata {
  const t: Record<string, unknown> = { ...table, table: qualified(table.table) };
  for (const key of ['object_relationships', 'array_relationships'] as const) {
    const list = table[key];
    if (Array.isArray(list)) t[key] = list.map((rel) => ({ ...rel, using: normalizeUsing(rel.using) }));
  }
  if (Array.isArray(table.computed_fields)) {
    t.computed_fields = table.computed_fields.map((cf) => ({
      ...cf,
      definition: { ...cf.definition, function: qualified(cf.definition?.function) },
    }));
  }
  if (t.configuration && isEmpty(t.configuration)) delete t.configuration;
  return ordered(t, TABLE_KEY_ORDER) as TableMetadata;
}

function normalizeSource(source: SourceMetadata): SourceMetadata {
  const s: Record<string, unknown> = { ...source, tables: (source.tables ?? []).map(normalizeTable) };
  if (Array.isArray(source.functions)) {
    s.functions = source.functions.map((f) => ({ ...f, function: qualified(f.function) as QualifiedTable }));
  }
  return ordered(s, ['name', 'kind', 'tables', 'functions', 'configuration'], ['tables']) as SourceMetadata;
}

export function normalizeMetadata(metadata: HasuraMetadata): HasuraMetadata {
  const m: Record<string, unknown> = { ...metadata, version: 3, sources: (metadata.sources ?? []).map(normalizeSource) };
  for (const [key, value] of Object.entries(m)) if (key !== 'sources' && isEmpty(value)) delete m[key];
  return ordered(m, TOP_KEY_ORDER, ['sources']) as HasuraMetadata;
}

/** The source Hasura adds for HASURA_GRAPHQL_DATABASE_URL on a fresh start. */
export function defaultSource(): SourceMetadata {
  return {
    name: 'default',
    kind: 'postgres',
    tables: [],
    configuration: {
      connection_info: {
        database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' },
        isolation_level: 'read-committed',
        pool_settings: { connection_lifetime: 600, idle_timeout: 180, max_connections: 50, retries: 1 },
        use_prepared_statements: true,
      },
    },
  };
}

/** Metadata with a `default` source, adding one when absent. */
export function withDefaultSource(metadata: HasuraMetadata): HasuraMetadata {
  if (metadata.sources.some((s) => s.name === 'default')) return metadata;
  return { ...metadata, sources: [defaultSource(), ...metadata.sources] };
}
