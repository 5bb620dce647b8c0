/** How a poller narrows a refresh to the cohorts a change can affect; planned by the schema cache. */
export type { CohortTarget, TableOccurrence } from '../../schema-cache/index.js';
import type { CohortTarget, TableOccurrence } from '../../schema-cache/index.js';

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
      const hex = value
        .trim()
        .replace(/^\{|\}$/g, '')
        .replace(/-/g, '')
        .toLowerCase();
      if (!/^[0-9a-f]{32}$/.test(hex)) return null;
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
  }
}

/**
 * The planned occurrences, kept only where sound for the statement: a table that a view or
 * function the statement also reads can see is read in ways the compiler's pins and column
 * lists do not describe, so its occurrences lose their target and column list (any change to
 * it refreshes every cohort). `relations`: what the statement reads (`relationsOf`).
 */
export function soundOccurrences(
  relations: ReadonlyMap<string, number>,
  occurrences: readonly TableOccurrence[] | undefined,
  resolveTables: (names: ReadonlySet<string>) => ReadonlySet<string>,
): TableOccurrence[] {
  const seenElsewhere = (table: string) => [...relations.keys()].some((name) => name !== table && resolveTables(new Set([name])).has(table));
  return (occurrences ?? []).filter((o) => relations.has(o.table)).map((o) => (seenElsewhere(o.table) ? { table: o.table, target: null, columns: null } : o));
}

/** Whether two targets narrow the same way (so their cohorts share one index). */
export function sameTarget(a: CohortTarget, b: CohortTarget): boolean {
  return a.table === b.table && a.column === b.column && a.valueIndex === b.valueIndex && a.kind === b.kind && a.lookup === b.lookup;
}
