import { relationOccurrences, type RelationPin, type SQL } from '../sql/builder.js';
import type { Param } from '../compile/params.js';
import { pinKey } from '../compile/relation-pins.js';
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
  for (const [table, occurrences] of relationOccurrences(statement)) {
    let common: readonly RelationPin[] = occurrences[0] ?? [];
    for (const pins of occurrences.slice(1)) common = common.filter((p) => pins.some((q) => q.column === p.column && q.key === p.key && q.kind === p.kind));
    // A request variable (`orders_by_pk(id: $id)`) usually selects fewer rows than a session
    // variable (`customer_id = X-Hasura-User-Id`): prefer it.
    const ranked = [...common].sort((a, b) => Number(b.key.startsWith('var:')) - Number(a.key.startsWith('var:')));
    for (const pin of ranked) {
      const valueIndex = (params as Param[]).findIndex((p) => pinKey(p.source) === pin.key);
      if (valueIndex < 0) continue;
      targets.push({ table, column: pin.column, valueIndex, kind: pin.kind });
      break;
    }
  }
  memo.set(statement, targets);
  return targets;
}

/** A cached plan's statement (and its params) never change: its targets are worked out once. */
const memo = new WeakMap<SQL, readonly CohortTarget[]>();
