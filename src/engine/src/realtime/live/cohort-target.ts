/** How a poller narrows a refresh to the cohorts a change can affect; planned by the schema cache. */
export type { CohortTarget } from '../../schema-cache/index.js';
import type { CohortTarget } from '../../schema-cache/index.js';

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
 * Keeps a proposed target only if it is sound for the statement: the target table is read
 * exactly once, and nothing else the statement reads (a view, a function) can see that table.
 * `relations`: what the statement reads, with how often (`relationsOf`).
 */
export function soundTarget(
  relations: ReadonlyMap<string, number>,
  target: CohortTarget | undefined,
  resolveTables: (names: ReadonlySet<string>) => ReadonlySet<string>,
): CohortTarget | null {
  if (!target) return null;
  if (relations.get(target.table) !== 1) return null;
  for (const name of relations.keys()) {
    if (name !== target.table && resolveTables(new Set([name])).has(target.table)) return null;
  }
  return target;
}
