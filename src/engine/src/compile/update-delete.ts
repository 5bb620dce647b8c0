import { getNamedType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo } from '../schema/catalog.js';
import { inputMeaning } from '../schema/extensions.js';
import { deletePermission, updatePermission } from '../schema/role-access.js';
import { and, type BoolExpIR } from '../permissions/bool-exp-ir.js';
import { compileBoolExp } from '../permissions/compile-bool-exp.js';
import type { CompileContext } from './context.js';
import type { InputValue } from './input-values.js';
import { checkedResult, mutationResponse, mutationRow } from './mutation-response.js';
import { CheckFailedError, type MutationStep, type StatementRunner } from './mutation-step.js';
import { param } from './params.js';
import { PG } from './pg-types.js';
import { primaryKeyFilter } from './query.js';
import type { CollectedField } from './selection.js';
import { column, tableRef, typeRef } from './sql-helpers.js';
import { ValidationError } from './errors.js';
import { whereToIR } from './where.js';
import { columnValue, decimalSource, leafSource, presetValues } from './write-values.js';

const OPERATORS = ['_set', '_inc', '_append', '_prepend', '_delete_key', '_delete_elem', '_delete_at_path'] as const;

/** SET assignments from `_set`, `_inc` and the jsonb operators, plus the permission's presets. */
function assignments(ctx: CompileContext, table: TableInfo, alias: SQL, ops: Map<string, InputValue>, types: Map<string, GraphQLInputType>, path: string): SQL[] {
  const sets = new Map<string, SQL>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const op of OPERATORS) {
    const value = ops.get(op);
    if (value?.kind !== 'object') continue;
    for (const [name] of value.fields) (seen.has(name) ? repeated : seen).add(name);
  }
  if (repeated.size > 0) {
    throw new ValidationError(`Column found in multiple operators: [${[...repeated].map((n) => `'${n}'`).join(', ')}].`, `${path}.args`);
  }
  for (const op of OPERATORS) {
    const value = ops.get(op);
    const type = types.get(op);
    if (!value || value.kind !== 'object' || !type) continue;
    const fields = (getNamedType(type) as GraphQLInputObjectType).getFields();
    for (const [name, v] of value.fields) {
      const meaning = fields[name] && inputMeaning(fields[name]!);
      if (meaning?.kind !== 'column') continue;
      const c = meaning.column;
      const current = column(alias, c.name);
      const leaf = leafSource(v);
      const source = leaf && decimalSource(c, leaf);
      const p = (type: SQL, encode: 'plain' | 'json' = 'plain') => (source ? param(source, type, encode) : sql`NULL::${type}`);
      switch (op) {
        case '_set':
          sets.set(c.name, columnValue(c, source));
          break;
        // money's input syntax takes no exponent (`-2E-2`): the increment goes through numeric.
        case '_inc':
          sets.set(c.name, c.scalar.baseType.name === 'money' ? sql`${current} + ${p(PG.numeric)}::money` : sql`${current} + ${p(typeRef(c.scalar))}`);
          break;
        case '_append':
          sets.set(c.name, sql`${current} || ${p(PG.jsonb, 'json')}`);
          break;
        case '_prepend':
          sets.set(c.name, sql`${p(PG.jsonb, 'json')} || ${current}`);
          break;
        case '_delete_key':
          sets.set(c.name, sql`${current} - ${p(PG.text)}`);
          break;
        case '_delete_elem':
          sets.set(c.name, sql`${current} - ${p(PG.integer)}`);
          break;
        case '_delete_at_path':
          sets.set(c.name, sql`${current} #- ${p(PG.textArray)}`);
          break;
      }
    }
  }
  const perm = updatePermission(table, ctx.role)!;
  for (const [name, v] of presetValues(table, perm.set)) sets.set(name, v);
  return [...sets.entries()].map(([name, v]) => sql`${sql.ident(name)} = ${v}`);
}

function updateStatement(ctx: CompileContext, table: TableInfo, where: BoolExpIR, ops: Map<string, InputValue>, types: Map<string, GraphQLInputType>, path: string) {
  const perm = updatePermission(table, ctx.role)!;
  const alias = ctx.aliases.fresh('_t');
  const sets = assignments(ctx, table, alias, ops, types, path);
  if (sets.length === 0) {
    // Nothing to write (e.g. `_set: {}`): Hasura answers with no affected rows.
    return { statement: sql`SELECT ${alias}.*, true AS "__check" FROM ${tableRef(table)} AS ${alias} WHERE false`, hasCheck: false };
  }
  const filter = and([ctx.isAdmin ? { kind: 'true' } : (ctx.permissionIR(perm.filter, table) ?? { kind: 'true' }), where]);
  const check = ctx.isAdmin ? null : ctx.permissionIR(perm.check, table);
  const whereSql = compileBoolExp(filter, alias, alias, ctx);
  const checkSql = check ? compileBoolExp(check, alias, alias, ctx) : sql`true`;
  const statement = sql`UPDATE ${tableRef(table)} AS ${alias} SET ${sql.join(sets)} WHERE ${whereSql} RETURNING ${alias}.*, ${checkSql} AS "__check"`;
  return { statement, hasCheck: check !== null };
}

function runChecked(key: string, full: SQL): MutationStep {
  return {
    key,
    async execute(runner: StatementRunner) {
      const [row] = await runner.run<{ data: unknown; ok: boolean }>(full, '$');
      if (!row!.ok) throw new CheckFailedError('$');
      return row!.data;
    },
  };
}

function operatorTypes(field: CollectedField): Map<string, GraphQLInputType> {
  return new Map(field.def!.args.map((a) => [a.name, a.type]));
}

export function compileUpdate(ctx: CompileContext, field: CollectedField, table: TableInfo, args: Map<string, InputValue>, byPk: boolean, path: string): MutationStep {
  const types = operatorTypes(field);
  let where: BoolExpIR;
  if (byPk) {
    const pk = args.get('pk_columns');
    where = primaryKeyFilter(table, new Map(pk?.kind === 'object' ? pk.fields : []));
  } else {
    where = whereToIR(args.get('where'), types.get('where')!, `${path}.args.where`);
  }
  const cte = sql.ident('_m0');
  const { statement, hasCheck } = updateStatement(ctx, table, where, args, types, path);
  const data = byPk ? mutationRow(ctx, field, table, cte, path) : mutationResponse(ctx, field, table, cte, null, path);
  return runChecked(field.key, sql`WITH ${cte} AS (${statement}) ${checkedResult(data, cte, hasCheck)}`);
}

/** `update_<t>_many`: each update in order, in the same transaction. */
export function compileUpdateMany(ctx: CompileContext, field: CollectedField, table: TableInfo, args: Map<string, InputValue>, path: string): MutationStep {
  const updates = args.get('updates');
  const items = updates?.kind === 'list' ? updates.items : updates ? [updates] : [];
  const updatesType = getNamedType(field.def!.args.find((a) => a.name === 'updates')!.type) as GraphQLInputObjectType;
  const types = new Map(Object.values(updatesType.getFields()).map((f) => [f.name, f.type]));
  const statements = items.map((item, i) => {
    const ops = new Map(item.kind === 'object' ? item.fields : []);
    const where = whereToIR(ops.get('where'), types.get('where')!, `${path}.args.updates[${i}].where`);
    const cte = sql.ident('_m0');
    const { statement, hasCheck } = updateStatement(ctx, table, where, ops, types, `${path}.args.updates[${i}]`);
    const data = mutationResponse(ctx, field, table, cte, null, path);
    return sql`WITH ${cte} AS (${statement}) ${checkedResult(data, cte, hasCheck)}`;
  });
  return {
    key: field.key,
    async execute(runner: StatementRunner) {
      const results: unknown[] = [];
      for (const statement of statements) {
        const [row] = await runner.run<{ data: unknown; ok: boolean }>(statement, '$');
        if (!row!.ok) throw new CheckFailedError('$');
        results.push(row!.data);
      }
      return results;
    },
  };
}

export function compileDelete(ctx: CompileContext, field: CollectedField, table: TableInfo, args: Map<string, InputValue>, byPk: boolean, path: string): MutationStep {
  const perm = deletePermission(table, ctx.role, ctx.backendOnly)!;
  const where = byPk ? primaryKeyFilter(table, args) : whereToIR(args.get('where'), operatorTypes(field).get('where')!, `${path}.args.where`);
  const alias = ctx.aliases.fresh('_t');
  const filter = and([ctx.isAdmin ? { kind: 'true' } : (ctx.permissionIR(perm.filter, table) ?? { kind: 'true' }), where]);
  const cte = sql.ident('_m0');
  const statement = sql`DELETE FROM ${tableRef(table)} AS ${alias} WHERE ${compileBoolExp(filter, alias, alias, ctx)} RETURNING ${alias}.*`;
  const data = byPk ? mutationRow(ctx, field, table, cte, path) : mutationResponse(ctx, field, table, cte, null, path);
  return runChecked(field.key, sql`WITH ${cte} AS (${statement}) ${checkedResult(data, cte, false)}`);
}
