import type pg from 'pg';
import type { HasuraMetadata } from '../../metadata/types.js';
import { tableKey, trackedTables, type TableName } from './change-triggers.js';

/**
 * Which tables' changes can alter a statement's result. A statement names tables, views and
 * functions; tables map to themselves, views to the base tables they read (transitively,
 * from `pg_depend` of their rewrite rules), and a tracked function to every tracked table,
 * because what a function body reads is not visible from outside.
 */
export class TableDependencies {
  private readonly tables: ReadonlySet<string>;

  constructor(
    /** Tables whose changes are watched: tracked tables and the base tables of tracked views. */
    readonly watched: readonly TableName[],
    private readonly viewBases: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly functions: ReadonlySet<string>,
    /**
     * Views whose content changes without any table changing: materialized views (REFRESH),
     * views calling now() and friends or a non-immutable function, directly or through other views.
     */
    private readonly unwatchable: ReadonlySet<string> = new Set(),
  ) {
    this.tables = new Set(watched.map(tableKey));
  }

  static empty(): TableDependencies {
    return new TableDependencies([], new Map(), new Set());
  }

  /** True if a change to anything among `names` is reported by a change trigger. */
  fullyWatched(names: ReadonlySet<string>): boolean {
    for (const name of names) if (this.functions.has(name) || this.unwatchable.has(name)) return false;
    return true;
  }

  resolve(names: ReadonlySet<string>): ReadonlySet<string> {
    const out = new Set<string>();
    for (const name of names) {
      if (this.functions.has(name)) return this.tables;
      const bases = this.viewBases.get(name);
      if (bases) for (const base of bases) out.add(base);
      else if (this.tables.has(name)) out.add(name);
    }
    return out;
  }
}

const VIEW_BASES_SQL = `
WITH RECURSIVE wanted AS (
  SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN unnest($1::text[], $2::text[]) AS w(schema, name) ON w.schema = n.nspname AND w.name = c.relname
  WHERE c.relkind IN ('v', 'm')
), deps(view_oid, rel_oid) AS (
  SELECT r.ev_class, d.refobjid
    FROM wanted JOIN pg_rewrite r ON r.ev_class = wanted.oid
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
   WHERE d.refobjid <> r.ev_class
  UNION
  SELECT deps.view_oid, d.refobjid
    FROM deps JOIN pg_rewrite r ON r.ev_class = deps.rel_oid
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
   WHERE d.refobjid <> r.ev_class
)
SELECT DISTINCT vn.nspname AS view_schema, v.relname AS view_name,
       tn.nspname AS table_schema, t.relname AS table_name
  FROM deps
  JOIN pg_class v ON v.oid = deps.view_oid JOIN pg_namespace vn ON vn.oid = v.relnamespace
  JOIN pg_class t ON t.oid = deps.rel_oid JOIN pg_namespace tn ON tn.oid = t.relnamespace
 WHERE t.relkind IN ('r', 'p')`;

/** Tracked views (and materialized views) whose result can change while no table does. */
const UNWATCHABLE_VIEWS_SQL = `
WITH RECURSIVE wanted AS (
  SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN unnest($1::text[], $2::text[]) AS w(schema, name) ON w.schema = n.nspname AND w.name = c.relname
  WHERE c.relkind IN ('v', 'm')
), reach(view_oid, rel_oid) AS (
  SELECT oid, oid FROM wanted
  UNION
  SELECT reach.view_oid, d.refobjid
    FROM reach JOIN pg_rewrite r ON r.ev_class = reach.rel_oid
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
   WHERE d.refobjid <> r.ev_class
)
SELECT vn.nspname AS schema, v.relname AS name
  FROM reach
  JOIN pg_class v ON v.oid = reach.view_oid JOIN pg_namespace vn ON vn.oid = v.relnamespace
  JOIN pg_class rel ON rel.oid = reach.rel_oid
 GROUP BY 1, 2
HAVING bool_or(
         rel.relkind = 'm'
         OR (rel.relkind = 'v' AND pg_get_viewdef(rel.oid) ~* '(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|random)\\s*\\(|current_(date|time|timestamp)|localtime')
         OR EXISTS (SELECT 1 FROM pg_rewrite r2
                      JOIN pg_depend d2 ON d2.classid = 'pg_rewrite'::regclass AND d2.objid = r2.oid AND d2.refclassid = 'pg_proc'::regclass
                      JOIN pg_proc p ON p.oid = d2.refobjid AND p.provolatile <> 'i'
                     WHERE r2.ev_class = rel.oid))`;

export async function loadTableDependencies(pool: Pick<pg.Pool, 'query'>, metadata: HasuraMetadata): Promise<TableDependencies> {
  const tracked = trackedTables(metadata);
  const { rows } = await pool.query<{ view_schema: string; view_name: string; table_schema: string; table_name: string }>(
    VIEW_BASES_SQL,
    [tracked.map((t) => t.schema), tracked.map((t) => t.name)],
  );
  const viewBases = new Map<string, Set<string>>();
  for (const row of rows) {
    const view = tableKey({ schema: row.view_schema, name: row.view_name });
    let bases = viewBases.get(view);
    if (!bases) viewBases.set(view, (bases = new Set()));
    bases.add(tableKey({ schema: row.table_schema, name: row.table_name }));
  }
  const functions = new Set<string>();
  for (const source of metadata.sources ?? []) {
    for (const fn of source.functions ?? []) {
      const name = fn.function as TableName | string;
      functions.add(typeof name === 'string' ? `public.${name}` : tableKey({ schema: name.schema ?? 'public', name: name.name }));
    }
  }
  // Base tables of tracked views are watched too, even when they are not tracked themselves.
  const watched = new Map(tracked.map((t) => [tableKey(t), t]));
  for (const row of rows) watched.set(tableKey({ schema: row.table_schema, name: row.table_name }), { schema: row.table_schema, name: row.table_name });
  const { rows: unwatchableRows } = await pool.query<TableName>(UNWATCHABLE_VIEWS_SQL, [tracked.map((t) => t.schema), tracked.map((t) => t.name)]);
  return new TableDependencies([...watched.values()], viewBases, functions, new Set(unwatchableRows.map(tableKey)));
}
