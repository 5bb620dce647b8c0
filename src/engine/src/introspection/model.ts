/**
 * The database as the engine sees it: a pure, indexed model built from one catalog query.
 * Nothing here talks to Postgres; `parseCatalog` turns the raw JSON into this shape.
 */

export type RelationKind = 'table' | 'view' | 'materialized_view' | 'foreign_table' | 'partitioned_table';

export interface PgType {
  oid: number;
  schema: string;
  name: string;
  /** pg_type.typtype: b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
  kind: string;
  /** pg_type.typcategory: N numeric, S string, B boolean, D date/time, A array, U user, ... */
  category: string;
  /** Element type of an array type. */
  elementOid: number | null;
  /** Base type of a domain. */
  baseOid: number | null;
  /** Labels of an enum type, in sort order. */
  enumValues: string[] | null;
}

export interface ColumnModel {
  name: string;
  position: number;
  typeOid: number;
  notNull: boolean;
  hasDefault: boolean;
  /** 'a' always, 'd' by default, '' not an identity column. */
  identity: string;
  /** 's' stored generated column, '' otherwise. */
  generated: string;
  comment: string | null;
}

export interface KeyConstraint {
  name: string;
  columns: string[];
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
}

export interface RelationName {
  schema: string;
  name: string;
}

export interface TableModel {
  oid: number;
  schema: string;
  name: string;
  kind: RelationKind;
  /** Oid of the row type, which functions taking or returning rows of this table use. */
  rowTypeOid: number;
  comment: string | null;
  columns: ColumnModel[];
  columnsByName: ReadonlyMap<string, ColumnModel>;
  primaryKey: KeyConstraint | null;
  /** Primary key and unique constraints (what ON CONFLICT may name). */
  uniqueConstraints: KeyConstraint[];
  foreignKeys: ForeignKey[];
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
  /** A view's or materialized view's base tables, read through other views too (`pg_depend` of the rewrite rules); empty for a table. */
  viewBases: RelationName[];
  /**
   * A view whose rows can change while no table is written: a materialized view (REFRESH), or a
   * view calling now() and friends or a function that is not immutable, itself or through other views.
   */
  viewUnwatchable: boolean;
}

export interface FunctionArg {
  name: string | null;
  typeOid: number;
  hasDefault: boolean;
}

export interface FunctionModel {
  oid: number;
  schema: string;
  name: string;
  args: FunctionArg[];
  returnTypeOid: number;
  returnsSet: boolean;
  /** 'i' immutable, 's' stable, 'v' volatile. */
  volatility: string;
  comment: string | null;
}

export interface DatabaseModel {
  tables: ReadonlyMap<string, TableModel>;
  tablesByRowType: ReadonlyMap<number, TableModel>;
  types: ReadonlyMap<number, PgType>;
  /** Keyed by qualifiedKey(schema, name); overloads share a key. */
  functions: ReadonlyMap<string, FunctionModel[]>;
}

export function qualifiedKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

export function findTable(model: DatabaseModel, schema: string, name: string): TableModel | undefined {
  return model.tables.get(qualifiedKey(schema, name));
}

export function findFunctions(model: DatabaseModel, schema: string, name: string): FunctionModel[] {
  return model.functions.get(qualifiedKey(schema, name)) ?? [];
}
