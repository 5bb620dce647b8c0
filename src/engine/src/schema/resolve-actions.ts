/**
 * Custom types and actions checked and resolved as Hasura's RQL/DDL/CustomTypes.hs
 * (`validateCustomTypeDefinitions`) and RQL/DDL/Action.hs (`resolveAction`) do, with their
 * messages. A problem with the custom types makes every action unavailable; a problem with one
 * action makes that action unavailable (an inconsistent object).
 */
import { checkedRequestTransform, checkedResponseTransform } from '../transforms/index.js';
import { qualifiedKey, type DatabaseModel } from '../introspection/model.js';
import type { ActionMetadata, CustomTypeField, CustomTypes, QualifiedTable } from '../metadata/types.js';
import type { ActionInfo, ActionsCatalog, CustomFieldInfo, CustomObjectInfo, TableInfo, TypeRef } from './catalog.js';
import { scalarInfo } from './scalars.js';

const DEFAULT_SCALARS = ['Int', 'Float', 'String', 'Boolean', 'ID'];

/** Hasura's default action timeout (seconds). */
export const DEFAULT_ACTION_TIMEOUT = 30;

export const emptyActionsCatalog = (): ActionsCatalog => ({ customTypes: { scalars: [], enums: [], inputObjects: [], objects: new Map() }, actions: [] });

export function typeRef(text: string): TypeRef {
  return { text, base: text.replace(/[[\]!\s]/g, '') };
}

const isList = (type: TypeRef): boolean => type.text.trim().startsWith('[');
const q = (name: string): string => `"${name}"`;
const quoteList = (names: Iterable<string>): string => [...names].map(q).join(', ');

function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of names) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
}

/** Hasura shows a table in public by its name alone, any other as schema.name. */
function showTable(t: QualifiedTable): string {
  return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
}

function qualify(t: QualifiedTable | string): QualifiedTable {
  return typeof t === 'string' ? { schema: 'public', name: t } : { schema: t.schema ?? 'public', name: t.name };
}

/** The GraphQL names of Postgres's types (uuid, timestamptz, bigint, ...), usable in custom types. */
export function postgresScalarNames(db: DatabaseModel): Set<string> {
  const names = new Set<string>();
  for (const type of db.types.values()) if (type.kind === 'b' || type.kind === 'd' || type.kind === 'e') names.add(scalarInfo(db, type.oid).gqlName);
  return names;
}

const fieldInfo = (f: CustomTypeField): CustomFieldInfo => ({ name: f.name, type: typeRef(f.type), description: f.description ?? null });

function validateCustomTypes(types: CustomTypes, pgScalars: Set<string>, tables: Map<string, TableInfo>): { errors: string[]; objects: Map<string, CustomObjectInfo> } {
  const errors: string[] = [];
  const scalars = types.scalars ?? [];
  const enums = types.enums ?? [];
  const inputs = types.input_objects ?? [];
  const objects = types.objects ?? [];
  const dup = duplicates([...scalars.map((s) => s.name), ...enums.map((e) => e.name), ...inputs.map((i) => i.name), ...objects.map((o) => o.name)]);
  if (dup.length > 0) errors.push(`duplicate type names: ${quoteList(dup)}`);
  for (const e of enums) {
    const dupValues = duplicates(e.values.map((v) => v.value));
    if (dupValues.length > 0) errors.push(`the enum type ${q(e.name)} has duplicate values: ${quoteList(dupValues)}`);
  }
  const scalarNames = new Set([...scalars.map((s) => s.name), ...DEFAULT_SCALARS]);
  const enumNames = new Set(enums.map((e) => e.name));
  const inputNames = new Set(inputs.map((i) => i.name));
  const objectNames = new Set(objects.map((o) => o.name));
  for (const input of inputs) {
    const dupFields = duplicates(input.fields.map((f) => f.name));
    if (dupFields.length > 0) errors.push(`the input object ${q(input.name)} has duplicate fields: ${quoteList(dupFields)}`);
    for (const f of input.fields) {
      const base = typeRef(f.type).base;
      if (!scalarNames.has(base) && !enumNames.has(base) && !inputNames.has(base) && !pgScalars.has(base)) {
        errors.push(`the type ${q(base)} for field ${q(f.name)} in  input object type ${q(input.name)} does not exist`);
      }
    }
  }
  const resolved = new Map<string, CustomObjectInfo>();
  for (const o of objects) {
    const rels = o.relationships ?? [];
    const dupFields = duplicates([...o.fields.map((f) => f.name), ...rels.map((r) => r.name)]);
    if (dupFields.length > 0) errors.push(`the object ${q(o.name)} has duplicate fields: ${quoteList(dupFields)}`);
    const fields = o.fields.map(fieldInfo);
    for (const f of o.fields) {
      if (f.arguments) errors.push(`the object ${q(o.name)} can't have arguments`);
      const base = typeRef(f.type).base;
      if (!scalarNames.has(base) && !enumNames.has(base) && !objectNames.has(base) && !pgScalars.has(base)) {
        errors.push(`the type ${q(base)} for field ${q(f.name)} in  object type ${q(o.name)} does not exist`);
      }
    }
    const relationships: CustomObjectInfo['relationships'] = [];
    for (const rel of rels) {
      const remote = qualify(rel.remote_table);
      const target = tables.get(qualifiedKey(remote.schema, remote.name));
      if (!target) {
        errors.push(`the remote table ${q(showTable(remote))} for relationship ${q(rel.name)} of object type ${q(o.name)} does not exist`);
        continue;
      }
      const mapping: [string, TableInfo['columns'][number]][] = [];
      for (const [fieldName, columnName] of Object.entries(rel.field_mapping ?? {})) {
        const field = fields.find((f) => f.name === fieldName);
        if (!field) errors.push(`the field ${q(fieldName)} for relationship ${q(rel.name)} in object type ${q(o.name)} does not exist`);
        else if (isList(field.type)) errors.push(`the type of the field ${q(fieldName)} for relationship ${q(rel.name)} in object type ${q(o.name)} is a list type`);
        const column = target.columnsByName.get(columnName);
        if (!column) errors.push(`the column ${q(columnName)} of remote table ${q(showTable(remote))} for relationship ${q(rel.name)} of object type ${q(o.name)} does not exist`);
        else mapping.push([fieldName, column]);
      }
      relationships.push({ name: rel.name, kind: rel.type === 'array' ? 'array' : 'object', target, mapping });
    }
    resolved.set(o.name, { name: o.name, description: o.description ?? null, fields, relationships });
  }
  return { errors, objects: resolved };
}

/** The message Hasura gives for custom types that do not validate (an inconsistent `custom_types`). */
export function customTypesMessage(errors: string[]): string {
  const reasons = errors.length === 1 ? `because ${errors[0]}` : `for the following reasons:\n${errors.map((e) => `  • ${e}\n`).join('')}`;
  return `validation for the given custom types failed ${reasons}`;
}

function resolveAction(action: ActionMetadata, catalog: ActionsCatalog, pgScalars: Set<string>): ActionInfo | string {
  const def = action.definition ?? ({} as ActionMetadata['definition']);
  const types = catalog.customTypes;
  const nonObject = new Set([...types.scalars.map((s) => s.name), ...types.enums.map((e) => e.name), ...types.inputObjects.map((i) => i.name), ...DEFAULT_SCALARS]);
  const args = (def.arguments ?? []).map(fieldInfo);
  for (const arg of args) {
    if (!nonObject.has(arg.type.base) && !pgScalars.has(arg.type.base)) {
      return `the type: ${q(arg.type.base)} is not defined in custom types or it is not a scalar/enum/input_object`;
    }
  }
  const output = typeRef(String(def.output_type ?? ''));
  const object = types.objects.get(output.base);
  if (!object) return `the type: ${q(output.base)} is not an object type defined in custom types`;
  let transforms: Pick<ActionInfo, 'requestTransform' | 'responseTransform'>;
  try {
    const requestTransform = checkedRequestTransform(def.request_transform);
    const responseTransform = checkedResponseTransform(def.response_transform);
    transforms = { ...(requestTransform ? { requestTransform } : {}), ...(responseTransform ? { responseTransform } : {}) };
  } catch (error) {
    return (error as Error).message;
  }
  return {
    ...transforms,
    name: action.name,
    kind: def.kind === 'asynchronous' ? 'asynchronous' : 'synchronous',
    type: def.type === 'query' ? 'query' : 'mutation',
    handler: def.handler,
    headers: def.headers ?? [],
    forwardClientHeaders: def.forward_client_headers === true,
    timeoutSeconds: def.timeout ?? DEFAULT_ACTION_TIMEOUT,
    arguments: args,
    output: { type: output, object, isList: isList(output) },
    roles: new Set((action.permissions ?? []).map((p) => p.role)),
    comment: action.comment ?? null,
  };
}

/** Problems are returned in Hasura's words, prefixed as its inconsistent objects are. */
export function resolveActions(
  actions: readonly ActionMetadata[] | undefined,
  customTypes: CustomTypes | undefined,
  db: DatabaseModel,
  tables: Map<string, TableInfo>,
): { catalog: ActionsCatalog; problems: { action?: string; reason: string }[] } {
  const catalog = emptyActionsCatalog();
  const problems: { action?: string; reason: string }[] = [];
  if (!actions?.length && !customTypes) return { catalog, problems };
  const pgScalars = postgresScalarNames(db);
  const types = customTypes ?? {};
  const { errors, objects } = validateCustomTypes(types, pgScalars, tables);
  if (errors.length > 0) {
    problems.push({ reason: customTypesMessage(errors) });
    for (const a of actions ?? []) problems.push({ action: a.name, reason: `in action ${q(a.name)}; custom types are inconsistent` });
    return { catalog, problems };
  }
  catalog.customTypes = {
    scalars: (types.scalars ?? []).map((s) => ({ name: s.name, description: s.description ?? null })),
    enums: (types.enums ?? []).map((e) => ({
      name: e.name,
      description: e.description ?? null,
      values: e.values.map((v) => ({ value: v.value, description: v.description ?? null, deprecated: v.is_deprecated === true })),
    })),
    inputObjects: (types.input_objects ?? []).map((i) => ({ name: i.name, description: i.description ?? null, fields: i.fields.map(fieldInfo) })),
    objects,
  };
  for (const action of actions ?? []) {
    const resolved = resolveAction(action, catalog, pgScalars);
    if (typeof resolved === 'string') problems.push({ action: action.name, reason: `in action ${q(action.name)}; ${resolved}` });
    else catalog.actions.push(resolved);
  }
  return { catalog, problems };
}
