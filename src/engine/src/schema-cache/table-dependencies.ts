import { findTable, type DatabaseModel } from '../introspection/model.js';
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
 * from `pg_depend` of their rewrite rules), and a tracked function or a computed field's
 * function to every tracked table, because what a function body reads is not visible from outside.
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
 * The tracked relations' dependencies, off the introspected model (the catalog query reads every
 * view's base tables and whether it can change while no table does), so they cost no read of their own.
 */
export function tableDependenciesOf(model: DatabaseModel, metadata: HasuraMetadata): TableDependencies {
  const tracked = trackedTables(metadata);
  const viewBases = new Map<string, Set<string>>();
  const unwatchable = new Set<string>();
  // Base tables of tracked views are watched too, even when they are not tracked themselves.
  const watched = new Map(tracked.map((t) => [tableKey(t), t]));
  for (const table of tracked) {
    const found = findTable(model, table.schema, table.name);
    if (!found || (found.kind !== 'view' && found.kind !== 'materialized_view')) continue;
    if (found.viewBases.length > 0) viewBases.set(tableKey(table), new Set(found.viewBases.map(tableKey)));
    for (const base of found.viewBases) watched.set(tableKey(base), { schema: base.schema, name: base.name });
    if (found.viewUnwatchable) unwatchable.add(tableKey(table));
  }
  const functions = new Set<string>();
  const addFunction = (name: TableName | string) => functions.add(typeof name === 'string' ? `public.${name}` : tableKey({ schema: name.schema ?? 'public', name: name.name }));
  for (const source of metadata.sources ?? []) {
    for (const fn of source.functions ?? []) addFunction(fn.function as TableName | string);
    // A computed field's function is opaque as well: what it reads besides its row (other
    // tables, now()) is not visible, so a statement calling one is polled like a function's.
    for (const entry of source.tables ?? []) {
      for (const cf of entry.computed_fields ?? []) if (cf.definition?.function) addFunction(cf.definition.function as TableName | string);
    }
  }
  return new TableDependencies([...watched.values()], viewBases, functions, unwatchable);
}
