/**
 * Metadata in the form Hasura's own `export_metadata` gives it, for the parts of the
 * metadata this project uses. The rules are Hasura's serializer's
 * (server/src-lib/Hasura/RQL/Types/Metadata/Serialization.hs, v2.48):
 * - lists of named things are sorted: sources by name, tables by (schema, name),
 *   relationships, computed fields, remote relationships and event triggers by name,
 *   permissions by role, functions by (schema, name), and the top-level lists by name
 *   (allowlist by collection, rest_endpoints by url, inherited_roles by role_name);
 * - empty lists and objects are left out (`tables` of a source excepted), and so is a table
 *   `configuration` with nothing in it, and `custom_types` with no types;
 * - defaults are left out: `is_enum: false`, `allow_aggregations: false`,
 *   `backend_only: false`, an empty `set`, a null `limit` or `comment`, empty `headers`;
 * - an update permission always has `check` (null when there is none).
 * Nothing else is touched: every other value is compared as it is.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedBy(list: Json[], key: (item: JsonObject) => string): Json[] {
  return [...list].sort((a, b) => compare(key(a as JsonObject), key(b as JsonObject)));
}

/** Hasura orders qualified names by schema, then name; a bare string is a name in `public`. */
function qualifiedKey(value: Json | undefined): string {
  if (typeof value === 'string') return `public\u0000${value}`;
  if (isObject(value)) return `${String(value.schema ?? 'public')}\u0000${String(value.name)}`;
  return '';
}

const byName = (item: JsonObject) => String(item.name);
const byRole = (item: JsonObject) => String(item.role);

/** Drops the keys whose value is empty, or equal to Hasura's default for that key. */
function withoutDefaults(entry: JsonObject, defaults: Record<string, Json>, droppedWhenEmpty: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined) continue;
    if (key in defaults && JSON.stringify(defaults[key]) === JSON.stringify(value)) continue;
    if (droppedWhenEmpty.includes(key) && isEmpty(value)) continue;
    out[key] = value;
  }
  return out;
}

function permissionEntry(entry: JsonObject, kind: 'insert' | 'select' | 'update' | 'delete'): JsonObject {
  const permission = isObject(entry.permission) ? { ...entry.permission } : {};
  if (kind === 'update' && !('check' in permission)) permission.check = null;
  const cleaned = withoutDefaults(permission, { backend_only: false, allow_aggregations: false, limit: null }, kind === 'select' ? ['computed_fields'] : ['set']);
  return withoutDefaults({ ...entry, permission: cleaned }, { comment: null }, []);
}

function table(entry: JsonObject): JsonObject {
  const t: JsonObject = { ...entry };
  for (const key of ['object_relationships', 'array_relationships', 'computed_fields', 'remote_relationships'] as const) {
    if (Array.isArray(t[key])) t[key] = sortedBy(t[key], byName).map((item) => withoutDefaults(item as JsonObject, { comment: null }, []));
  }
  for (const kind of ['insert', 'select', 'update', 'delete'] as const) {
    const key = `${kind}_permissions`;
    if (Array.isArray(t[key])) t[key] = sortedBy(t[key], byRole).map((item) => permissionEntry(item as JsonObject, kind));
  }
  if (Array.isArray(t.event_triggers)) {
    t.event_triggers = sortedBy(t.event_triggers, byName).map((item) => withoutDefaults(item as JsonObject, {}, ['headers']));
  }
  if (isObject(t.configuration) && Object.values(t.configuration).every(isEmpty)) delete t.configuration;
  return withoutDefaults(t, { is_enum: false }, [
    'object_relationships',
    'array_relationships',
    'computed_fields',
    'remote_relationships',
    'insert_permissions',
    'select_permissions',
    'update_permissions',
    'delete_permissions',
    'event_triggers',
  ]);
}

function source(entry: JsonObject): JsonObject {
  const s: JsonObject = { ...entry, tables: sortedBy((entry.tables as Json[] | undefined) ?? [], (t) => qualifiedKey(t.table)).map((t) => table(t as JsonObject)) };
  if (Array.isArray(s.functions)) {
    s.functions = sortedBy(s.functions, (f) => qualifiedKey(f.function)).map((f) => withoutDefaults(f as JsonObject, { comment: null }, ['configuration', 'permissions']));
  }
  return withoutDefaults(s, {}, ['functions', 'customization']);
}

const TOP_LEVEL_SORT: Record<string, (item: JsonObject) => string> = {
  remote_schemas: byName,
  query_collections: byName,
  actions: byName,
  cron_triggers: byName,
  allowlist: (item) => String(item.collection),
  rest_endpoints: (item) => String(item.url),
  inherited_roles: (item) => String(item.role_name),
};

export function hasuraExportForm(metadata: unknown): JsonObject {
  if (!isObject(metadata)) throw new Error('metadata must be an object');
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (key === 'sources') {
      out.sources = sortedBy((value as Json[]) ?? [], byName).map((s) => source(s as JsonObject));
      continue;
    }
    if (key === 'custom_types' && isObject(value)) {
      const types = withoutDefaults(value, {}, Object.keys(value));
      if (!isEmpty(types)) out.custom_types = types;
      continue;
    }
    if (isEmpty(value)) continue;
    const sortKey = TOP_LEVEL_SORT[key];
    out[key] = sortKey && Array.isArray(value) ? sortedBy(value, sortKey) : (value as Json);
  }
  return out;
}
