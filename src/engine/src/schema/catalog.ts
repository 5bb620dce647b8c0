/**
 * The tracked part of the database, resolved once per metadata + introspection: tables with
 * their GraphQL names, columns, relationships, computed fields and per-role permissions.
 * Schema building and compiling both read this; neither goes back to raw metadata.
 */
import type { RequestTransform, ResponseTransform } from '../transforms/index.js';
import type { BoolExp, EventTriggerHeader } from '../metadata/types.js';
import type { ColumnModel, DatabaseModel, FunctionModel, PgType, TableModel } from '../introspection/model.js';

export interface ScalarInfo {
  /** GraphQL scalar name (`Int`, `String`, `uuid`, `timestamptz`, `_text`, ...). */
  gqlName: string;
  pgType: PgType;
  /** The type with domains resolved (what operators and casts are chosen by). */
  baseType: PgType;
  isArray: boolean;
  /** Groups that decide operators and output formatting. */
  family: 'int' | 'float' | 'numeric' | 'string' | 'boolean' | 'json' | 'jsonb' | 'geometry' | 'geography' | 'ltree' | 'enum' | 'other';
  /** For columns referencing an enum table: the GraphQL enum's values. */
  enumValues?: { value: string; description: string | null }[];
}

export interface ColumnInfo {
  name: string;
  gqlName: string;
  model: ColumnModel;
  scalar: ScalarInfo;
  nullable: boolean;
  comment: string | null;
}

export interface RelationshipInfo {
  name: string;
  kind: 'object' | 'array';
  source: TableInfo;
  target: TableInfo;
  /** [source column, target column] pairs. */
  mapping: [string, string][];
  /** For object relationships: the source holds the foreign key, so nested inserts write the target first. */
  sourceHoldsKey: boolean;
  /** The target columns are all NOT NULL via a foreign key from the source: the field is non-null. */
  nonNull: boolean;
}

export interface ComputedFieldInfo {
  name: string;
  fn: FunctionModel;
  tableArgIndex: number;
  sessionArgIndex: number | null;
  /** Arguments the caller supplies through `args:`. */
  inputArgs: { name: string; index: number; scalar: ScalarInfo; hasDefault: boolean }[];
  returns: { kind: 'scalar'; scalar: ScalarInfo } | { kind: 'table'; table: TableInfo };
  comment: string | null;
}

export interface TrackedFunctionInfo {
  gqlName: string;
  fn: FunctionModel;
  returnTable: TableInfo;
  sessionArgIndex: number | null;
  inputArgs: { name: string; index: number; scalar: ScalarInfo; hasDefault: boolean }[];
  exposedAs: 'query' | 'mutation';
  /** Roles granted explicitly; with inferred permissions, select access to the table suffices. */
  roles: Set<string> | null;
}

export interface SelectPermissionInfo {
  columns: Set<string>;
  computedFields: Set<string>;
  filter: BoolExp;
  limit: number | null;
  allowAggregations: boolean;
  queryRootFields: Set<string> | null;
  subscriptionRootFields: Set<string> | null;
  /** Inherited roles: columns and scalar computed fields shown only in rows this filter admits (null elsewhere). */
  fieldFilters?: Map<string, BoolExp> | null;
}

export interface InsertPermissionInfo {
  check: BoolExp;
  columns: Set<string>;
  set: Record<string, unknown>;
  backendOnly: boolean;
}

export interface UpdatePermissionInfo {
  columns: Set<string>;
  filter: BoolExp;
  check: BoolExp | null;
  set: Record<string, unknown>;
}

export interface DeletePermissionInfo {
  filter: BoolExp;
  backendOnly?: boolean;
}

export interface TablePermissions {
  select: SelectPermissionInfo | null;
  insert: InsertPermissionInfo | null;
  update: UpdatePermissionInfo | null;
  delete: DeletePermissionInfo | null;
}

export type RootFieldKind =
  'select' | 'select_by_pk' | 'select_aggregate' | 'select_stream' | 'insert' | 'insert_one' | 'update' | 'update_by_pk' | 'update_many' | 'delete' | 'delete_by_pk';

export interface TableInfo {
  key: string;
  schema: string;
  name: string;
  model: TableModel;
  gqlName: string;
  rootFieldNames: Record<RootFieldKind, string>;
  columns: ColumnInfo[];
  columnsByName: Map<string, ColumnInfo>;
  primaryKey: ColumnInfo[] | null;
  objectRelationships: RelationshipInfo[];
  arrayRelationships: RelationshipInfo[];
  computedFields: ComputedFieldInfo[];
  /** Enum table (`is_enum: true`): its values become a GraphQL enum. */
  enumValues: { value: string; description: string | null }[] | null;
  permissions: Map<string, TablePermissions>;
  comment: string | null;
}

export interface Catalog {
  db: DatabaseModel;
  tables: TableInfo[];
  tablesByKey: Map<string, TableInfo>;
  functions: TrackedFunctionInfo[];
  /**
   * Functions (tracked or computed fields) that take the session as an argument, as `schema.name`:
   * a statement calling one depends on the whole session, not only the variables it names.
   */
  sessionFunctions: ReadonlySet<string>;
  /** Every role named in any permission. */
  roles: Set<string>;
  stringifyNumeric: boolean;
  /** Metadata problems that made something unavailable (like Hasura's inconsistent objects). */
  inconsistencies: string[];
  /** Actions and custom types (schema/resolve-actions.ts); absent when the metadata has none. */
  actions?: ActionsCatalog;
}

// Actions and the custom types they use, resolved against the tracked tables (Hasura's
// AnnotatedCustomTypes and ActionInfo; schema/resolve-actions.ts).

/** A GraphQL type reference as written (`[uuid!]!`), with its base name. */
export interface TypeRef {
  text: string;
  base: string;
}

export interface CustomFieldInfo {
  name: string;
  type: TypeRef;
  description: string | null;
}

export interface ActionRelationshipInfo {
  name: string;
  kind: 'object' | 'array';
  target: TableInfo;
  /** [output field, target column] pairs. */
  mapping: [string, ColumnInfo][];
}

export interface CustomObjectInfo {
  name: string;
  description: string | null;
  fields: CustomFieldInfo[];
  relationships: ActionRelationshipInfo[];
}

export interface CustomTypesInfo {
  scalars: { name: string; description: string | null }[];
  enums: { name: string; description: string | null; values: { value: string; description: string | null; deprecated: boolean }[] }[];
  inputObjects: { name: string; description: string | null; fields: CustomFieldInfo[] }[];
  objects: Map<string, CustomObjectInfo>;
}

export interface ActionInfo {
  name: string;
  kind: 'synchronous' | 'asynchronous';
  type: 'mutation' | 'query';
  /** The handler URL as configured (`{{ENV}}` templates resolved when called). */
  handler: string;
  headers: EventTriggerHeader[];
  forwardClientHeaders: boolean;
  timeoutSeconds: number;
  /** Hasura's `request_transform` / `response_transform`, parsed and checked. */
  requestTransform?: RequestTransform;
  responseTransform?: ResponseTransform;
  arguments: CustomFieldInfo[];
  output: { type: TypeRef; object: CustomObjectInfo; isList: boolean };
  roles: Set<string>;
  comment: string | null;
}

export interface ActionsCatalog {
  customTypes: CustomTypesInfo;
  actions: ActionInfo[];
}
