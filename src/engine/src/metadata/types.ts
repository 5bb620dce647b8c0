/**
 * Hasura metadata v3 as JSON: what the CLI assembles from `hasura/metadata/` and what
 * `export_metadata` / `replace_metadata` carry. Only the parts the engine acts on are
 * typed precisely; everything else is kept verbatim so export returns what was loaded.
 */
export interface QualifiedTable {
  schema: string;
  name: string;
}

export type ColumnList = string[] | '*';

export interface ObjectRelationship {
  name: string;
  comment?: string;
  using: { foreign_key_constraint_on: string | string[] | { table: QualifiedTable; column?: string; columns?: string[] } } | { manual_configuration: ManualRelationship };
}

export interface ArrayRelationship {
  name: string;
  comment?: string;
  using: { foreign_key_constraint_on: { table: QualifiedTable | string; column?: string; columns?: string[] } } | { manual_configuration: ManualRelationship };
}

export interface ManualRelationship {
  remote_table: QualifiedTable | string;
  column_mapping: Record<string, string>;
  insertion_order?: 'before_parent' | 'after_parent' | null;
}

export interface ComputedField {
  name: string;
  definition: {
    function: QualifiedTable | string;
    table_argument?: string | null;
    session_argument?: string | null;
  };
  comment?: string;
}

/** A boolean expression over a table, as written in permissions (`{"customer_id": {"_eq": "X-Hasura-User-Id"}}`). */
export type BoolExp = Record<string, unknown>;

export interface SelectPermission {
  role: string;
  permission: {
    columns: ColumnList;
    filter: BoolExp;
    limit?: number;
    allow_aggregations?: boolean;
    computed_fields?: string[];
    query_root_fields?: string[];
    subscription_root_fields?: string[];
  };
  comment?: string;
}

export interface InsertPermission {
  role: string;
  permission: {
    check: BoolExp;
    columns?: ColumnList;
    set?: Record<string, unknown>;
    backend_only?: boolean;
  };
  comment?: string;
}

export interface UpdatePermission {
  role: string;
  permission: {
    columns: ColumnList;
    filter: BoolExp;
    check?: BoolExp | null;
    set?: Record<string, unknown>;
  };
  comment?: string;
}

export interface DeletePermission {
  role: string;
  permission: { filter: BoolExp; backend_only?: boolean };
  comment?: string;
}

export interface EventTriggerHeader {
  name: string;
  value?: string;
  value_from_env?: string;
}

export interface EventTriggerDefinition {
  enable_manual?: boolean;
  insert?: { columns: ColumnList; payload?: ColumnList };
  update?: { columns: ColumnList; payload?: ColumnList };
  delete?: { columns: ColumnList; payload?: ColumnList };
}

export interface EventTrigger {
  name: string;
  definition: EventTriggerDefinition;
  retry_conf: { num_retries: number; interval_sec: number; timeout_sec?: number };
  webhook?: string;
  webhook_from_env?: string;
  headers?: EventTriggerHeader[];
  request_transform?: unknown;
  cleanup_config?: unknown;
}

export interface TableConfiguration {
  custom_name?: string;
  /** The table type's description; "" for none. */
  comment?: string;
  custom_root_fields?: Partial<
    Record<
      'select' | 'select_by_pk' | 'select_aggregate' | 'select_stream' | 'insert' | 'insert_one' | 'update' | 'update_by_pk' | 'update_many' | 'delete' | 'delete_by_pk',
      string | { name?: string; comment?: string }
    >
  >;
  column_config?: Record<string, { custom_name?: string; comment?: string }>;
  /** Deprecated spelling kept by older metadata. */
  custom_column_names?: Record<string, string>;
}

export interface TableMetadata {
  table: QualifiedTable;
  is_enum?: boolean;
  configuration?: TableConfiguration;
  object_relationships?: ObjectRelationship[];
  array_relationships?: ArrayRelationship[];
  computed_fields?: ComputedField[];
  insert_permissions?: InsertPermission[];
  select_permissions?: SelectPermission[];
  update_permissions?: UpdatePermission[];
  delete_permissions?: DeletePermission[];
  event_triggers?: EventTrigger[];
  [other: string]: unknown;
}

export interface FunctionMetadata {
  function: QualifiedTable;
  configuration?: { exposed_as?: 'query' | 'mutation'; session_argument?: string; custom_name?: string };
  permissions?: { role: string }[];
  [other: string]: unknown;
}

export interface SourceMetadata {
  name: string;
  kind: 'postgres' | string;
  tables: TableMetadata[];
  functions?: FunctionMetadata[];
  configuration: {
    connection_info: {
      database_url: string | { from_env: string } | { connection_parameters: Record<string, unknown> };
      isolation_level?: string;
      pool_settings?: Record<string, unknown>;
      use_prepared_statements?: boolean;
    };
    [other: string]: unknown;
  };
  [other: string]: unknown;
}

/** An argument or field of a custom type or action: `type` is a GraphQL type reference (`String!`, `[uuid]`). */
export interface CustomTypeField {
  name: string;
  type: string;
  description?: string | null;
  arguments?: unknown;
}

export interface CustomObjectRelationship {
  name: string;
  type: 'object' | 'array';
  remote_table: QualifiedTable | string;
  field_mapping: Record<string, string>;
  source?: string;
}

/** Hasura's `custom_types` (set_custom_types; actions.graphql + actions.yaml in the directory). */
export interface CustomTypes {
  scalars?: { name: string; description?: string | null }[];
  enums?: { name: string; description?: string | null; values: { value: string; description?: string | null; is_deprecated?: boolean | null }[] }[];
  input_objects?: { name: string; description?: string | null; fields: CustomTypeField[] }[];
  objects?: { name: string; description?: string | null; fields: CustomTypeField[]; relationships?: CustomObjectRelationship[] }[];
}

export interface ActionDefinition {
  handler: string;
  kind?: 'synchronous' | 'asynchronous';
  type?: 'mutation' | 'query';
  arguments?: CustomTypeField[];
  output_type: string;
  headers?: EventTriggerHeader[];
  forward_client_headers?: boolean;
  /** Seconds; Hasura's default is 30. */
  timeout?: number;
  request_transform?: unknown;
  response_transform?: unknown;
}

export interface ActionMetadata {
  name: string;
  definition: ActionDefinition;
  permissions?: { role: string; comment?: string }[];
  comment?: string | null;
}

export interface HasuraMetadata {
  version: 3;
  sources: SourceMetadata[];
  actions?: ActionMetadata[];
  custom_types?: CustomTypes;
  [other: string]: unknown;
}

export const emptyMetadata = (): HasuraMetadata => ({ version: 3, sources: [] });
