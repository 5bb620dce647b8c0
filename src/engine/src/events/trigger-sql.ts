import { compileText, sql, type SQL } from '../sql/builder.js';
import type { ColumnList, QualifiedTable } from '../metadata/types.js';

/**
 * The per-trigger SQL Hasura generates (`Backends/Postgres/DDL/EventTrigger.hs` `mkTriggerQ`
 * rendering `src-rsr/trigger.sql.shakespeare`): one plpgsql function and one AFTER ROW
 * trigger per operation, both named `notify_hasura_<trigger>_<OP>`. Built with the SQL builder
 * and compiled to text without parameters (DDL binds none), so the body can be compared with
 * what `pg_proc.prosrc` already holds and only changed when it differs.
 */
export type TriggerOp = 'INSERT' | 'UPDATE' | 'DELETE';
export const TRIGGER_OPS: readonly TriggerOp[] = ['INSERT', 'UPDATE', 'DELETE'];

export interface TableColumn {
  name: string;
  /** The type's name in pg_type (`int4`, `geometry`, ...). */
  type: string;
}

export interface OpSpec {
  /** Listen columns: an UPDATE fires only when one of them changed. */
  columns: ColumnList;
  /** Columns sent in `data.old` / `data.new`; all when absent. */
  payload?: ColumnList;
}

export interface TriggerFunction {
  /** `notify_hasura_<trigger>_<OP>`: the function's and the trigger's name. */
  name: string;
  /** The event trigger it belongs to. */
  trigger: string;
  table: QualifiedTable;
  op: TriggerOp;
  /** What Postgres stores as `prosrc`: the text between the dollar quotes. */
  body: string;
  createFunction: string;
  createTrigger: string;
  enableAlways: string;
  enableOrigin: string;
}

export function triggerFunctionName(trigger: string, op: TriggerOp): string {
  return `notify_hasura_${trigger}_${op}`;
}

/** `hdb_catalog."notify_hasura_..."`: the schema unquoted, as Hasura writes it. */
function qualifiedFunction(name: string): SQL {
  return sql`hdb_catalog.${sql.ident(name)}`;
}

function qualifiedTable(table: QualifiedTable): SQL {
  return sql.ident(table.schema, table.name);
}

function pick(all: readonly TableColumn[], list: ColumnList | undefined): TableColumn[] {
  if (list === undefined || list === '*') return [...all];
  const wanted = new Set(list);
  return all.filter((c) => wanted.has(c.name));
}

const GEO_TYPES = new Set(['geometry', 'geography']);

type RowVar = 'OLD' | 'NEW';

/** Hasura's `toJSONableExp`: geo values travel as GeoJSON, under the column's own name. */
function extractor(rowVar: RowVar, column: TableColumn): SQL {
  const ref = sql`${sql.raw(rowVar)}.${sql.ident(column.name)}`;
  return GEO_TYPES.has(column.type) ? sql`ST_AsGeoJSON(${ref}, 15, 4)::json AS ${sql.ident(column.name)}` : ref;
}

function rowExpression(rowVar: RowVar, columns: readonly TableColumn[]): SQL {
  return sql`(SELECT "e" FROM (SELECT ${sql.join(columns.map((c) => extractor(rowVar, c)))}) AS "e")`;
}

/** The plpgsql body; its text is what `prosrc` holds, so it must not change byte for byte. */
function triggerBody(trigger: string, table: QualifiedTable, op: TriggerOp, listen: TableColumn[], delivered: TableColumn[]): SQL {
  const payloadOf = (rowVar: RowVar) => sql`row_to_json(${rowExpression(rowVar, delivered)})`;
  const oldData = op === 'INSERT' ? sql.raw('NULL') : payloadOf('OLD');
  const newData = op === 'DELETE' ? sql.raw('NULL') : payloadOf('NEW');
  const asText = (value: string) => sql`CAST(${sql.literal(value)} AS text)`;
  const insertEvent = sql`PERFORM hdb_catalog.insert_event_log(${sql.join([table.schema, table.name, trigger].map(asText))}, TG_OP, _data);`;
  return sql`
  DECLARE
    _old record;
    _new record;
    _data json;
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      _old := row(${rowExpression('OLD', listen)});
      _new := row(${rowExpression('NEW', listen)});
    ELSE
    /* initialize _old and _new with dummy values for INSERT and UPDATE events*/
      _old := row((select 1));
      _new := row((select 1));
    END IF;
    _data := json_build_object(
      'old', ${oldData},
      'new', ${newData}
    );
    BEGIN
      IF (TG_OP <> 'UPDATE') OR (_old <> _new) THEN
        ${insertEvent}
      END IF;
      EXCEPTION WHEN undefined_function THEN
        IF (TG_OP <> 'UPDATE') OR (_old *<> _new) THEN
          ${insertEvent}
        END IF;
    END;

    RETURN NULL;
  END;
`;
}

export function renderTriggerFunction(trigger: string, table: QualifiedTable, allColumns: readonly TableColumn[], op: TriggerOp, spec: OpSpec): TriggerFunction {
  const name = triggerFunctionName(trigger, op);
  const body = triggerBody(trigger, table, op, pick(allColumns, spec.columns), pick(allColumns, spec.payload));
  const fn = qualifiedFunction(name);
  const on = qualifiedTable(table);
  return {
    name,
    trigger,
    table,
    op,
    body: compileText(body),
    createFunction: compileText(sql`CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS ${sql.dollarQuoted(body, 'hasura')}`),
    createTrigger: compileText(sql`CREATE TRIGGER ${sql.ident(name)} AFTER ${sql.raw(op)} ON ${on} FOR EACH ROW EXECUTE PROCEDURE ${fn}()`),
    enableAlways: compileText(sql`ALTER TABLE ${on} ENABLE ALWAYS TRIGGER ${sql.ident(name)}`),
    enableOrigin: compileText(sql`ALTER TABLE ${on} ENABLE TRIGGER ${sql.ident(name)}`),
  };
}

export function dropTriggerFunction(name: string): string {
  return compileText(sql`DROP FUNCTION IF EXISTS ${qualifiedFunction(name)}() CASCADE`);
}

export function dropTrigger(name: string, table: QualifiedTable): string {
  return compileText(sql`DROP TRIGGER IF EXISTS ${sql.ident(name)} ON ${qualifiedTable(table)}`);
}
