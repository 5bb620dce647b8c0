import type {
  ArrayRelationship,
  ComputedField,
  FunctionMetadata,
  HasuraMetadata,
  ManualRelationship,
  ObjectRelationship,
  QualifiedTable,
  TableMetadata,
} from '../metadata/types.js';
import { resolveActions } from './resolve-actions.js';
import {
  inheritedConflictReason,
  inheritedRolesOf,
  orderInheritedRoles,
  tablePermissionsWithInherited,
  withInheritedRoles,
  type InheritedRole,
} from '../metadata/inherited-roles.js';
import { findFunctions, findTable, qualifiedKey, type DatabaseModel, type FunctionModel } from '../introspection/model.js';
import type { Catalog, ColumnInfo, ComputedFieldInfo, RelationshipInfo, RootFieldKind, TableInfo, TrackedFunctionInfo } from './catalog.js';
import { computedFieldProblem } from './computed-field-check.js';
import { trackedFunctionProblem } from './function-check.js';
import { functionArgScalarInfo, graphqlSafeName, scalarInfo } from './scalars.js';

export interface ResolveOptions {
  stringifyNumeric?: boolean;
  /** false: a function without function permissions is the admin's only (HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS=false). */
  inferFunctionPermissions?: boolean;
  /** Values of enum tables (`is_enum`), keyed by qualifiedKey; read by the service before resolving. */
  enumTableValues?: Map<string, { value: string; description: string | null }[]>;
}

export function qualifyTable(t: QualifiedTable | string | { schema?: string; name: string }): QualifiedTable {
  if (typeof t === 'string') return { schema: 'public', name: t };
  return { schema: t.schema ?? 'public', name: t.name };
}

const ROOT_FIELD_KINDS: RootFieldKind[] = [
  'select',
  'select_by_pk',
  'select_aggregate',
  'select_stream',
  'insert',
  'insert_one',
  'update',
  'update_by_pk',
  'update_many',
  'delete',
  'delete_by_pk',
];

function defaultRootName(kind: RootFieldKind, base: string): string {
  switch (kind) {
    case 'select':
      return base;
    case 'select_by_pk':
      return `${base}_by_pk`;
    case 'select_aggregate':
      return `${base}_aggregate`;
    case 'select_stream':
      return `${base}_stream`;
    case 'insert':
      return `insert_${base}`;
    case 'insert_one':
      return `insert_${base}_one`;
    case 'update':
      return `update_${base}`;
    case 'update_by_pk':
      return `update_${base}_by_pk`;
    case 'update_many':
      return `update_${base}_many`;
    case 'delete':
      return `delete_${base}`;
    case 'delete_by_pk':
      return `delete_${base}_by_pk`;
  }
}

function buildTable(meta: TableMetadata, db: DatabaseModel, options: ResolveOptions, problems: string[]): TableInfo | null {
  const q = qualifyTable(meta.table);
  const model = findTable(db, q.schema, q.name);
  if (!model) {
    problems.push(`table "${q.schema}.${q.name}" does not exist`);
    return null;
  }
  const config = meta.configuration ?? {};
  const gqlName = config.custom_name ?? graphqlSafeName(q.schema === 'public' ? q.name : `${q.schema}_${q.name}`);
  const rootFieldNames = {} as Record<RootFieldKind, string>;
  for (const kind of ROOT_FIELD_KINDS) {
    const custom = config.custom_root_fields?.[kind];
    const customName = typeof custom === 'string' ? custom : custom?.name;
    rootFieldNames[kind] = customName ?? defaultRootName(kind, gqlName);
  }
  const columns: ColumnInfo[] = model.columns.map((c) => ({
    name: c.name,
    gqlName: config.column_config?.[c.name]?.custom_name ?? config.custom_column_names?.[c.name] ?? graphqlSafeName(c.name),
    model: c,
    scalar: scalarInfo(db, c.typeOid),
    nullable: !c.notNull,
    comment: described(config.column_config?.[c.name]?.comment, c.comment),
  }));
  const columnsByName = new Map(columns.map((c) => [c.name, c]));
  const primaryKey = model.primaryKey ? model.primaryKey.columns.map((n) => columnsByName.get(n)!).filter(Boolean) : null;
  return {
    key: qualifiedKey(q.schema, q.name),
    schema: q.schema,
    name: q.name,
    model,
    gqlName,
    rootFieldNames,
    columns,
    columnsByName,
    primaryKey: primaryKey && primaryKey.length > 0 ? primaryKey : null,
    objectRelationships: [],
    arrayRelationships: [],
    computedFields: [],
    enumValues: meta.is_enum ? (options.enumTableValues?.get(qualifiedKey(q.schema, q.name)) ?? null) : null,
    permissions: new Map(),
    // '' (a metadata comment of "") hides the default description too.
    comment: config.comment === '' ? '' : described(config.comment, model.comment),
  };
}

/**
 * Hasura's precedence for a description: the metadata's comment, else the database's; an
 * empty metadata comment says "no description" (null, not "").
 */
function described(metadataComment: string | null | undefined, databaseComment: string | null): string | null {
  if (metadataComment === undefined || metadataComment === null) return databaseComment;
  return metadataComment === '' ? null : metadataComment;
}

function columnList(spec: string | string[] | undefined, single?: string): string[] {
  if (Array.isArray(spec)) return spec;
  if (typeof spec === 'string') return [spec];
  return single ? [single] : [];
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

function resolveRelationship(source: TableInfo, rel: ObjectRelationship | ArrayRelationship, kind: 'object' | 'array', tables: Map<string, TableInfo>): RelationshipInfo | string {
  // Both relationship kinds' `using`, read field by field (each branch checks what it needs).
  const using = rel.using as {
    manual_configuration?: ManualRelationship;
    foreign_key_constraint_on?: string | string[] | { table: QualifiedTable | string; column?: string; columns?: string[] };
  };
  if (using.manual_configuration) {
    const manual = using.manual_configuration;
    const q = qualifyTable(manual.remote_table);
    const target = tables.get(qualifiedKey(q.schema, q.name));
    if (!target) return `relationship "${rel.name}": table "${q.schema}.${q.name}" is not tracked`;
    const mapping = Object.entries(manual.column_mapping);
    return {
      name: rel.name,
      kind,
      source,
      target,
      mapping,
      sourceHoldsKey: kind === 'object' && manual.insertion_order !== 'after_parent',
      nonNull: false,
    };
  }
  const fk = using.foreign_key_constraint_on;
  if (kind === 'object' && (typeof fk === 'string' || Array.isArray(fk))) {
    const cols = columnList(fk);
    const key = source.model.foreignKeys.find((k) => sameColumns(k.columns, cols));
    if (!key) return `relationship "${rel.name}": no foreign key on ${JSON.stringify(cols)} in "${source.name}"`;
    const target = tables.get(qualifiedKey(key.refSchema, key.refTable));
    if (!target) return `relationship "${rel.name}": table "${key.refSchema}.${key.refTable}" is not tracked`;
    const mapping = key.columns.map((c, i): [string, string] => [c, key.refColumns[i]!]);
    const nonNull = key.columns.every((c) => source.columnsByName.get(c)?.nullable === false);
    return { name: rel.name, kind, source, target, mapping, sourceHoldsKey: true, nonNull };
  }
  if (fk && typeof fk === 'object' && !Array.isArray(fk)) {
    const q = qualifyTable(fk.table);
    const target = tables.get(qualifiedKey(q.schema, q.name));
    if (!target) return `relationship "${rel.name}": table "${q.schema}.${q.name}" is not tracked`;
    const cols = columnList(fk.columns ?? fk.column);
    const key = target.model.foreignKeys.find((k) => sameColumns(k.columns, cols) && k.refSchema === source.schema && k.refTable === source.name);
    if (!key) return `relationship "${rel.name}": no foreign key on ${JSON.stringify(cols)} in "${target.name}" referencing "${source.name}"`;
    const mapping = key.columns.map((c, i): [string, string] => [key.refColumns[i]!, c]);
    return { name: rel.name, kind, source, target, mapping, sourceHoldsKey: false, nonNull: false };
  }
  return `relationship "${rel.name}": unsupported definition`;
}

function pickFunction(candidates: FunctionModel[]): FunctionModel | undefined {
  return candidates[0];
}

function resolveComputedField(source: TableInfo, cf: ComputedField, db: DatabaseModel, tables: Map<string, TableInfo>): ComputedFieldInfo | string {
  const q = qualifyTable(cf.definition.function);
  const fn = pickFunction(findFunctions(db, q.schema, q.name));
  if (!fn) return `computed field "${cf.name}": function "${q.schema}.${q.name}" does not exist`;
  const problem = computedFieldProblem(cf.name, source.model, fn, cf.definition, db);
  if (problem) return `computed field "${cf.name}": ${problem}`;
  const tableArgName = cf.definition.table_argument;
  let tableArgIndex = tableArgName ? fn.args.findIndex((a) => a.name === tableArgName) : fn.args.findIndex((a) => a.typeOid === source.model.rowTypeOid);
  if (tableArgIndex < 0 && !tableArgName) tableArgIndex = 0;
  if (tableArgIndex < 0) return `computed field "${cf.name}": argument "${tableArgName}" not found`;
  const sessionArgName = cf.definition.session_argument;
  const sessionArgIndex = sessionArgName ? fn.args.findIndex((a) => a.name === sessionArgName) : -1;
  if (sessionArgName && sessionArgIndex < 0) return `computed field "${cf.name}": argument "${sessionArgName}" not found`;
  const inputArgs = fn.args
    .map((a, index) => ({ a, index }))
    .filter(({ index }) => index !== tableArgIndex && index !== sessionArgIndex)
    .map(({ a, index }) => ({ name: a.name ?? `arg_${index + 1}`, index, scalar: functionArgScalarInfo(db, a.typeOid), hasDefault: a.hasDefault }));
  const returnTable = db.tablesByRowType.get(fn.returnTypeOid);
  let returns: ComputedFieldInfo['returns'];
  if (returnTable) {
    const target = tables.get(qualifiedKey(returnTable.schema, returnTable.name));
    if (!target) return `computed field "${cf.name}": returned table "${returnTable.name}" is not tracked`;
    returns = { kind: 'table', table: target };
  } else {
    returns = { kind: 'scalar', scalar: scalarInfo(db, fn.returnTypeOid) };
  }
  return {
    name: cf.name,
    fn,
    tableArgIndex,
    sessionArgIndex: sessionArgIndex >= 0 ? sessionArgIndex : null,
    inputArgs,
    returns,
    comment: described(cf.comment, fn.comment),
  };
}

function resolvePermissions(table: TableInfo, meta: TableMetadata, roles: Set<string>, inherited: readonly InheritedRole[], problems: string[]): void {
  const all = table.columns.map((c) => c.name);
  const cols = (spec: string[] | '*' | undefined): Set<string> => new Set(spec === '*' || spec === undefined ? all : spec);
  const { permissions, conflicts } = tablePermissionsWithInherited(meta, inherited, all);
  for (const c of conflicts) problems.push(inheritedConflictReason(c.role, c.kind, table.name));
  for (const [role, perm] of permissions) {
    roles.add(role);
    const select = perm.select;
    table.permissions.set(role, {
      select: select
        ? {
            columns: cols(select.columns),
            computedFields: new Set(select.computed_fields ?? []),
            filter: select.filter ?? {},
            limit: select.limit ?? null,
            allowAggregations: select.allow_aggregations === true,
            queryRootFields: select.query_root_fields ? new Set(select.query_root_fields) : null,
            subscriptionRootFields: select.subscription_root_fields ? new Set(select.subscription_root_fields) : null,
            fieldFilters: 'field_filters' in select && Object.keys(select.field_filters).length > 0 ? new Map(Object.entries(select.field_filters)) : null,
          }
        : null,
      insert: perm.insert
        ? { check: perm.insert.check ?? {}, columns: cols(perm.insert.columns), set: perm.insert.set ?? {}, backendOnly: perm.insert.backend_only === true }
        : null,
      update: perm.update ? { columns: cols(perm.update.columns), filter: perm.update.filter ?? {}, check: perm.update.check ?? null, set: perm.update.set ?? {} } : null,
      delete: perm.delete ? { filter: perm.delete.filter ?? {}, backendOnly: perm.delete.backend_only === true } : null,
    });
  }
}

function resolveFunction(
  meta: FunctionMetadata,
  db: DatabaseModel,
  tables: Map<string, TableInfo>,
  inherited: readonly InheritedRole[],
  infer: boolean,
): TrackedFunctionInfo | string {
  const q = qualifyTable(meta.function);
  const fn = pickFunction(findFunctions(db, q.schema, q.name));
  if (!fn) return `function "${q.schema}.${q.name}" does not exist`;
  const returnModel = db.tablesByRowType.get(fn.returnTypeOid);
  const returnTable = returnModel && tables.get(qualifiedKey(returnModel.schema, returnModel.name));
  if (!returnTable) return `function "${q.schema}.${q.name}" must return rows of a tracked table`;
  const problem = trackedFunctionProblem(fn, meta.configuration, db);
  if (problem) return `function "${q.schema}.${q.name}": ${problem}`;
  const sessionArgName = meta.configuration?.session_argument;
  const sessionArgIndex = sessionArgName ? fn.args.findIndex((a) => a.name === sessionArgName) : -1;
  const inputArgs = fn.args
    .map((a, index) => ({ a, index }))
    .filter(({ index }) => index !== sessionArgIndex)
    .map(({ a, index }) => ({ name: a.name ?? `arg_${index + 1}`, index, scalar: functionArgScalarInfo(db, a.typeOid), hasDefault: a.hasDefault }));
  const exposedAs = meta.configuration?.exposed_as ?? (fn.volatility === 'v' ? 'mutation' : 'query');
  return {
    gqlName: meta.configuration?.custom_name ?? graphqlSafeName(q.schema === 'public' ? q.name : `${q.schema}_${q.name}`),
    fn,
    returnTable,
    sessionArgIndex: sessionArgIndex >= 0 ? sessionArgIndex : null,
    inputArgs,
    exposedAs,
    // Functions exposed as mutations need a function permission whatever the inference setting (Hasura).
    roles: meta.permissions || !infer || exposedAs === 'mutation' ? withInheritedRoles(new Set((meta.permissions ?? []).map((p) => p.role)), inherited) : null,
  };
}

/**
 * A column referencing an enum table (`is_enum: true`) through a single-column foreign key
 * takes the GraphQL enum `<enum table>_enum` instead of its Postgres type, as in Hasura.
 */
function useEnumTables(table: TableInfo, tables: Map<string, TableInfo>): void {
  for (const fk of table.model.foreignKeys) {
    if (fk.columns.length !== 1) continue;
    const target = tables.get(qualifiedKey(fk.refSchema, fk.refTable));
    if (!target?.enumValues || target.enumValues.length === 0) continue;
    const column = table.columnsByName.get(fk.columns[0]!);
    if (!column) continue;
    column.scalar = { ...column.scalar, gqlName: `${target.gqlName}_enum`, family: 'enum', enumValues: target.enumValues };
  }
}

/** Resolves the `default` source of the metadata against the introspected database. */
export function resolveCatalog(metadata: HasuraMetadata, db: DatabaseModel, options: ResolveOptions = {}): Catalog {
  const problems: string[] = [];
  const source = metadata.sources.find((s) => s.name === 'default') ?? metadata.sources[0];
  const tableMetas = source?.tables ?? [];
  const tables: TableInfo[] = [];
  const tablesByKey = new Map<string, TableInfo>();
  const metaByKey = new Map<string, TableMetadata>();
  for (const meta of tableMetas) {
    const table = buildTable(meta, db, options, problems);
    if (!table || tablesByKey.has(table.key)) continue;
    tables.push(table);
    tablesByKey.set(table.key, table);
    metaByKey.set(table.key, meta);
  }
  const roles = new Set<string>();
  let inherited: InheritedRole[] = [];
  try {
    inherited = orderInheritedRoles(inheritedRolesOf(metadata));
  } catch (e) {
    problems.push((e as Error).message);
  }
  for (const role of inherited) roles.add(role.role_name);
  for (const table of tables) {
    const meta = metaByKey.get(table.key)!;
    for (const rel of meta.object_relationships ?? []) {
      const r = resolveRelationship(table, rel, 'object', tablesByKey);
      if (typeof r === 'string') problems.push(`${table.key}: ${r}`);
      else table.objectRelationships.push(r);
    }
    for (const rel of meta.array_relationships ?? []) {
      const r = resolveRelationship(table, rel, 'array', tablesByKey);
      if (typeof r === 'string') problems.push(`${table.key}: ${r}`);
      else table.arrayRelationships.push(r);
    }
    for (const cf of meta.computed_fields ?? []) {
      const r = resolveComputedField(table, cf, db, tablesByKey);
      if (typeof r === 'string') problems.push(`${table.key}: ${r}`);
      else table.computedFields.push(r);
    }
    resolvePermissions(table, meta, roles, inherited, problems);
  }
  for (const table of tables) useEnumTables(table, tablesByKey);
  const functions: TrackedFunctionInfo[] = [];
  for (const meta of source?.functions ?? []) {
    const r = resolveFunction(meta, db, tablesByKey, inherited, options.inferFunctionPermissions !== false);
    if (typeof r === 'string') problems.push(r);
    else functions.push(r);
  }
  const actions = resolveActions(metadata.actions, metadata.custom_types, db, tablesByKey);
  for (const problem of actions.problems) problems.push(problem.reason);
  for (const action of actions.catalog.actions) {
    // An inherited role may run an action any of its parents may (Hasura's boolean permissions).
    withInheritedRoles(action.roles, inherited);
    for (const role of action.roles) roles.add(role);
  }
  return {
    db,
    tables,
    tablesByKey,
    functions,
    actions: actions.catalog,
    sessionFunctions: sessionFunctionsOf(tables, functions),
    roles,
    stringifyNumeric: options.stringifyNumeric === true,
    inconsistencies: problems,
  };
}

function sessionFunctionsOf(tables: TableInfo[], functions: TrackedFunctionInfo[]): Set<string> {
  const names = new Set<string>();
  for (const fn of functions) if (fn.sessionArgIndex !== null) names.add(`${fn.fn.schema}.${fn.fn.name}`);
  for (const table of tables) {
    for (const cf of table.computedFields) if (cf.sessionArgIndex !== null) names.add(`${cf.fn.schema}.${cf.fn.name}`);
  }
  return names;
}
