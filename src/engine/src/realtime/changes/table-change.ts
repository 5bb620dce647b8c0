/**
 * What a batch of notifications says changed: per table, the key column values of the changed
 * rows, or null when the notification named only the table (bulk write, TRUNCATE, or an old
 * trigger), which means "anything in it may have changed".
 */
export type ChangedKeys = ReadonlyMap<string, ReadonlySet<string>>;
export type TableChanges = ReadonlyMap<string, ChangedKeys | null>;
/** Per table whose every change in a batch was an UPDATE naming its changed columns: those columns. */
export type UpdatedColumns = ReadonlyMap<string, ReadonlySet<string>>;

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

/** Folds one change's columns into a batch's: unioned; null (not only named updates) absorbs. */
export function mergeColumns(batch: Map<string, Set<string> | null>, change: Change): void {
  if (!batch.has(change.table)) {
    batch.set(change.table, change.columns ? new Set(change.columns) : null);
    return;
  }
  const current = batch.get(change.table)!;
  if (current === null) return;
  if (!change.columns) batch.set(change.table, null);
  else for (const column of change.columns) current.add(column);
}

/** The tables of a batch whose changes were all updates naming their columns. */
export function updatedColumns(batch: ReadonlyMap<string, ReadonlySet<string> | null>): UpdatedColumns {
  const known = new Map<string, ReadonlySet<string>>();
  for (const [table, columns] of batch) if (columns) known.set(table, columns);
  return known;
}

/** Folds one change into a batch: key sets are unioned; "everything" absorbs keys. */
export function mergeChange(batch: Map<string, Map<string, Set<string>> | null>, change: Pick<Change, 'table' | 'keys'>): void {
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
