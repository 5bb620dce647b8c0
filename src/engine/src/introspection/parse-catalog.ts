import type { ColumnModel, DatabaseModel, ForeignKey, FunctionArg, FunctionModel, KeyConstraint, PgType, RelationKind, RelationName, TableModel } from './model.js';
import { qualifiedKey } from './model.js';

/** The JSON document CATALOG_QUERY returns (also the shape of the stored fixture). */
export interface RawCatalog {
  tables: RawTable[];
  functions: RawFunction[];
  types: RawType[];
}

interface RawTable {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  rowType: number;
  comment: string | null;
  updatable: number;
  columns: { name: string; position: number; type: number; notNull: boolean; hasDefault: boolean; identity: string; generated: string; comment: string | null }[];
  constraints: { name: string; type: 'p' | 'u' | 'f'; columns: string[] | null; refSchema: string | null; refTable: string | null; refColumns: string[] | null }[];
  /** Views only (null for tables; absent from hand-written catalogs of tables). */
  viewBases?: RelationName[] | null;
  viewUnwatchable?: boolean | null;
}

interface RawFunction {
  oid: number;
  schema: string;
  name: string;
  argNames: string[];
  argModes: string[];
  argTypes: number[];
  inputArgCount: number;
  defaultCount: number;
  returnType: number;
  returnsSet: boolean;
  volatility: string;
  comment: string | null;
}

interface RawType {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  category: string;
  element: number | null;
  base: number | null;
  enumValues: string[] | null;
}

const RELATION_KINDS: Record<string, RelationKind> = {
  r: 'table',
  v: 'view',
  m: 'materialized_view',
  f: 'foreign_table',
  p: 'partitioned_table',
};

// pg_relation_is_updatable returns a bit mask of 1 << CmdType (CMD_UPDATE = 2, CMD_INSERT = 3, CMD_DELETE = 4).
const CAN_UPDATE = 1 << 2;
const CAN_INSERT = 1 << 3;
const CAN_DELETE = 1 << 4;

function parseTable(raw: RawTable): TableModel {
  const columns: ColumnModel[] = raw.columns.map((c) => ({
    name: c.name,
    position: c.position,
    typeOid: c.type,
    notNull: c.notNull,
    hasDefault: c.hasDefault,
    identity: c.identity,
    generated: c.generated,
    comment: c.comment,
  }));
  let primaryKey: KeyConstraint | null = null;
  const uniqueConstraints: KeyConstraint[] = [];
  const foreignKeys: ForeignKey[] = [];
  for (const con of raw.constraints) {
    const cols = con.columns ?? [];
    if (con.type === 'p') {
      primaryKey = { name: con.name, columns: cols };
      uniqueConstraints.push(primaryKey);
    } else if (con.type === 'u') {
      uniqueConstraints.push({ name: con.name, columns: cols });
    } else if (con.refSchema && con.refTable) {
      foreignKeys.push({ name: con.name, columns: cols, refSchema: con.refSchema, refTable: con.refTable, refColumns: con.refColumns ?? [] });
    }
  }
  const kind = RELATION_KINDS[raw.kind] ?? 'table';
  const plainTable = kind === 'table' || kind === 'partitioned_table' || kind === 'foreign_table';
  return {
    oid: raw.oid,
    schema: raw.schema,
    name: raw.name,
    kind,
    rowTypeOid: raw.rowType,
    comment: raw.comment,
    columns,
    columnsByName: new Map(columns.map((c) => [c.name, c])),
    primaryKey,
    uniqueConstraints,
    foreignKeys,
    insertable: plainTable || (raw.updatable & CAN_INSERT) !== 0,
    updatable: plainTable || (raw.updatable & CAN_UPDATE) !== 0,
    deletable: plainTable || (raw.updatable & CAN_DELETE) !== 0,
    viewBases: (raw.viewBases ?? []).map((b) => ({ schema: b.schema, name: b.name })),
    viewUnwatchable: raw.viewUnwatchable === true,
  };
}

function parseFunction(raw: RawFunction): FunctionModel {
  // proallargtypes also lists OUT arguments; keep only what a caller passes.
  const args: FunctionArg[] = [];
  raw.argTypes.forEach((typeOid, i) => {
    const mode = raw.argModes[i] ?? 'i';
    if (mode === 'i' || mode === 'b' || mode === 'v') args.push({ name: raw.argNames[i] || null, typeOid, hasDefault: false });
  });
  const firstDefault = args.length - raw.defaultCount;
  args.forEach((arg, i) => {
    arg.hasDefault = i >= firstDefault;
  });
  return {
    oid: raw.oid,
    schema: raw.schema,
    name: raw.name,
    args,
    returnTypeOid: raw.returnType,
    returnsSet: raw.returnsSet,
    volatility: raw.volatility,
    comment: raw.comment,
  };
}

function parseType(raw: RawType): PgType {
  return {
    oid: raw.oid,
    schema: raw.schema,
    name: raw.name,
    kind: raw.kind,
    category: raw.category,
    elementOid: raw.element,
    baseOid: raw.base,
    enumValues: raw.enumValues,
  };
}

export function parseCatalog(raw: RawCatalog): DatabaseModel {
  const tables = new Map<string, TableModel>();
  const tablesByRowType = new Map<number, TableModel>();
  for (const t of raw.tables) {
    const table = parseTable(t);
    tables.set(qualifiedKey(table.schema, table.name), table);
    tablesByRowType.set(table.rowTypeOid, table);
  }
  const functions = new Map<string, FunctionModel[]>();
  for (const f of raw.functions) {
    const fn = parseFunction(f);
    const key = qualifiedKey(fn.schema, fn.name);
    const list = functions.get(key);
    if (list) list.push(fn);
    else functions.set(key, [fn]);
  }
  const types = new Map<number, PgType>(raw.types.map((t) => [t.oid, parseType(t)]));
  return { tables, tablesByRowType, types, functions };
}
