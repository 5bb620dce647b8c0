/**
 * What notifications say changed in a table: the key column values of the changed rows, or
 * null when a notification named only the table (bulk write, TRUNCATE, or an old trigger),
 * which means "anything in it may have changed".
 */
export type ChangedKeys = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The changes of a batch to one table that changed the same columns: an UPDATE's changed
 * columns (`"c"`), or null for inserts, deletes and anything unknown; and the key values of
 * the rows so changed.
 */
export interface ChangeGroup {
  columns: ReadonlySet<string> | null;
  keys: ChangedKeys | null;
}

/**
 * A batch of notifications, per table, grouped by the columns each change touched. Grouping
 * keeps a change's keys with its columns: a new order (an insert, all columns) and another
 * customer's address change (one column) arriving in the same tick do not become "all columns
 * of both customers' orders", which would re-run every page of the second customer that reads
 * only their orders' ids.
 */
export type TableChanges = ReadonlyMap<string, readonly ChangeGroup[]>;

interface Payload {
  t?: unknown;
  k?: unknown;
  c?: unknown;
}

export interface Change {
  table: string;
  keys: ChangedKeys | null;
  /** An UPDATE's changed columns (`"c"`); null for inserts, deletes and anything unknown. */
  columns: ReadonlySet<string> | null;
}

/** Parses one notification payload; a bare `schema.table` string is accepted too. */
export function parseChange(payload: string): Change | null {
  let parsed: Payload;
  try {
    parsed = JSON.parse(payload) as Payload;
  } catch {
    return payload ? { table: payload, keys: null, columns: null } : null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.t !== 'string') return null;
  const columns = Array.isArray(parsed.c) && parsed.c.every((c) => typeof c === 'string') ? new Set(parsed.c as string[]) : null;
  if (typeof parsed.k !== 'object' || parsed.k === null) return { table: parsed.t, keys: null, columns: null };
  const keys = new Map<string, Set<string>>();
  for (const [column, values] of Object.entries(parsed.k as Record<string, unknown>)) {
    if (!Array.isArray(values)) return { table: parsed.t, keys: null, columns: null };
    keys.set(column, new Set(values.filter((v): v is string => typeof v === 'string')));
  }
  return { table: parsed.t, keys, columns };
}

/** A batch being gathered: per table, per column signature, the group. */
export type ChangeBatch = Map<string, Map<string, { columns: ReadonlySet<string> | null; keys: Map<string, Set<string>> | null }>>;

/** Folds one change into a batch: into the group of its table with the same columns, whose key sets are unioned; "everything" absorbs keys. */
export function mergeChange(batch: ChangeBatch, change: Change): void {
  let groups = batch.get(change.table);
  if (!groups) batch.set(change.table, (groups = new Map()));
  const signature = change.columns ? [...change.columns].sort().join('\u0000') : '*';
  const group = groups.get(signature);
  if (!group) {
    groups.set(signature, { columns: change.columns, keys: change.keys === null ? null : new Map([...change.keys].map(([c, v]) => [c, new Set(v)])) });
    return;
  }
  const current = group.keys;
  if (current === null) return;
  if (change.keys === null) {
    group.keys = null;
    return;
  }
  for (const [column, values] of change.keys) {
    const set = current.get(column);
    if (set) for (const v of values) set.add(v);
  }
  // A column missing from one notification cannot be used to target: drop it.
  for (const column of [...current.keys()]) if (!change.keys.has(column)) current.delete(column);
}

/** The batch as the managers take it. */
export function changesOf(batch: ChangeBatch): TableChanges {
  return new Map([...batch].map(([table, groups]) => [table, [...groups.values()]]));
}
