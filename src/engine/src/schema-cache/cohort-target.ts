import { compile, relationOccurrences, sql, type PinHop, type RelationPin, type SQL } from '../sql/builder.js';
import type { Param } from '../compile/params.js';
import { pinKey } from '../compile/relation-pins.js';
import type { CohortTarget, TableOccurrence } from './plan-types.js';

/**
 * The occurrences of tables in a live query's statement, each with its cohort target (see
 * realtime/live/cohort-target.ts) and the columns it reads. A target is a column the
 * occurrence's rows are pinned to by a variable (compile/relation-pins.ts):
 * `orders_by_pk(id: $id)` pins `orders.id`; its `payments` through the relationship pin
 * `payments.order_id`; the customer's permission on payments reads orders again, joined on
 * `orders.id = payments.order_id`, pinned to `$id` as well. A changed row can only change what
 * an occurrence reads for the cohorts whose value is the row's old or new value in that column,
 * and an update of columns an occurrence does not read changes nothing it reads. An occurrence
 * without a pin has no target: a change to its table that concerns it refreshes every cohort.
 */
export function liveOccurrences(statement: SQL, params: readonly unknown[]): readonly TableOccurrence[] {
  const known = memo.get(statement);
  if (known) return known;
  const found: TableOccurrence[] = [];
  const paths = new Map<string, Set<string>>();
  for (const [table, occurrences] of relationOccurrences(statement)) {
    for (const occurrence of occurrences) {
      const columns = occurrence.columns === 'all' ? null : [...occurrence.columns].sort();
      // A pin on the column itself needs no lookup; a request variable (`orders_by_pk(id: $id)`)
      // usually selects fewer rows than a session variable (`customer_id = X-Hasura-User-Id`).
      const rank = (p: RelationPin) => (p.path ? 2 : 0) + (p.key.startsWith('var:') ? 0 : 1);
      // A path through the pin's own table would read the changed rows' new state only, and
      // miss the cohorts their old state reached.
      const usable = occurrence.pins.filter((p) => !p.path?.some((hop) => `${hop.table.schema}.${hop.table.name}` === table));
      let target: CohortTarget | null = null;
      for (const pin of usable.sort((a, b) => rank(a) - rank(b))) {
        const valueIndex = (params as Param[]).findIndex((p) => pinKey(p.source) === pin.key);
        if (valueIndex < 0) continue;
        target = { table, column: pin.column, valueIndex, kind: pin.kind, ...(pin.path ? { lookup: lookupText(pin.path) } : {}) };
        if (pin.path) {
          const downstream = paths.get(table) ?? new Set<string>();
          for (const hop of pin.path) downstream.add(`${hop.table.schema}.${hop.table.name}`);
          paths.set(table, downstream);
        }
        break;
      }
      found.push({ table, target, columns });
    }
  }
  const sound = acyclic(found, paths);
  memo.set(statement, sound);
  return sound;
}

/**
 * The occurrences, with lookups dropped if paths lead round in a circle. A change is looked up
 * through the current rows of the tables downstream of it; a change that broke a link is itself
 * a change to a table downstream, whose own occurrences report the cohorts its old values
 * reached. That argument needs "downstream" to end: the tables named by paths must not cycle.
 */
function acyclic(occurrences: TableOccurrence[], paths: ReadonlyMap<string, ReadonlySet<string>>): TableOccurrence[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles = (table: string): boolean => {
    const seen = state.get(table);
    if (seen === 'visiting') return true;
    if (seen === 'done') return false;
    state.set(table, 'visiting');
    const found = [...(paths.get(table) ?? [])].some(cycles);
    state.set(table, 'done');
    return found;
  };
  if (![...paths.keys()].some(cycles)) return occurrences;
  return occurrences.map((o) => (o.target?.lookup ? { ...o, target: null } : o));
}

/** A cached plan's statement (and its params) never change: its targets are worked out once. */
const memo = new WeakMap<SQL, readonly TableOccurrence[]>();

/** Rows one hop of a lookup may read; past this the change refreshes every cohort instead. */
export const LOOKUP_ROWS = 1000;

/**
 * The statement that turns changed values of a pinned column into cohort values along the
 * pin's path: `$1` the values as text, one row back with `overflow` (some hop met more than
 * LOOKUP_ROWS rows: the caller refreshes everything) and `values`, the cohort values as text.
 * Each hop reads by its `from` column, cast to its own type so an index on it serves.
 */
function lookupText(path: readonly PinHop[]): string {
  const limit = sql.literal(LOOKUP_ROWS + 1);
  const hops = path.map((hop, i) => {
    // The array through a sub-select: a custom plan cannot count its elements, so it costs what
    // the generic plan does and a named lookup keeps its generic plan (realtime/live/lookup-connections.ts).
    // (The cast keeps `ANY` reading one array, not the rows of a sub-query.)
    const arrayType = sql`${sql.ident(hop.fromType.schema, hop.fromType.name)}[]`;
    const source = i === 0 ? sql`ANY((SELECT $1::${arrayType})::${arrayType})` : sql`ANY(ARRAY(SELECT "v" FROM ${sql.ident(`_h${i - 1}`)}))`;
    return sql`${sql.ident(`_h${i}`)} AS (SELECT ${sql.ident(hop.to)} AS "v" FROM ${sql.ident(hop.table.schema, hop.table.name)} WHERE ${sql.ident(hop.from)} = ${source} LIMIT ${limit})`;
  });
  const overflow = sql.join(
    path.map((_, i) => sql`(SELECT count(*) FROM ${sql.ident(`_h${i}`)}) > ${sql.literal(LOOKUP_ROWS)}`),
    sql` OR `,
  );
  const last = sql.ident(`_h${path.length - 1}`);
  return compile(sql`WITH ${sql.join(hops)} SELECT ${overflow} AS "overflow", ARRAY(SELECT DISTINCT "v"::text FROM ${last} WHERE "v" IS NOT NULL) AS "values"`).text;
}
