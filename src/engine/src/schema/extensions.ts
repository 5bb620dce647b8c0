/**
 * What a schema field means, attached to graphql-js `extensions.hasura` so the compiler can
 * walk a validated operation alongside the schema without a second lookup structure.
 */
import type { GraphQLField, GraphQLInputField } from 'graphql';
import type { ActionInfo, ActionRelationshipInfo, ColumnInfo, ComputedFieldInfo, RelationshipInfo, RootFieldKind, TableInfo, TrackedFunctionInfo } from './catalog.js';

export type AggregateOp = 'sum' | 'avg' | 'max' | 'min' | 'stddev' | 'stddev_pop' | 'stddev_samp' | 'variance' | 'var_pop' | 'var_samp';
export const AGGREGATE_OPS: AggregateOp[] = ['avg', 'max', 'min', 'stddev', 'stddev_pop', 'stddev_samp', 'sum', 'var_pop', 'var_samp', 'variance'];

export type OutputFieldMeaning =
  | { kind: 'root'; root: RootFieldKind; table: TableInfo }
  | { kind: 'root_function'; aggregate: boolean; fn: TrackedFunctionInfo; table: TableInfo }
  | { kind: 'column'; column: ColumnInfo }
  | { kind: 'object_rel'; rel: RelationshipInfo }
  | { kind: 'array_rel'; rel: RelationshipInfo }
  | { kind: 'array_rel_aggregate'; rel: RelationshipInfo }
  | { kind: 'computed_scalar'; cf: ComputedFieldInfo }
  | { kind: 'computed_table'; cf: ComputedFieldInfo; table: TableInfo }
  | { kind: 'agg_aggregate' }
  | { kind: 'agg_nodes' }
  | { kind: 'agg_count' }
  | { kind: 'agg_op'; op: AggregateOp }
  | { kind: 'agg_column'; column: ColumnInfo }
  | { kind: 'affected_rows' }
  | { kind: 'returning' }
  /** A sync action (query or mutation), or an async action's mutation (answers the log id). */
  | { kind: 'action'; action: ActionInfo }
  /** `<action>(id: uuid!)`: an async action's log entry. */
  | { kind: 'action_async_query'; action: ActionInfo }
  | { kind: 'action_output_field'; name: string }
  | { kind: 'action_output_rel'; rel: ActionRelationshipInfo }
  | { kind: 'action_log_field'; column: 'id' | 'created_at' | 'errors' | 'output' };

export type InputFieldMeaning =
  | { kind: 'column'; column: ColumnInfo }
  | { kind: 'object_rel'; rel: RelationshipInfo }
  | { kind: 'array_rel'; rel: RelationshipInfo }
  | { kind: 'array_rel_aggregate'; rel: RelationshipInfo }
  | { kind: 'computed_scalar'; cf: ComputedFieldInfo }
  | { kind: 'computed_table'; cf: ComputedFieldInfo }
  | { kind: 'computed_table_aggregate'; cf: ComputedFieldInfo }
  | { kind: 'agg_op'; op: AggregateOp }
  | { kind: 'agg_count' };

export function outputMeaning(field: GraphQLField<unknown, unknown>): OutputFieldMeaning | undefined {
  return (field.extensions as { hasura?: OutputFieldMeaning }).hasura;
}

export function inputMeaning(field: GraphQLInputField): InputFieldMeaning | undefined {
  return (field.extensions as { hasura?: InputFieldMeaning }).hasura;
}

export function ext(meaning: OutputFieldMeaning | InputFieldMeaning): { hasura: typeof meaning } {
  return { hasura: meaning };
}
