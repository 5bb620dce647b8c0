import type { ColumnInfo, ComputedFieldInfo, RelationshipInfo, ScalarInfo, TableInfo } from '../schema/catalog.js';
import type { ParamSource } from '../compile/params.js';

/**
 * One boolean-expression language for both sources of filters: the `where` argument of a query
 * and the `filter`/`check` JSON of a permission. Both are parsed into this and compiled by
 * `compileBoolExp`.
 */
export type BoolExpIR =
  | { kind: 'true' }
  | { kind: 'and'; items: BoolExpIR[] }
  | { kind: 'or'; items: BoolExpIR[] }
  | { kind: 'not'; item: BoolExpIR }
  | { kind: 'column'; column: ColumnInfo; ops: ComparisonIR[] }
  | { kind: 'computed_scalar'; cf: ComputedFieldInfo; ops: ComparisonIR[] }
  /** EXISTS over a relationship; `applyTargetPermission` for user filters (a role sees only rows it may select). */
  | { kind: 'relationship'; rel: RelationshipInfo; where: BoolExpIR; applyTargetPermission: boolean }
  | { kind: 'computed_table'; cf: ComputedFieldInfo; table: TableInfo; where: BoolExpIR; applyTargetPermission: boolean }
  | { kind: 'exists'; table: TableInfo; where: BoolExpIR }
  | {
      kind: 'aggregate_count';
      rel: RelationshipInfo;
      columns: ColumnInfo[];
      distinct: boolean;
      filter: BoolExpIR | null;
      predicate: ComparisonIR[];
      applyTargetPermission: boolean;
    };

export type Operand =
  | { kind: 'param'; source: ParamSource }
  | { kind: 'column'; column: ColumnInfo; root: boolean }
  | { kind: 'd_within'; distance: Operand; from: Operand; useSpheroid: Operand | null }
  | { kind: 'cast'; scalar: ScalarInfo; ops: ComparisonIR[] };

export interface ComparisonIR {
  op: string;
  value: Operand;
}

export const TRUE: BoolExpIR = { kind: 'true' };

export function and(items: BoolExpIR[]): BoolExpIR {
  const kept = items.filter((i) => i.kind !== 'true');
  if (kept.length === 0) return TRUE;
  if (kept.length === 1) return kept[0]!;
  return { kind: 'and', items: kept };
}
