/**
 * The one catalog query. It returns a single JSON document with every user relation (columns,
 * keys, foreign keys, and for views the tables they read), every user function and the types
 * those mention, so introspection costs one round trip and the raw result can be stored as a
 * test fixture.
 */
export const CATALOG_QUERY = `
WITH RECURSIVE
user_namespaces AS (
  SELECT oid, nspname FROM pg_catalog.pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'hdb_catalog')
    AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp\\_%'
),
rels AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.reltype,
         pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
         pg_catalog.pg_relation_is_updatable(c.oid, false) AS updatable
  FROM pg_catalog.pg_class c JOIN user_namespaces n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND NOT c.relispartition
),
cols AS (
  SELECT a.attrelid, json_agg(json_build_object(
           'name', a.attname, 'position', a.attnum, 'type', a.atttypid, 'notNull', a.attnotnull,
           'hasDefault', a.atthasdef, 'identity', a.attidentity, 'generated', a.attgenerated,
           'comment', pg_catalog.col_description(a.attrelid, a.attnum)) ORDER BY a.attnum) AS columns
  FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid
  WHERE a.attnum > 0 AND NOT a.attisdropped
  GROUP BY a.attrelid
),
cons AS (
  SELECT con.conrelid, json_agg(json_build_object(
           'name', con.conname, 'type', con.contype,
           'columns', (SELECT json_agg(att.attname ORDER BY k.ord)
                       FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
                       JOIN pg_catalog.pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.num),
           'refSchema', fn.nspname, 'refTable', fc.relname,
           'refColumns', (SELECT json_agg(att.attname ORDER BY k.ord)
                          FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
                          JOIN pg_catalog.pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.num))
         ORDER BY con.conname) AS constraints
  FROM pg_catalog.pg_constraint con
  JOIN rels r ON r.oid = con.conrelid
  LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
  WHERE con.contype IN ('p', 'u', 'f')
  GROUP BY con.conrelid
),
-- Every relation a view reads, transitively: pg_depend of the rewrite rules of the view and of the views it reads.
view_reach(view_oid, rel_oid) AS (
  SELECT oid, oid FROM rels WHERE kind IN ('v', 'm')
  UNION
  SELECT vr.view_oid, d.refobjid
  FROM view_reach vr JOIN pg_catalog.pg_rewrite r ON r.ev_class = vr.rel_oid
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
    AND d.refclassid = 'pg_catalog.pg_class'::regclass
  WHERE d.refobjid <> r.ev_class
),
-- Relations whose rows change without a table being written: a materialized view (REFRESH), a view
-- calling now() and friends or a function that is not immutable.
unwritten_changes AS (
  SELECT c.oid FROM pg_catalog.pg_class c
  WHERE c.oid IN (SELECT rel_oid FROM view_reach)
    AND (c.relkind = 'm'
      OR (c.relkind = 'v' AND pg_catalog.pg_get_viewdef(c.oid) ~* '(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|random)\\s*\\(|current_(date|time|timestamp)|localtime')
      OR EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r
                 JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
                   AND d.refclassid = 'pg_catalog.pg_proc'::regclass
                 JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid AND p.provolatile <> 'i'
                 WHERE r.ev_class = c.oid))
),
view_deps AS (
  SELECT vr.view_oid,
         coalesce(json_agg(DISTINCT jsonb_build_object('schema', rn.nspname, 'name', rel.relname))
           FILTER (WHERE rel.relkind IN ('r', 'p')), '[]') AS bases,
         bool_or(vr.rel_oid IN (SELECT oid FROM unwritten_changes)) AS unwatchable
  FROM view_reach vr
  JOIN pg_catalog.pg_class rel ON rel.oid = vr.rel_oid JOIN pg_catalog.pg_namespace rn ON rn.oid = rel.relnamespace
  GROUP BY vr.view_oid
),
funcs AS (
  SELECT p.oid, n.nspname AS schema, p.proname AS name,
         coalesce(p.proargnames, '{}') AS arg_names,
         coalesce(p.proargmodes::text[], '{}') AS arg_modes,
         coalesce(p.proallargtypes, p.proargtypes::oid[]) AS arg_types,
         p.pronargs, p.pronargdefaults, p.prorettype, p.proretset, p.provolatile,
         pg_catalog.obj_description(p.oid, 'pg_proc') AS comment
  FROM pg_catalog.pg_proc p JOIN user_namespaces n ON n.oid = p.pronamespace
  WHERE p.prokind = 'f'
),
used_types AS (
  SELECT DISTINCT oid FROM (
    SELECT a.atttypid AS oid FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid WHERE a.attnum > 0
    UNION ALL SELECT reltype FROM rels
    UNION ALL SELECT prorettype FROM funcs
    UNION ALL SELECT unnest(arg_types) FROM funcs
    UNION ALL SELECT t.oid FROM pg_catalog.pg_type t JOIN user_namespaces n ON n.oid = t.typnamespace WHERE t.typtype = 'e'
  ) u
),
type_closure AS (
  SELECT oid FROM used_types
  UNION SELECT t.typelem FROM pg_catalog.pg_type t JOIN used_types u ON u.oid = t.oid WHERE t.typelem <> 0
  UNION SELECT t.typbasetype FROM pg_catalog.pg_type t JOIN used_types u ON u.oid = t.oid WHERE t.typbasetype <> 0
)
SELECT json_build_object(
  'tables', (SELECT coalesce(json_agg(json_build_object(
      'oid', r.oid, 'schema', r.schema, 'name', r.name, 'kind', r.kind, 'rowType', r.reltype,
      'comment', r.comment, 'updatable', r.updatable,
      'columns', coalesce(c.columns, '[]'), 'constraints', coalesce(k.constraints, '[]'),
      'viewBases', v.bases, 'viewUnwatchable', v.unwatchable)
      ORDER BY r.schema, r.name), '[]')
    FROM rels r LEFT JOIN cols c ON c.attrelid = r.oid LEFT JOIN cons k ON k.conrelid = r.oid
    LEFT JOIN view_deps v ON v.view_oid = r.oid),
  'functions', (SELECT coalesce(json_agg(json_build_object(
      'oid', f.oid, 'schema', f.schema, 'name', f.name, 'argNames', f.arg_names, 'argModes', f.arg_modes,
      'argTypes', f.arg_types, 'inputArgCount', f.pronargs, 'defaultCount', f.pronargdefaults,
      'returnType', f.prorettype, 'returnsSet', f.proretset, 'volatility', f.provolatile, 'comment', f.comment)
      ORDER BY f.schema, f.name, f.oid), '[]')
    FROM funcs f),
  'types', (SELECT coalesce(json_agg(json_build_object(
      'oid', t.oid, 'schema', n.nspname, 'name', t.typname, 'kind', t.typtype, 'category', t.typcategory,
      'element', nullif(t.typelem, 0), 'base', nullif(t.typbasetype, 0),
      'enumValues', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid))
      ORDER BY t.oid), '[]')
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    WHERE t.oid IN (SELECT oid FROM type_closure))
) AS catalog
`;
