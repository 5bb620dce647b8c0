import { findTable, type DatabaseModel, type TableModel } from '../../../introspection/index.js';
import { qualifiedKey } from '../../../introspection/model.js';
import { resolveCatalog } from '../../../schema/resolve-catalog.js';
import type { RelationshipInfo, TableInfo } from '../../../schema/catalog.js';
import { compile, sql, type SQL } from '../../../sql/builder.js';
import { objectArg, qualifiedName, showTable } from '../../args.js';
import type { ServerMetadataContext, ServerMetadataHandler } from '../context.js';
import { compileWhere } from '../dml-where.js';
import { MetadataApiError, notExists, parseFailed } from '../../errors.js';
import { dmlError } from '../postgres-error.js';
import { binaryNumericScale } from '../../../compile/numeric-literal.js';

/**
 * The legacy `/v1/query` data operations Hasura's test setups use: `insert`, `select`,
 * `count`, `update`, `delete`. Values reach Postgres as one JSON parameter per row and are
 * converted with `json_populate_record`, so every column type (jsonb, arrays, PostGIS from
 * GeoJSON, money...) takes the value as Hasura's v1 insert does.
 */
/** A tracked table: Hasura's v1 DML knows only those (an untracked table "does not exist"). */
async function tableOf(ctx: ServerMetadataContext, args: Record<string, unknown>): Promise<TableModel> {
  const name = qualifiedName(args.table, '$.args.table');
  const table = findTable(await ctx.databaseModel(), name.schema, name.name);
  if (!table || !(await trackedInfo(ctx, table))) throw notExists(`table "${showTable(name)}" does not exist`, '$.args.table');
  return table;
}

async function trackedInfo(ctx: ServerMetadataContext, table: TableModel): Promise<TableInfo | undefined> {
  return resolveCatalog(ctx.getMetadata(), await ctx.databaseModel()).tablesByKey.get(qualifiedKey(table.schema, table.name));
}

function columnList(table: TableModel, raw: unknown, path: string): string[] {
  if (raw === undefined || raw === null || raw === '*' || (Array.isArray(raw) && raw.length === 1 && raw[0] === '*')) {
    return table.columns.map((c) => c.name);
  }
  if (!Array.isArray(raw)) throw parseFailed('expected a list of columns', path);
  for (const c of raw) {
    if (typeof c !== 'string') throw new MetadataApiError('not-supported', 'relationship selections are not supported in v1 DML', 400, path);
    if (!table.columnsByName.has(c)) throw notExists(`column "${c}" does not exist`, path);
  }
  return raw as string[];
}

/**
 * The where clause, compiled as a permission filter is (../dml-where.ts) against the table as
 * the metadata tracks it. An untracked table takes no condition: Hasura refuses v1 DML on it.
 */
async function whereClause(ctx: ServerMetadataContext, table: TableModel, where: unknown, alias = 't'): Promise<SQL> {
  const catalog = resolveCatalog(ctx.getMetadata(), await ctx.databaseModel());
  const tracked = catalog.tablesByKey.get(qualifiedKey(table.schema, table.name));
  if (tracked) return compileWhere(where, tracked, catalog, ctx.session, sql.ident(alias));
  const empty = where === undefined || where === null || (typeof where === 'object' && Object.keys(where).length === 0);
  if (empty) return sql.raw('true');
  throw notExists(`table "${showTable(table)}" is not tracked`, '$.args.where');
}

async function run<T>(ctx: ServerMetadataContext, query: SQL): Promise<T[]> {
  const { text, values } = compile(query);
  try {
    return (await ctx.pool.query(text, values)).rows as T[];
  } catch (error) {
    throw dmlError(error, text, values);
  }
}

const rel = (t: TableModel) => sql.ident(t.schema, t.name);
const returningJson = (t: TableModel, columns: string[] | undefined, alias: string): SQL =>
  columns ? sql`json_build_object(${sql.join(columns.map((c) => sql`${sql.value(c)}::text, ${sql.ident(alias, c)}`))})` : sql.raw('null');

function mutationResult(rows: { r: unknown }[], returning: string[] | undefined): Record<string, unknown> {
  return returning ? { affected_rows: rows.length, returning: rows.map((row) => row.r) } : { affected_rows: rows.length };
}

const GEO_TYPES = new Set(['geometry', 'geography']);

/**
 * A column's value from the row's JSON. PostGIS parses GeoJSON text for geometry but not for
 * geography, so GeoJSON objects for either go through ST_GeomFromGeoJSON, as Hasura does.
 */
function isGeoJson(table: TableModel, model: DatabaseModel, column: string, value: unknown): boolean {
  const type = model.types.get(table.columnsByName.get(column)!.typeOid);
  return type !== undefined && GEO_TYPES.has(type.name) && value !== null && typeof value === 'object';
}

function valueExpression(table: TableModel, model: DatabaseModel, column: string, value: unknown): SQL {
  if (isGeoJson(table, model, column, value)) {
    const type = model.types.get(table.columnsByName.get(column)!.typeOid)!;
    return sql`ST_GeomFromGeoJSON(${sql.value(JSON.stringify(value))}::text)::${sql.ident(type.schema, type.name)}`;
  }
  // Hasura sends a numeric in the binary format, whose scale is a multiple of 4 (12345.67 is stored as 12345.6700).
  const scale = typeof value === 'number' && model.types.get(table.columnsByName.get(column)!.typeOid)?.name === 'numeric' ? binaryNumericScale(value) : undefined;
  if (scale !== undefined) return sql`round(r.${sql.ident(column)}, ${sql.value(scale)}::int)`;
  return sql`r.${sql.ident(column)}`;
}

export const insert: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = await tableOf(ctx, args);
  const objects = args.objects;
  if (!Array.isArray(objects)) throw parseFailed('expected Array for objects', '$.args.objects');
  const returning = args.returning === undefined ? undefined : columnList(table, args.returning, '$.args.returning');
  const onConflict = args.on_conflict as { action?: string; constraint?: string; constraint_on?: string[] } | undefined;
  const conflict = onConflict?.action === 'ignore' ? sql.raw(' ON CONFLICT DO NOTHING') : sql.empty;
  if (onConflict && onConflict.action !== 'ignore') {
    throw new MetadataApiError('not-supported', 'only on_conflict action "ignore" is supported in v1 insert', 400, '$.args.on_conflict');
  }
  // One statement per row keeps omitted columns at their defaults.
  const model = await ctx.databaseModel();
  const rows: { r: unknown }[] = [];
  const client = await ctx.pool.connect();
  try {
    await client.query('BEGIN');
    for (const [i, raw] of objects.entries()) {
      const object = objectArg(raw, `$.args.objects[${i}]`);
      const columns = Object.keys(object);
      for (const c of columns) if (!table.columnsByName.has(c)) throw notExists(`column "${c}" does not exist`, `$.args.objects[${i}]`);
      const target = rel(table);
      const cols = sql.join(columns.map((c) => sql.ident(c)));
      const selected = sql.join(columns.map((c) => valueExpression(table, model, c, object[c])));
      // json_populate_record converts every key it is given, so GeoJSON ones must not reach it.
      const plain = Object.fromEntries(Object.entries(object).filter(([c, v]) => !isGeoJson(table, model, c, v)));
      const query =
        columns.length === 0
          ? sql`INSERT INTO ${target} DEFAULT VALUES${conflict} RETURNING ${returningJson(table, returning, table.name)} AS r`
          : sql`INSERT INTO ${target} (${cols}) SELECT ${selected} FROM json_populate_record(null::${target}, ${sql.value(JSON.stringify(plain))}::json) AS r${conflict} RETURNING ${returningJson(table, returning, table.name)} AS r`;
      const { text, values } = compile(query);
      try {
        rows.push(...(await client.query(text, values)).rows);
      } catch (error) {
        throw dmlError(error, text, values);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return mutationResult(rows, returning);
};

function orderBy(table: TableModel, raw: unknown, alias = 't'): SQL {
  if (raw === undefined || raw === null) return sql.empty;
  const items = Array.isArray(raw) ? raw : [raw];
  const parts = items.map((item, i) => {
    let column: string;
    let desc = false;
    if (typeof item === 'string') {
      desc = item.startsWith('-');
      column = item.replace(/^[+-]/, '');
    } else {
      const o = objectArg(item, `$.args.order_by[${i}]`);
      column = String(o.column);
      desc = o.type === 'desc';
    }
    if (!table.columnsByName.has(column)) throw notExists(`column "${column}" does not exist`, '$.args.order_by');
    return desc ? sql`${sql.ident(alias, column)} DESC` : sql`${sql.ident(alias, column)} ASC`;
  });
  return sql` ORDER BY ${sql.join(parts)}`;
}

function intArg(value: unknown, path: string): SQL {
  if (value === undefined || value === null) return sql.empty;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw parseFailed('expected a non-negative integer', path);
  return sql.value(value);
}

/**
 * The rows of a select as JSON. A column list may name relationships too, each with its own
 * columns (and, for an array relationship, where/order_by/limit/offset), as Hasura's v1
 * select: `{"name": "author", "columns": ["id", {"name": "articles", "columns": ["*"]}]}`.
 */
async function selectionJson(ctx: ServerMetadataContext, info: TableInfo, raw: unknown, alias: string, path: string, depth: number): Promise<SQL> {
  const table = info.model;
  const items = raw === undefined || raw === null || raw === '*' ? ['*'] : raw;
  if (!Array.isArray(items)) throw parseFailed('expected a list of columns', path);
  const parts: SQL[] = [];
  for (const [i, item] of items.entries()) {
    if (item === '*') {
      for (const c of table.columns) parts.push(sql`${sql.value(c.name)}::text, ${sql.ident(alias, c.name)}`);
    } else if (typeof item === 'string') {
      if (!table.columnsByName.has(item)) throw notExists(`column "${item}" does not exist`, path);
      parts.push(sql`${sql.value(item)}::text, ${sql.ident(alias, item)}`);
    } else {
      const spec = objectArg(item, `${path}[${i}]`);
      const name = String(spec.name);
      const relationship = [...info.objectRelationships, ...info.arrayRelationships].find((r) => r.name === name);
      if (!relationship) throw notExists(`relationship "${name}" does not exist`, `${path}[${i}]`);
      parts.push(sql`${sql.value(name)}::text, ${await relationshipJson(ctx, relationship, spec, alias, `${path}[${i}].columns`, depth + 1)}`);
    }
  }
  return sql`json_build_object(${sql.join(parts)})`;
}

async function relationshipJson(ctx: ServerMetadataContext, r: RelationshipInfo, spec: Record<string, unknown>, outer: string, path: string, depth: number): Promise<SQL> {
  const alias = `r${depth}`;
  const target = r.target.model;
  const join = sql.join(
    r.mapping.map(([from, to]) => sql`${sql.ident(alias, to)} = ${sql.ident(outer, from)}`),
    sql.raw(' AND '),
  );
  const row = await selectionJson(ctx, r.target, spec.columns, alias, path, depth);
  if (r.kind === 'object') return sql`(SELECT ${row} FROM ${rel(target)} AS ${sql.ident(alias)} WHERE ${join} LIMIT 1)`;
  const where = spec.where === undefined ? sql.raw('true') : await whereClause(ctx, target, spec.where, alias);
  return sql`(SELECT coalesce(json_agg(${row}), '[]'::json) FROM (SELECT * FROM ${rel(target)} AS ${sql.ident(alias)} WHERE ${join} AND ${where}${orderBy(target, spec.order_by, alias)}${limitOffset(spec)}) AS ${sql.ident(alias)})`;
}

function limitOffset(args: Record<string, unknown>): SQL {
  const limit = intArg(args.limit, '$.args.limit');
  const offset = intArg(args.offset, '$.args.offset');
  return sql`${limit === sql.empty ? sql.empty : sql` LIMIT ${limit}`}${offset === sql.empty ? sql.empty : sql` OFFSET ${offset}`}`;
}

export const select: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = await tableOf(ctx, args);
  const info = (await trackedInfo(ctx, table))!;
  const row = await selectionJson(ctx, info, args.columns, 't', '$.args.columns', 0);
  const query = sql`SELECT coalesce(json_agg(${row}), '[]'::json) AS r FROM (SELECT * FROM ${rel(table)} AS t WHERE ${await whereClause(ctx, table, args.where)}${orderBy(table, args.order_by)}${limitOffset(args)}) AS t`;
  const [result] = await run<{ r: unknown }>(ctx, query);
  return result?.r ?? [];
};

export const count: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = await tableOf(ctx, args);
  const [row] = await run<{ count: string }>(ctx, sql`SELECT count(*) AS count FROM ${rel(table)} AS t WHERE ${await whereClause(ctx, table, args.where)}`);
  return { count: Number(row?.count ?? 0) };
};

export const update: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = await tableOf(ctx, args);
  if (args.where === undefined) throw parseFailed('key "where" not found');
  const returning = args.returning === undefined ? undefined : columnList(table, args.returning, '$.args.returning');
  const sets: SQL[] = [];
  const set = (args.$set ?? args._set ?? {}) as Record<string, unknown>;
  const inc = (args.$inc ?? args._inc ?? {}) as Record<string, unknown>;
  const target = rel(table);
  for (const [column, value] of Object.entries(set)) {
    columnList(table, [column], '$.args.$set');
    sets.push(sql`${sql.ident(column)} = (json_populate_record(null::${target}, ${sql.value(JSON.stringify({ [column]: value }))}::json)).${sql.ident(column)}`);
  }
  for (const [column, value] of Object.entries(inc)) {
    columnList(table, [column], '$.args.$inc');
    sets.push(sql`${sql.ident(column)} = ${sql.ident(column)} + ${sql.value(value)}`);
  }
  if (sets.length === 0) throw parseFailed('atleast one of $set, $inc is expected');
  const rows = await run<{ r: unknown }>(
    ctx,
    sql`UPDATE ${target} AS t SET ${sql.join(sets)} WHERE ${await whereClause(ctx, table, args.where)} RETURNING ${returningJson(table, returning, 't')} AS r`,
  );
  return mutationResult(rows, returning);
};

export const del: ServerMetadataHandler = async (rawArgs, ctx) => {
  const args = objectArg(rawArgs);
  const table = await tableOf(ctx, args);
  if (args.where === undefined) throw parseFailed('key "where" not found');
  const returning = args.returning === undefined ? undefined : columnList(table, args.returning, '$.args.returning');
  const rows = await run<{ r: unknown }>(
    ctx,
    sql`DELETE FROM ${rel(table)} AS t WHERE ${await whereClause(ctx, table, args.where)} RETURNING ${returningJson(table, returning, 't')} AS r`,
  );
  return mutationResult(rows, returning);
};
