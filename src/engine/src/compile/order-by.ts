import { GraphQLInputObjectType, getNamedType, type GraphQLInputType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { ColumnInfo, ComputedFieldInfo, RelationshipInfo, TableInfo } from '../schema/catalog.js';
import { inputMeaning, type AggregateOp } from '../schema/extensions.js';
import { computedFieldCall, compileBoolExp, countExpression } from '../permissions/compile-bool-exp.js';
import type { CompileContext } from './context.js';
import type { InputValue } from './input-values.js';
import { column, tableRef } from './sql-helpers.js';
import { pinOccurrence } from './relation-pins.js';
import { ValidationError } from './errors.js';

export type OrderDirection = 'asc' | 'asc_nulls_first' | 'asc_nulls_last' | 'desc' | 'desc_nulls_first' | 'desc_nulls_last';

/** Hasura's defaults: asc puts nulls last, desc puts nulls first (as Postgres does). */
export const DIRECTIONS: Record<OrderDirection, SQL> = {
  asc: sql.raw('ASC NULLS LAST'),
  asc_nulls_first: sql.raw('ASC NULLS FIRST'),
  asc_nulls_last: sql.raw('ASC NULLS LAST'),
  desc: sql.raw('DESC NULLS FIRST'),
  desc_nulls_first: sql.raw('DESC NULLS FIRST'),
  desc_nulls_last: sql.raw('DESC NULLS LAST'),
};

export type OrderTarget =
  | { kind: 'column'; column: ColumnInfo }
  | { kind: 'computed_scalar'; cf: ComputedFieldInfo }
  | { kind: 'object_rel'; rel: RelationshipInfo; inner: OrderTarget }
  | { kind: 'aggregate'; source: { rel: RelationshipInfo } | { cf: ComputedFieldInfo; table: TableInfo }; op: 'count' | AggregateOp; column: ColumnInfo | null };

export interface OrderItem {
  target: OrderTarget;
  direction: OrderDirection;
}

function items(value: InputValue | undefined, type: GraphQLInputType, path: string): OrderItem[] {
  if (!value || value.kind === 'null') return [];
  if (value.kind === 'list') return value.items.flatMap((v, i) => items(v, type, `${path}[${i}]`));
  if (value.kind !== 'object') return [];
  const inputType = getNamedType(type) as GraphQLInputObjectType;
  const fields = inputType.getFields();
  const result: OrderItem[] = [];
  for (const [name, v] of value.fields) {
    if (v.kind === 'null') continue;
    const field = fields[name];
    const meaning = field && inputMeaning(field);
    if (!field || !meaning) throw new ValidationError(`field '${name}' not found in type: '${inputType.name}'`, `${path}.${name}`);
    switch (meaning.kind) {
      case 'column':
        if (v.kind === 'enum') result.push({ target: { kind: 'column', column: meaning.column }, direction: v.name as OrderDirection });
        break;
      case 'computed_scalar':
        if (v.kind === 'enum') result.push({ target: { kind: 'computed_scalar', cf: meaning.cf }, direction: v.name as OrderDirection });
        break;
      case 'object_rel':
        for (const inner of items(v, field.type, `${path}.${name}`)) {
          result.push({ target: { kind: 'object_rel', rel: meaning.rel, inner: inner.target }, direction: inner.direction });
        }
        break;
      case 'array_rel_aggregate':
      case 'computed_table_aggregate': {
        const source = meaning.kind === 'array_rel_aggregate' ? { rel: meaning.rel } : { cf: meaning.cf, table: (meaning.cf.returns as { table: TableInfo }).table };
        if (v.kind !== 'object') break;
        const aggFields = (getNamedType(field.type) as GraphQLInputObjectType).getFields();
        for (const [opName, opValue] of v.fields) {
          if (opName === 'count' && opValue.kind === 'enum') {
            result.push({ target: { kind: 'aggregate', source, op: 'count', column: null }, direction: opValue.name as OrderDirection });
          } else if (opValue.kind === 'object') {
            const colFields = (getNamedType(aggFields[opName]!.type) as GraphQLInputObjectType).getFields();
            for (const [colName, dir] of opValue.fields) {
              const colMeaning = inputMeaning(colFields[colName]!);
              if (dir.kind !== 'enum' || colMeaning?.kind !== 'column') continue;
              result.push({ target: { kind: 'aggregate', source, op: opName as AggregateOp, column: colMeaning.column }, direction: dir.name as OrderDirection });
            }
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return result;
}

export function orderByItems(value: InputValue | undefined, type: GraphQLInputType, path: string): OrderItem[] {
  return items(value, type, path);
}

const AGGREGATE_FUNCTIONS: Record<AggregateOp, SQL> = {
  sum: sql.raw('sum'),
  avg: sql.raw('avg'),
  max: sql.raw('max'),
  min: sql.raw('min'),
  stddev: sql.raw('stddev'),
  stddev_pop: sql.raw('stddev_pop'),
  stddev_samp: sql.raw('stddev_samp'),
  variance: sql.raw('variance'),
  var_pop: sql.raw('var_pop'),
  var_samp: sql.raw('var_samp'),
};

export function aggregateFunction(op: AggregateOp): SQL {
  return AGGREGATE_FUNCTIONS[op];
}

/** The SQL expression an order item sorts by, for rows of `alias`. */
export function orderExpression(target: OrderTarget, alias: SQL, rowRef: SQL, ctx: CompileContext): SQL {
  switch (target.kind) {
    case 'column':
      return column(alias, target.column.name);
    case 'computed_scalar':
      return computedFieldCall(target.cf, rowRef);
    case 'object_rel': {
      const t = ctx.aliases.fresh('_t');
      const conds = target.rel.mapping.map(([s, r]) => sql`${column(alias, s)} = ${column(t, r)}`);
      const filter = ctx.targetFilter(target.rel.target);
      const pins = pinOccurrence(ctx.pins, t, target.rel.target, { parent: alias, mapping: target.rel.mapping }, [filter]);
      if (filter) conds.push(compileBoolExp(filter, t, t, ctx));
      return sql`(SELECT ${orderExpression(target.inner, t, t, ctx)} FROM ${tableRef(target.rel.target, pins)} AS ${t} WHERE ${sql.join(conds, sql` AND `)} LIMIT 1)`;
    }
    case 'aggregate': {
      const t = ctx.aliases.fresh('_t');
      const value = target.op === 'count' ? countExpression([], false, t) : sql`${aggregateFunction(target.op)}(${column(t, target.column!.name)})`;
      if ('rel' in target.source) {
        const rel = target.source.rel;
        const conds = rel.mapping.map(([s, r]) => sql`${column(alias, s)} = ${column(t, r)}`);
        const filter = ctx.targetFilter(rel.target);
        const pins = pinOccurrence(ctx.pins, t, rel.target, { parent: alias, mapping: rel.mapping }, [filter]);
        if (filter) conds.push(compileBoolExp(filter, t, t, ctx));
        return sql`(SELECT ${value} FROM ${tableRef(rel.target, pins)} AS ${t} WHERE ${sql.join(conds, sql` AND `)})`;
      }
      const filter = ctx.targetFilter(target.source.table);
      const where = filter ? sql` WHERE ${compileBoolExp(filter, t, t, ctx)}` : sql``;
      return sql`(SELECT ${value} FROM ${computedFieldCall(target.source.cf, rowRef)} AS ${t}${where})`;
    }
  }
}
