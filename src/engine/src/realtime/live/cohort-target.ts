import { qualifiedNameCounts } from './sql-text.js';

/**
 * How a poller narrows a refresh to the cohorts a change can affect. Its statement reads
 * `table` once, and keeps only rows whose `column` equals the cohort value at `valueIndex`
 * (a top-level AND condition: `orders_by_pk(id: $id)`, `where: {customer_id: {_eq: $c}}`, or a
 * permission `customer_id = X-Hasura-User-Id`). A changed row can then only change the result
 * of cohorts whose value equals the row's old or new `column`.
 */
export interface CohortTarget {
  table: string;
  column: string;
  valueIndex: number;
  /** How values compare: Postgres's text form differs from what clients send for uuids and ints. */
  kind: 'uuid' | 'int' | 'text';
}

/** A value in canonical text form, or null if it is not a valid value of its kind. */
export function normalizeTargetValue(kind: CohortTarget['kind'], value: string | null): string | null {
  if (value === null) return null;
  switch (kind) {
    case 'text':
      return value;
    case 'int': {
      const trimmed = value.trim();
      return /^[+-]?\d+$/.test(trimmed) ? BigInt(trimmed).toString() : null;
    }
    case 'uuid': {
      const hex = value.trim().replace(/^\{|\}$/g, '').replace(/-/g, '').toLowerCase();
      if (!/^[0-9a-f]{32}$/.test(hex)) return null;
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
  }
}

/**
 * Keeps a proposed target only if it is sound for the statement: the target table is read
 * exactly once, and nothing else the statement reads (a view, a function) can see that table.
 */
export function soundTarget(
  statement: string,
  target: CohortTarget | undefined,
  resolveTables: (names: ReadonlySet<string>) => ReadonlySet<string>,
): CohortTarget | null {
  if (!target) return null;
  const counts = qualifiedNameCounts(statement);
  if (counts.get(target.table) !== 1) return null;
  for (const name of counts.keys()) {
    if (name !== target.table && resolveTables(new Set([name])).has(target.table)) return null;
  }
  return target;
}
