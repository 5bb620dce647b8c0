import { compile, relationOccurrences, sql, type PinHop, type RelationPin, type SQL } from '../sql/builder.js';
import type { Param } from '../compile/params.js';
import { pinKey, samePin } from '../compile/relation-pins.js';
import type { CohortTarget } from './plan-types.js';

/**
 * The cohort targets of a live query's statement (see realtime/live/cohort-target.ts): for each
 * table it reads, a column that every occurrence of the table is pinned to by the same variable
 * (compile/relation-pins.ts). `orders_by_pk(id: $id)` pins `orders.id`; its `payments` through
 * the relationship pin `payments.order_id`; the customer's permission on payments reads orders
 * again, joined on `orders.id = payments.order_id`, pinned to `$id` as well. A changed row of
 * such a table can only change the result of cohorts whose value is the row's old or new value
 * in that column. Tables read anywhere without that pin get no target (any change refreshes all).
 */
export function cohortTargets(statement: SQL, params: readonly unknown[]): readonly CohortTarget[] {
  const known = memo.get(statement);
  if (known) return known;
  const targets: CohortTarget[] = [];
  const paths = new Map<string, string[]>();
  for (const [table, occurrences] of relationOccurrences(statement)) {
    let common: readonly RelationPin[] = occurrences[0] ?? [];
    for (const pins of occurrences.slice(1)) common = common.filter((p) => pins.some((q) => samePin(p, q)));
    // A pin on the column itself needs no lookup; a request variable (`orders_by_pk(id: $id)`)
    // usually selects fewer rows than a session variable (`customer_id = X-Hasura-User-Id`).
    const rank = (p: RelationPin) => (p.path ? 2 : 0) + (p.key.startsWith('var:') ? 0 : 1);
    // A path through the pin's own table would read the changed rows' new state only, and
    // miss the cohorts their old state reached.
    const usable = common.filter((p) => !p.path?.some((hop) => `${hop.table.schema}.${hop.table.name}` === table));
    const ranked = usable.sort((a, b) => rank(a) - rank(b));
    for (const pin of ranked) {
      const valueIndex = (params as Param[]).findIndex((p) => pinKey(p.source) === pin.key);
      if (valueIndex < 0) continue;
      targets.push({ table, column: pin.column, valueIndex, kind: pin.kind, ...(pin.path ? { lookup: lookupText(pin.path) } : {}) });
      if (pin.path)
        paths.set(
          table,
          pin.path.map((hop) => `${hop.table.schema}.${hop.table.name}`),
        );
      break;
    }
  }
  const sound = acyclic(targets, paths);
  memo.set(statement, sound);
  return sound;
}

/**
 * The targets, or only those without a path if paths lead round in a circle. A change is looked
 * up through the current rows of the tables downstream of it; a change that broke a link is
 * itself a change to a table downstream, whose own target reports the cohorts its old values
 * reached. That argument needs "downstream" to end: the tables named by paths must not cycle.
 */
function acyclic(targets: CohortTarget[], paths: ReadonlyMap<string, readonly string[]>): CohortTarget[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles = (table: string): boolean => {
    const seen = state.get(table);
    if (seen === 'visiting') return true;
    if (seen === 'done') return false;
    state.set(table, 'visiting');
    const found = (paths.get(table) ?? []).some(cycles);
    state.set(table, 'done');
    return found;
  };
  return [...paths.keys()].some(cycles) ? targets.filter((t) => !t.lookup) : targets;
}

/** A cached plan's statement (and its params) never change: its targets are worked out once. */
const memo = new WeakMap<SQL, readonly CohortTarget[]>();

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
    const source = i === 0 ? sql`ANY($1::${sql.ident(hop.fromType.schema, hop.fromType.name)}[])` : sql`ANY(ARRAY(SELECT "v" FROM ${sql.ident(`_h${i - 1}`)}))`;
    return sql`${sql.ident(`_h${i}`)} AS (SELECT ${sql.ident(hop.to)} AS "v" FROM ${sql.ident(hop.table.schema, hop.table.name)} WHERE ${sql.ident(hop.from)} = ${source} LIMIT ${limit})`;
  });
  const overflow = sql.join(
    path.map((_, i) => sql`(SELECT count(*) FROM ${sql.ident(`_h${i}`)}) > ${sql.literal(LOOKUP_ROWS)}`),
    sql` OR `,
  );
  const last = sql.ident(`_h${path.length - 1}`);
  return compile(sql`WITH ${sql.join(hops)} SELECT ${overflow} AS "overflow", ARRAY(SELECT DISTINCT "v"::text FROM ${last} WHERE "v" IS NOT NULL) AS "values"`).text;
}
