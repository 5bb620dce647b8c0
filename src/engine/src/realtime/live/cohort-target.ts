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
 * Keeps the proposed targets that stay sound for the statement: a target table that a view or
 * function the statement also reads can see is dropped (the compiler's pins say nothing about
 * the rows read through those).
 * `relations`: what the statement reads, with how often (`relationsOf`).
 */
export function soundTargets(
  relations: ReadonlyMap<string, number>,
  targets: readonly CohortTarget[] | undefined,
  resolveTables: (names: ReadonlySet<string>) => ReadonlySet<string>,
): CohortTarget[] {
  const sound: CohortTarget[] = [];
  for (const target of targets ?? []) {
    if (!relations.has(target.table)) continue;
    if ([...relations.keys()].some((name) => name !== target.table && resolveTables(new Set([name])).has(target.table))) continue;
    if (sound.some((t) => t.table === target.table)) continue;
    sound.push(target);
  }
  return sound;
}
