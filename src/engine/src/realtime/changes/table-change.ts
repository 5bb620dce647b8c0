/**
 * What a batch of notifications says changed: per table, the key column values of the changed
 * rows, or null when the notification named only the table (bulk write, TRUNCATE, or an old
 * trigger), which means "anything in it may have changed".
 */
export type ChangedKeys = ReadonlyMap<string, ReadonlySet<string>>;
export type TableChanges = ReadonlyMap<string, ChangedKeys | null>;

interface Payload {
  t?: unknown;
  k?: unknown;
}

/** Parses one notification payload; a bare `schema.table` string is accepted too. */
export function parseChange(payload: string): { table: string; keys: ChangedKeys | null } | null {
  let parsed: Payload;
  try {
    parsed = JSON.parse(payload) as Payload;
  } catch {
    return payload ? { table: payload, keys: null } : null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.t !== 'string') return null;
  if (typeof parsed.k !== 'object' || parsed.k === null) return { table: parsed.t, keys: null };
  const keys = new Map<string, Set<string>>();
  for (const [column, values] of Object.entries(parsed.k as Record<string, unknown>)) {
    if (!Array.isArray(values)) return { table: parsed.t, keys: null };
    keys.set(column, new Set(values.filter((v): v is string => typeof v === 'string')));
  }
  return { table: parsed.t, keys };
}

/** Folds one change into a batch: key sets are unioned; "everything" absorbs keys. */
export function mergeChange(batch: Map<string, Map<string, Set<string>> | null>, change: { table: string; keys: ChangedKeys | null }): void {
  if (!batch.has(change.table)) {
    batch.set(change.table, change.keys === null ? null : new Map([...change.keys].map(([c, v]) => [c, new Set(v)])));
    return;
  }
  const current = batch.get(change.table)!;
  if (current === null) return;
  if (change.keys === null) {
    batch.set(change.table, null);
    return;
  }
  for (const [column, values] of change.keys) {
    const set = current.get(column);
    if (set) for (const v of values) set.add(v);
  }
  // A column missing from one notification cannot be used to target: drop it.
  for (const column of [...current.keys()]) if (!change.keys.has(column)) current.delete(column);
}
