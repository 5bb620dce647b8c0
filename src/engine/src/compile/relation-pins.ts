import type { RelationPin, SQL } from '../sql/builder.js';
import type { ColumnInfo, TableInfo } from '../schema/catalog.js';
import type { BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { ParamSource } from './params.js';

/**
 * Pins (see `RelationPin` in sql/builder.ts): what the compiler can prove about the rows an
 * occurrence of a table reads. Three rules, all about conditions ANDed into the occurrence's own
 * WHERE, whatever encloses it (an EXISTS under NOT still reads only rows its WHERE admits):
 * - a top-level conjunct `column _eq <variable or session variable>` pins `column` to that value;
 * - a join `child.c = parent.p` to a parent occurrence pinned on `p` pins `c` the same way;
 * - a top-level EXISTS over a relationship whose target rows are pinned (the agent role's
 *   `assignment: {agent: {user_id: {_eq: X-Hasura-User-Id}}}`) pins the source column of the
 *   join, with a path: the cohort value is read from the target rows that column reaches.
 * Anything else (`_or`, a count of related rows, an `_exists` over another table, a function's
 * rows) proves nothing. A path only ever names rows of tables the statement itself reads, so a
 * change that makes a path lead elsewhere is a change to one of those, narrowed by its own pin.
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

/** Hops a path may take: each is one indexed lookup when a change is narrowed. */
const MAX_PATH = 3;

/**
 * Pins from the conjuncts at the top of a filter on `table` (through `_and`): `column _eq $x`,
 * and an EXISTS over a relationship (`assignment: {agent: {user_id: {_eq: X-Hasura-User-Id}}}`)
 * whose target rows are pinned: the row is kept only if a target row with the mapped column's
 * value is, so this table's mapped column reaches the key through that table.
 */
export function conjunctPins(ir: BoolExpIR | null | undefined, out: RelationPin[] = []): RelationPin[] {
  if (!ir) return out;
  switch (ir.kind) {
    case 'and':
      for (const item of ir.items) conjunctPins(item, out);
      return out;
    case 'column': {
      const kind = pinKind(ir.column);
      if (!kind) return out;
      for (const op of ir.ops) {
        if (op.op !== '_eq' || op.value.kind !== 'param') continue;
        const key = pinKey(op.value.source);
        if (key) out.push({ column: ir.column.name, key, kind, columnKind: kind });
      }
      return out;
    }
    case 'relationship': {
      const target = ir.rel.target;
      for (const pin of conjunctPins(ir.where)) {
        if ((pin.path?.length ?? 0) >= MAX_PATH) continue;
        for (const [s, t] of ir.rel.mapping) {
          const from = target.columnsByName.get(t);
          const own = ir.rel.source.columnsByName.get(s);
          if (!from || !own || pinKind(from) === null || pinKind(own) !== pinKind(from)) continue;
          const hop = {
            table: { schema: target.schema, name: target.name },
            from: t,
            fromType: { schema: from.scalar.pgType.schema, name: from.scalar.pgType.name },
            to: pin.column,
          };
          out.push({ column: s, key: pin.key, kind: pin.kind, columnKind: pinKind(from)!, path: [hop, ...(pin.path ?? [])] });
        }
      }
      return out;
    }
    default:
      return out;
  }
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
      if (column && pinKind(column) === pin.columnKind) out.push({ ...pin, column: t });
    }
  }
  return out;
}

/** Whether two pins say the same: one column, one key, one path. */
export function samePin(a: RelationPin, b: RelationPin): boolean {
  return a.column === b.column && a.key === b.key && a.kind === b.kind && JSON.stringify(a.path ?? []) === JSON.stringify(b.path ?? []);
}

/** Removes repeated pins (the same proved twice). */
export function distinctPins(pins: readonly RelationPin[]): RelationPin[] {
  return pins.filter((p, i) => pins.findIndex((q) => samePin(p, q)) === i);
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
