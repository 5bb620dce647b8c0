import { quoteIdent, quoteLiteral } from '../sql/builder.js';
import type { ColumnList, QualifiedTable } from '../metadata/types.js';

/**
 * The per-trigger SQL Hasura generates (`Backends/Postgres/DDL/EventTrigger.hs` `mkTriggerQ`
 * rendering `src-rsr/trigger.sql.shakespeare`): one plpgsql function and one AFTER ROW
 * trigger per operation, both named `notify_hasura_<trigger>_<OP>`. Pure text, so it can
 * be compared with what `pg_proc.prosrc` already holds and only changed when it differs.
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

export function qualifiedFunction(name: string): string {
  return `hdb_catalog.${quoteIdent(name)}`;
}

export function qualifiedTable(table: QualifiedTable): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
}

function pick(all: readonly TableColumn[], list: ColumnList | undefined): TableColumn[] {
  if (list === undefined || list === '*') return [...all];
  const wanted = new Set(list);
  return all.filter((c) => wanted.has(c.name));
}

const GEO_TYPES = new Set(['geometry', 'geography']);

/** Hasura's `toJSONableExp`: geo values travel as GeoJSON, under the column's own name. */
function extractor(rowVar: 'OLD' | 'NEW', column: TableColumn): string {
  const ref = `${rowVar}.${quoteIdent(column.name)}`;
  return GEO_TYPES.has(column.type) ? `ST_AsGeoJSON(${ref}, 15, 4)::json AS ${quoteIdent(column.name)}` : ref;
}

function rowExpression(rowVar: 'OLD' | 'NEW', columns: readonly TableColumn[]): string {
  return `(SELECT "e" FROM (SELECT ${columns.map((c) => extractor(rowVar, c)).join(', ')}) AS "e")`;
}

export function renderTriggerFunction(
  trigger: string,
  table: QualifiedTable,
  allColumns: readonly TableColumn[],
  op: TriggerOp,
  spec: OpSpec,
): TriggerFunction {
  const name = triggerFunctionName(trigger, op);
  const listen = pick(allColumns, spec.columns);
  const delivered = pick(allColumns, spec.payload);
  const payloadOf = (rowVar: 'OLD' | 'NEW') => `row_to_json(${rowExpression(rowVar, delivered)})`;
  const oldData = op === 'INSERT' ? 'NULL' : payloadOf('OLD');
  const newData = op === 'DELETE' ? 'NULL' : payloadOf('NEW');
  const insertEvent =
    `PERFORM hdb_catalog.insert_event_log(CAST(${quoteLiteral(table.schema)} AS text), ` +
    `CAST(${quoteLiteral(table.name)} AS text), CAST(${quoteLiteral(trigger)} AS text), TG_OP, _data);`;
  const body = `
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
  const fn = qualifiedFunction(name);
  const quote = dollarQuoteFor(body);
  return {
    name,
    trigger,
    table,
    op,
    body,
    createFunction: `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS ${quote}${body}${quote}`,
    createTrigger:
      `CREATE TRIGGER ${quoteIdent(name)} AFTER ${op} ON ${qualifiedTable(table)} ` +
      `FOR EACH ROW EXECUTE PROCEDURE ${fn}()`,
    enableAlways: `ALTER TABLE ${qualifiedTable(table)} ENABLE ALWAYS TRIGGER ${quoteIdent(name)}`,
    enableOrigin: `ALTER TABLE ${qualifiedTable(table)} ENABLE TRIGGER ${quoteIdent(name)}`,
  };
}

/** A dollar-quote tag that cannot occur in the body (table names are user text). */
function dollarQuoteFor(body: string): string {
  for (let i = 0; ; i++) {
    const tag = `$hasura${i || ''}$`;
    if (!body.includes(tag)) return tag;
  }
}

export function dropTriggerFunction(name: string): string {
  return `DROP FUNCTION IF EXISTS ${qualifiedFunction(name)}() CASCADE`;
}

export function dropTrigger(name: string, table: QualifiedTable): string {
  return `DROP TRIGGER IF EXISTS ${quoteIdent(name)} ON ${qualifiedTable(table)}`;
}
