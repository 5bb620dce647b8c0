import type { GraphQLInputType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo } from '../schema/catalog.js';
import { insertPermission, updatePermission } from '../schema/role-access.js';
import { compileBoolExp } from '../permissions/compile-bool-exp.js';
import type { CompileContext } from './context.js';
import type { InputValue } from './input-values.js';
import { checkedResult, mutationResponse, mutationRow } from './mutation-response.js';
import { CheckFailedError, type MutationStep, type StatementRunner } from './mutation-step.js';
import { constParam } from './params.js';
import { PG } from './pg-types.js';
import type { CollectedField } from './selection.js';
import { tableRef, typeRef } from './sql-helpers.js';
import { hasNested, onConflictClause, presetValues, readInsertObject, type InsertObject } from './write-values.js';

interface InsertTarget {
  table: TableInfo;
  onConflict: InputValue | undefined;
  conflictType: GraphQLInputType;
}

/** Column list and VALUES rows for a multi-row insert; presets override what the client sent. */
function valuesClause(table: TableInfo, objects: InsertObject[], presets: Map<string, SQL>): SQL {
  const names: string[] = [];
  for (const o of objects) for (const name of o.columns.keys()) if (!names.includes(name) && !presets.has(name)) names.push(name);
  names.push(...presets.keys());
  if (names.length === 0) names.push(table.columns[0]!.name);
  const rows = objects.map((o) => sql`(${sql.join(names.map((n) => presets.get(n) ?? o.columns.get(n) ?? sql`DEFAULT`))})`);
  return sql`(${sql.join(names.map((n) => sql.ident(n)))}) VALUES ${sql.join(rows)}`;
}

/** The INSERT statement of one table with the role's check returned per row as "__check". */
function insertStatement(ctx: CompileContext, target: InsertTarget, objects: InsertObject[], path: string, returning: SQL): { statement: SQL; hasCheck: boolean } {
  const { table } = target;
  const perm = insertPermission(table, ctx.role, ctx.backendOnly)!;
  const alias = ctx.aliases.fresh('_t');
  const presets = presetValues(table, perm.set);
  const update = updatePermission(table, ctx.role);
  const conflict = onConflictClause(
    ctx,
    table,
    target.onConflict,
    target.conflictType,
    alias,
    path,
    update && !ctx.isAdmin ? ctx.permissionIR(update.filter, table) : null,
    update ? presetValues(table, update.set) : new Map(),
  );
  const check = ctx.isAdmin ? null : ctx.permissionIR(perm.check, table);
  const checkSql = check ? compileBoolExp(check, alias, alias, ctx) : sql`true`;
  const statement = sql`INSERT INTO ${tableRef(table)} AS ${alias} ${valuesClause(table, objects, presets)}${conflict} RETURNING ${returning === RETURN_ALL ? sql`${alias}.*` : returning}, ${checkSql} AS "__check"`;
  return { statement, hasCheck: check !== null };
}

const RETURN_ALL = sql`*`;

/** All objects in one statement, response built from the CTE: the common, nesting-free case. */
function flatInsert(ctx: CompileContext, field: CollectedField, target: InsertTarget, objects: InsertObject[], one: boolean, path: string): MutationStep {
  const cte = sql.ident('_m0');
  const errorPath = `${path}.args.${one ? 'object' : 'objects'}`;
  const { statement, hasCheck } = insertStatement(ctx, target, objects, errorPath, RETURN_ALL);
  const data = one ? mutationRow(ctx, field, target.table, cte, path) : mutationResponse(ctx, field, target.table, cte, null, path);
  const full = sql`WITH ${cte} AS (${statement}) ${checkedResult(data, cte, hasCheck)}`;
  return {
    key: field.key,
    async execute(runner: StatementRunner) {
      const [row] = await runner.run<{ data: unknown; ok: boolean }>(full, errorPath);
      if (!row!.ok) throw new CheckFailedError(errorPath);
      return row!.data;
    },
  };
}

interface Inserted {
  ctid: string;
  values: Record<string, string | null>;
}

/**
 * Nested inserts run one statement per row so each relationship's key is known before the
 * rows that reference it: parents first, then this row, then children; all in the request's
 * transaction. An array relationship's rows that nest nothing themselves go in one multi-row
 * statement. The response is read back by ctid.
 */
function nestedInsert(ctx: CompileContext, field: CollectedField, target: InsertTarget, objects: InsertObject[], one: boolean, path: string): MutationStep {
  const errorPath = `${path}.args.${one ? 'object' : 'objects'}`;
  let affected = 0;
  const insertOne = async (runner: StatementRunner, t: InsertTarget, object: InsertObject): Promise<Inserted | null> => {
    for (const parent of object.parents) {
      const row = await insertOne(runner, { table: parent.rel.target, onConflict: parent.onConflict, conflictType: parent.type }, parent.data);
      if (!row) continue;
      for (const [s, r] of parent.rel.mapping) object.columns.set(s, constParam(row.values[r] ?? null, typeRef(object.table.columnsByName.get(s)!.scalar)));
    }
    const needed = new Set<string>();
    for (const child of object.children) for (const [s] of child.rel.mapping) needed.add(s);
    for (const c of t.table.primaryKey ?? []) needed.add(c.name);
    const returning = sql.join([sql`ctid::text AS "__ctid"`, ...[...needed].map((n, i) => sql`${sql.ident(n)}::text AS ${sql.ident(`__v${i}`)}`)]);
    const { statement } = insertStatement(ctx, t, [object], errorPath, sql`${returning}`);
    const rows = await runner.run<Record<string, unknown>>(statement, errorPath);
    const row = rows[0];
    if (!row) return null;
    if (row.__check === false) throw new CheckFailedError(errorPath);
    affected++;
    const values: Record<string, string | null> = {};
    [...needed].forEach((n, i) => {
      values[n] = row[`__v${i}`] as string | null;
    });
    for (const child of object.children) {
      const childTarget = { table: child.rel.target, onConflict: child.onConflict, conflictType: child.type };
      for (const data of child.data) {
        for (const [s, r] of child.rel.mapping) data.columns.set(r, constParam(values[s] ?? null, typeRef(child.rel.target.columnsByName.get(r)!.scalar)));
      }
      if (hasNested(child.data)) {
        for (const data of child.data) await insertOne(runner, childTarget, data);
      } else {
        await insertRows(runner, childTarget, child.data);
      }
    }
    return { ctid: row.__ctid as string, values };
  };
  // Rows with nothing nested under them (an order's items) go in one statement, as Hasura
  // inserts an array relationship's rows: one round trip and one firing of each statement trigger.
  const insertRows = async (runner: StatementRunner, t: InsertTarget, rows: InsertObject[]): Promise<void> => {
    if (rows.length === 0) return;
    const { statement } = insertStatement(ctx, t, rows, errorPath, sql`true AS "__inserted"`);
    const inserted = await runner.run<Record<string, unknown>>(statement, errorPath);
    if (inserted.some((r) => r.__check === false)) throw new CheckFailedError(errorPath);
    affected += inserted.length;
  };
  return {
    key: field.key,
    async execute(runner: StatementRunner) {
      const ctids: string[] = [];
      for (const object of objects) {
        const row = await insertOne(runner, target, object);
        if (row) ctids.push(row.ctid);
      }
      const cte = sql.ident('_m0');
      const data = one ? mutationRow(ctx, field, target.table, cte, path) : mutationResponse(ctx, field, target.table, cte, constParam(affected, PG.integer), path);
      const statement = sql`WITH ${cte} AS (SELECT * FROM ${tableRef(target.table)} WHERE ctid = ANY(${constParam(ctids, PG.tidArray)}) ORDER BY array_position(${constParam(ctids, PG.tidArray)}, ctid)) SELECT ${data} AS "data"`;
      const [row] = await runner.run<{ data: unknown }>(statement, errorPath);
      return row!.data;
    },
  };
}

export function compileInsert(ctx: CompileContext, field: CollectedField, table: TableInfo, args: Map<string, InputValue>, one: boolean, path: string): MutationStep {
  const def = field.def!;
  const argName = one ? 'object' : 'objects';
  const dataType = def.args.find((a) => a.name === argName)!.type;
  const value = args.get(argName);
  const items = !value ? [] : value.kind === 'list' ? value.items : [value];
  const argPath = `${path}.args.${argName}`;
  const objects = items.map((v, i) => readInsertObject(v, dataType, table, value?.kind === 'list' ? `${argPath}[${i}]` : argPath));
  const target: InsertTarget = { table, onConflict: args.get('on_conflict'), conflictType: def.args.find((a) => a.name === 'on_conflict')?.type ?? dataType };
  if (objects.length === 0) {
    const cte = sql.ident('_m0');
    const data = mutationResponse(ctx, field, table, cte, null, path);
    const statement = sql`WITH ${cte} AS (SELECT * FROM ${tableRef(table)} WHERE false) SELECT ${data} AS "data"`;
    return { key: field.key, execute: async (runner) => (await runner.run<{ data: unknown }>(statement, path))[0]!.data };
  }
  return hasNested(objects) ? nestedInsert(ctx, field, target, objects, one, path) : flatInsert(ctx, field, target, objects, one, path);
}
