import type pg from 'pg';
import type { HasuraMetadata } from '../metadata/types.js';

export interface TableName {
  schema: string;
  name: string;
}

/** `schema.name`: how relations are named in plans (`relationsOf`) and change notifications. */
export function tableKey(table: TableName): string {
  return `${table.schema}.${table.name}`;
}

/** The tracked tables of the default source, as metadata lists them. */
export function trackedTables(metadata: HasuraMetadata): TableName[] {
  const out: TableName[] = [];
  for (const source of metadata.sources ?? []) {
    for (const entry of source.tables ?? []) {
      const table = entry.table as TableName | string;
      out.push(typeof table === 'string' ? { schema: 'public', name: table } : { schema: table.schema ?? 'public', name: table.name });
    }
  }
  return out;
}

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

/**
 * For every tracked view (and materialized view): the base tables it reads, transitively
 * (`pg_depend` of the rewrite rules of the view and of the views it reads), and whether its
 * result can change while no table does: a materialized view (REFRESH), or a view calling
 * now() and friends or a non-immutable function, directly or through other views.
 */
const VIEW_DEPENDENCIES_SQL = `
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
SELECT vn.nspname AS schema, v.relname AS name,
       coalesce(json_agg(DISTINCT jsonb_build_object('schema', rn.nspname, 'name', rel.relname)) FILTER (WHERE rel.relkind IN ('r', 'p')), '[]') AS bases,
       bool_or(
         rel.relkind = 'm'
         OR (rel.relkind = 'v' AND pg_get_viewdef(rel.oid) ~* '(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|random)\\s*\\(|current_(date|time|timestamp)|localtime')
         OR EXISTS (SELECT 1 FROM pg_rewrite r2
                      JOIN pg_depend d2 ON d2.classid = 'pg_rewrite'::regclass AND d2.objid = r2.oid AND d2.refclassid = 'pg_proc'::regclass
                      JOIN pg_proc p ON p.oid = d2.refobjid AND p.provolatile <> 'i'
                     WHERE r2.ev_class = rel.oid)) AS unwatchable
  FROM reach
  JOIN pg_class v ON v.oid = reach.view_oid JOIN pg_namespace vn ON vn.oid = v.relnamespace
  JOIN pg_class rel ON rel.oid = reach.rel_oid JOIN pg_namespace rn ON rn.oid = rel.relnamespace
 GROUP BY 1, 2`;

/** One catalog statement, once per metadata version (the schema cache reads it with the catalog). */
export async function readTableDependencies(pool: Pick<pg.Pool, 'query'>, metadata: HasuraMetadata): Promise<TableDependencies> {
  const tracked = trackedTables(metadata);
  const { rows } = await pool.query<{ schema: string; name: string; bases: TableName[]; unwatchable: boolean }>(
    VIEW_DEPENDENCIES_SQL,
    [tracked.map((t) => t.schema), tracked.map((t) => t.name)],
  );
  const viewBases = new Map<string, Set<string>>();
  // Base tables of tracked views are watched too, even when they are not tracked themselves.
  const watched = new Map(tracked.map((t) => [tableKey(t), t]));
  for (const row of rows) {
    if (row.bases.length > 0) viewBases.set(tableKey(row), new Set(row.bases.map(tableKey)));
    for (const base of row.bases) watched.set(tableKey(base), { schema: base.schema, name: base.name });
  }
  const functions = new Set<string>();
  for (const source of metadata.sources ?? []) {
    for (const fn of source.functions ?? []) {
      const name = fn.function as TableName | string;
      functions.add(typeof name === 'string' ? `public.${name}` : tableKey({ schema: name.schema ?? 'public', name: name.name }));
    }
  }
  const unwatchable = new Set(rows.filter((row) => row.unwatchable).map(tableKey));
  return new TableDependencies([...watched.values()], viewBases, functions, unwatchable);
}
