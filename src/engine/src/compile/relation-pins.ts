import type { RelationPin, SQL } from '../sql/builder.js';
import type { ColumnInfo, TableInfo } from '../schema/catalog.js';
import type { BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { ParamSource } from './params.js';

/**
 * Pins (see `RelationPin` in sql/builder.ts): what the compiler can prove about the rows an
 * occurrence of a table reads. Two rules, both about conditions ANDed into the occurrence's own
 * WHERE, whatever encloses it (an EXISTS under NOT still reads only rows its WHERE admits):
 * - a top-level conjunct `column _eq <variable or session variable>` pins `column` to that value;
 * - a join `child.c = parent.p` to a parent occurrence pinned on `p` pins `c` to the same value.
 * Anything else (an `_exists` over another table, a function's rows, `_or`) proves nothing.
 */

/** The comparable kind of a column's values, or null for types a pin cannot use. */
export function pinKind(column: ColumnInfo): RelationPin['kind'] | null {
  if (column.scalar.isArray) return null;
  const type = column.scalar.baseType.name;
  if (type === 'uuid') return 'uuid';
  if (type === 'int2' || type === 'int4' || type === 'int8') return 'int';
  if (type === 'text' || type === 'varchar') return 'text';
  return null;
}

/** The key of a parameter source a pin can name: request and session variables, whose values differ between cohorts. */
export function pinKey(source: ParamSource): string | null {
  if (source.kind === 'var') return `var:${source.name}`;
  if (source.kind === 'session') return `session:${source.name}`;
  return null;
}

/** Pins from `column _eq $x` conjuncts at the top of a filter (through `_and`). */
export function conjunctPins(ir: BoolExpIR | null | undefined, out: RelationPin[] = []): RelationPin[] {
  if (!ir) return out;
  if (ir.kind === 'and') {
    for (const item of ir.items) conjunctPins(item, out);
    return out;
  }
  if (ir.kind !== 'column') return out;
  const kind = pinKind(ir.column);
  if (!kind) return out;
  for (const op of ir.ops) {
    if (op.op !== '_eq' || op.value.kind !== 'param') continue;
    const key = pinKey(op.value.source);
    if (key) out.push({ column: ir.column.name, key, kind });
  }
  return out;
}

/** Pins carried from a parent occurrence through a join `target.t = parent.s` for each `[s, t]` of the mapping. */
export function mappedPins(parent: readonly RelationPin[] | undefined, mapping: readonly (readonly [string, string])[], target: TableInfo): RelationPin[] {
  const out: RelationPin[] = [];
  if (!parent) return out;
  for (const pin of parent) {
    for (const [s, t] of mapping) {
      if (s !== pin.column) continue;
      const column = target.columnsByName.get(t);
      // Values compare across the join only when both columns are of one kind.
      if (column && pinKind(column) === pin.kind) out.push({ column: t, key: pin.key, kind: pin.kind });
    }
  }
  return out;
}

/** Removes repeated pins (the same column and key proved twice). */
export function distinctPins(pins: readonly RelationPin[]): RelationPin[] {
  const seen = new Set<string>();
  return pins.filter((p) => {
    const id = `${p.column}\u0000${p.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Pins by occurrence alias, kept while one statement compiles (a relationship's EXISTS reads its parent's). */
export type PinMap = WeakMap<SQL, readonly RelationPin[]>;

/**
 * Proves the pins of the occurrence `alias` of `table`: through its join to a pinned parent and
 * from the filters ANDed into its WHERE. Records them for the occurrence's children and returns them.
 */
export function pinOccurrence(
  map: PinMap | undefined,
  alias: SQL,
  table: TableInfo,
  join: { parent: SQL; mapping: readonly (readonly [string, string])[] } | null,
  filters: readonly (BoolExpIR | null | undefined)[],
): RelationPin[] {
  if (!map) return [];
  const pins = join ? mappedPins(map.get(join.parent), join.mapping, table) : [];
  for (const filter of filters) conjunctPins(filter, pins);
  const result = distinctPins(pins);
  if (result.length > 0) map.set(alias, result);
  return result;
}
