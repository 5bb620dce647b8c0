import type pg from 'pg';

/** Schemas that are not the app's: Postgres' own, the engine's catalog, npm start's bookkeeping. */
const NOT_APP = `('pg_catalog', 'information_schema', 'pg_toast', 'hdb_catalog', 'dev_stack')`;

/** Objects an extension created, which come with `CREATE EXTENSION` and are not written out. */
const NOT_FROM_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

/**
 * The app's schema as a sorted list of lines: columns (by name, not position: ADD COLUMN
 * appends where schema.sql may have put it in the middle), constraints, indexes, views,
 * functions, triggers (not the engine's: event and realtime triggers call hdb_catalog functions), enums, schemas and extensions.
 * Two databases with the same lines have the same schema for the app and the engine.
 */
export async function catalogFingerprint(client: pg.Client | pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ line: string }>(`
    SELECT format('column %s.%s.%s %s null=%s default=%s', table_schema, table_name, column_name,
                  CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END, is_nullable, coalesce(column_default, '')) AS line
      FROM information_schema.columns WHERE table_schema NOT IN ${NOT_APP}
    UNION ALL
    SELECT format('relation %s.%s %s', n.nspname, c.relname, c.relkind) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ${NOT_APP} AND c.relkind IN ('r', 'v', 'm', 'p') AND ${NOT_FROM_EXTENSION('c.oid')}
    UNION ALL
    SELECT format('constraint %s %s %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname NOT IN ${NOT_APP} AND c.conrelid <> 0
    UNION ALL
    SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname NOT IN ${NOT_APP}
    UNION ALL
    SELECT format('view %s.%s %s', schemaname, viewname, definition) FROM pg_views WHERE schemaname NOT IN ${NOT_APP}
    UNION ALL
    SELECT format('function %s', pg_get_functiondef(p.oid)) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname NOT IN ${NOT_APP} AND p.prokind IN ('f', 'p') AND ${NOT_FROM_EXTENSION('p.oid')}
    UNION ALL
    SELECT format('trigger %s', pg_get_triggerdef(t.oid)) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND n.nspname NOT IN ${NOT_APP}
       AND (SELECT f.pronamespace FROM pg_proc f WHERE f.oid = t.tgfoid) NOT IN (SELECT oid FROM pg_namespace WHERE nspname IN ${NOT_APP})
    UNION ALL
    SELECT format('enum %s.%s %s', n.nspname, t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname NOT IN ${NOT_APP} GROUP BY n.nspname, t.typname
    UNION ALL
    SELECT format('schema %s', nspname) FROM pg_namespace WHERE nspname NOT IN ${NOT_APP} AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'
    UNION ALL
    SELECT format('extension %s', extname) FROM pg_extension WHERE extname <> 'plpgsql'
  `);
  return rows.map((r) => r.line).sort();
}

/** Lines only one side has, marked `-` (only in `expected`) and `+` (only in `actual`). */
export function fingerprintDifference(expected: readonly string[], actual: readonly string[]): string[] {
  const a = new Set(actual);
  const e = new Set(expected);
  return [...expected.filter((l) => !a.has(l)).map((l) => `- ${l}`), ...actual.filter((l) => !e.has(l)).map((l) => `+ ${l}`)];
}
