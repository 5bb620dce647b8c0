import { sql, type SQL } from '../sql/builder.js';
import type { ColumnInfo, ComputedFieldInfo, ScalarInfo, TableInfo } from '../schema/catalog.js';
import { constLiteral, param } from '../compile/params.js';
import { PG } from '../compile/pg-types.js';
import { arrayTypeRef, column, functionCall, tableRef, typeRef, type AliasGenerator } from '../compile/sql-helpers.js';
import { pinOccurrence, type PinMap } from '../compile/relation-pins.js';
import type { BoolExpIR, ComparisonIR, Operand } from './bool-exp-ir.js';

export interface BoolExpContext {
  aliases: AliasGenerator;
  /** Pins proved for the occurrences compiled so far (compile/relation-pins.ts); absent: prove none. */
  pins?: PinMap;
  /** The role's select filter on a table (for relationships in user filters), or null for none. */
  targetFilter(table: TableInfo): BoolExpIR | null;
  /** Bind every constant (the v1 DML API's request values), rather than write a document's literals into the text. */
  bindConstants?: boolean;
}

const BINARY: Record<string, SQL> = {
  _eq: sql.raw(' = '),
  _neq: sql.raw(' <> '),
  _gt: sql.raw(' > '),
  _lt: sql.raw(' < '),
  _gte: sql.raw(' >= '),
  _lte: sql.raw(' <= '),
  _ceq: sql.raw(' = '),
  _cne: sql.raw(' <> '),
  _cgt: sql.raw(' > '),
  _clt: sql.raw(' < '),
  _cgte: sql.raw(' >= '),
  _clte: sql.raw(' <= '),
  _like: sql.raw(' LIKE '),
  _nlike: sql.raw(' NOT LIKE '),
  _ilike: sql.raw(' ILIKE '),
  _nilike: sql.raw(' NOT ILIKE '),
  _similar: sql.raw(' SIMILAR TO '),
  _nsimilar: sql.raw(' NOT SIMILAR TO '),
  _regex: sql.raw(' ~ '),
  _iregex: sql.raw(' ~* '),
  _nregex: sql.raw(' !~ '),
  _niregex: sql.raw(' !~* '),
  _contains: sql.raw(' @> '),
  _contained_in: sql.raw(' <@ '),
  _ancestor: sql.raw(' @> '),
  _descendant: sql.raw(' <@ '),
  _matches: sql.raw(' ~ '),
  _matches_fulltext: sql.raw(' @ '),
};

const GEOMETRY_FUNCTIONS: Record<string, SQL> = {
  _st_contains: sql.raw('ST_Contains'),
  _st_crosses: sql.raw('ST_Crosses'),
  _st_equals: sql.raw('ST_Equals'),
  _st_intersects: sql.raw('ST_Intersects'),
  _st_overlaps: sql.raw('ST_Overlaps'),
  _st_touches: sql.raw('ST_Touches'),
  _st_within: sql.raw('ST_Within'),
  _st_3d_intersects: sql.raw('ST_3DIntersects'),
};

function encodingOf(scalar: ScalarInfo): 'json' | 'plain' {
  return scalar.family === 'json' || scalar.family === 'jsonb' ? 'json' : 'plain';
}

/** A value operand cast to the column's type; geometry values arrive as GeoJSON. */
function valueSql(operand: Operand, scalar: ScalarInfo, alias: SQL, rootAlias: SQL, bindConstants = false): SQL {
  if (operand.kind === 'column') return column(operand.root ? rootAlias : alias, operand.column.name);
  if (operand.kind !== 'param') throw new Error(`unexpected operand ${operand.kind}`);
  if (scalar.family === 'geometry') return sql`ST_GeomFromGeoJSON(${param(operand.source, PG.text, encodingOf(scalar))})`;
  if (scalar.family === 'geography') return sql`ST_GeomFromGeoJSON(${param(operand.source, PG.text, encodingOf(scalar))})::geography`;
  const inlined = !bindConstants && encodingOf(scalar) === 'plain' ? constLiteral(operand.source, typeRef(scalar)) : null;
  return inlined ?? param(operand.source, typeRef(scalar), encodingOf(scalar));
}

function paramAs(operand: Operand, type: SQL): SQL {
  if (operand.kind !== 'param') throw new Error('expected a value');
  return param(operand.source, type);
}

function compileComparison(lhs: SQL, scalar: ScalarInfo, cmp: ComparisonIR, alias: SQL, rootAlias: SQL, bindConstants = false): SQL {
  const { op, value } = cmp;
  switch (op) {
    case '_is_null': {
      if (value.kind === 'param' && value.source.kind === 'const') {
        return value.source.value === true || value.source.value === 'true' ? sql`(${lhs} IS NULL)` : sql`(${lhs} IS NOT NULL)`;
      }
      return sql`((${lhs} IS NULL) = ${paramAs(value, PG.boolean)})`;
    }
    case '_in':
    case '_nin': {
      if (value.kind !== 'param') throw new Error(`${op} expects a list`);
      const list = param(value.source, arrayTypeRef(scalar));
      return op === '_in' ? sql`(${lhs} = ANY(${list}))` : sql`(${lhs} <> ALL(${list}))`;
    }
    case '_has_key':
      return sql`(${lhs} ? ${paramAs(value, PG.text)})`;
    case '_has_keys_any':
      return sql`(${lhs} ?| ${paramAs(value, PG.textArray)})`;
    case '_has_keys_all':
      return sql`(${lhs} ?& ${paramAs(value, PG.textArray)})`;
    case '_ancestor_any':
      return sql`(${lhs} @> ${paramAs(value, sql.raw('ltree[]'))})`;
    case '_descendant_any':
      return sql`(${lhs} <@ ${paramAs(value, sql.raw('ltree[]'))})`;
    case '_matches_any':
      return sql`(${lhs} ? ${paramAs(value, sql.raw('lquery[]'))})`;
    case '_matches':
      return sql`(${lhs} ~ ${paramAs(value, sql.raw('lquery'))})`;
    case '_matches_fulltext':
      return sql`(${lhs} @ ${paramAs(value, sql.raw('ltxtquery'))})`;
    case '_cast': {
      if (value.kind !== 'cast') throw new Error('_cast expects an object');
      const target = value.scalar;
      const cast = sql`(${lhs})::${typeRef(target)}`;
      const parts = value.ops.map((c) => compileComparison(cast, target, c, alias, rootAlias, bindConstants));
      return parts.length === 0 ? sql`true` : sql`(${sql.join(parts, sql` AND `)})`;
    }
    case '_st_d_within':
    case '_st_3d_d_within': {
      if (value.kind !== 'd_within') throw new Error(`${op} expects an object`);
      const from = valueSql(value.from, scalar, alias, rootAlias, bindConstants);
      const distance = paramAs(value.distance, PG.float8);
      const fn = op === '_st_d_within' ? sql.raw('ST_DWithin') : sql.raw('ST_3DDWithin');
      if (scalar.family === 'geography') {
        const spheroid = value.useSpheroid ? paramAs(value.useSpheroid, PG.boolean) : sql`true`;
        return sql`${fn}(${lhs}, ${from}, ${distance}, ${spheroid})`;
      }
      return sql`${fn}(${lhs}, ${from}, ${distance})`;
    }
  }
  const geometryFn = GEOMETRY_FUNCTIONS[op];
  if (geometryFn) return sql`${geometryFn}(${lhs}, ${valueSql(value, scalar, alias, rootAlias, bindConstants)})`;
  const operator = BINARY[op];
  if (!operator) throw new Error(`unknown operator ${op}`);
  return sql`(${lhs}${operator}${valueSql(value, scalar, alias, rootAlias, bindConstants)})`;
}

function comparisons(lhs: SQL, scalar: ScalarInfo, ops: ComparisonIR[], alias: SQL, rootAlias: SQL, bindConstants = false): SQL {
  if (ops.length === 0) return sql`true`;
  const parts = ops.map((c) => compileComparison(lhs, scalar, c, alias, rootAlias, bindConstants));
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` AND `)})`;
}

/** Calls a computed field's function for the current row; the session argument gets the session JSON. */
export function computedFieldCall(cf: ComputedFieldInfo, rowRef: SQL, inputArgs: Map<number, SQL> = new Map()): SQL {
  const args = new Map(inputArgs);
  args.set(cf.tableArgIndex, rowRef);
  if (cf.sessionArgIndex !== null) args.set(cf.sessionArgIndex, param({ kind: 'session_json' }, PG.json));
  return functionCall(cf.fn, args);
}

function joinCondition(mapping: [string, string][], sourceAlias: SQL, targetAlias: SQL): SQL[] {
  return mapping.map(([s, t]) => sql`${column(sourceAlias, s)} = ${column(targetAlias, t)}`);
}

export function compileBoolExp(ir: BoolExpIR, alias: SQL, rootAlias: SQL, ctx: BoolExpContext, rowRef: SQL = alias): SQL {
  switch (ir.kind) {
    case 'true':
      return sql`true`;
    case 'and':
      return ir.items.length === 0
        ? sql`true`
        : sql`(${sql.join(
            ir.items.map((i) => compileBoolExp(i, alias, rootAlias, ctx, rowRef)),
            sql` AND `,
          )})`;
    case 'or':
      return ir.items.length === 0
        ? sql`false`
        : sql`(${sql.join(
            ir.items.map((i) => compileBoolExp(i, alias, rootAlias, ctx, rowRef)),
            sql` OR `,
          )})`;
    case 'not':
      return sql`(NOT ${compileBoolExp(ir.item, alias, rootAlias, ctx, rowRef)})`;
    case 'column':
      return comparisons(column(alias, ir.column.name), ir.column.scalar, ir.ops, alias, rootAlias, ctx.bindConstants);
    case 'computed_scalar': {
      if (ir.cf.returns.kind !== 'scalar') throw new Error('computed field does not return a scalar');
      return comparisons(computedFieldCall(ir.cf, rowRef), ir.cf.returns.scalar, ir.ops, alias, rootAlias, ctx.bindConstants);
    }
    case 'relationship': {
      const target = ctx.aliases.fresh('_t');
      const conds = joinCondition(ir.rel.mapping, alias, target);
      const filter = ir.applyTargetPermission ? ctx.targetFilter(ir.rel.target) : null;
      const pins = pinOccurrence(ctx.pins, target, ir.rel.target, { parent: alias, mapping: ir.rel.mapping }, [filter, ir.where]);
      if (filter) conds.push(compileBoolExp(filter, target, target, ctx));
      conds.push(compileBoolExp(ir.where, target, rootAlias, ctx));
      return sql`EXISTS (SELECT 1 FROM ${tableRef(ir.rel.target, pins)} AS ${target} WHERE ${sql.join(conds, sql` AND `)})`;
    }
    case 'computed_table': {
      const target = ctx.aliases.fresh('_t');
      const conds: SQL[] = [];
      const filter = ir.applyTargetPermission ? ctx.targetFilter(ir.table) : null;
      if (filter) conds.push(compileBoolExp(filter, target, target, ctx));
      conds.push(compileBoolExp(ir.where, target, rootAlias, ctx));
      return sql`EXISTS (SELECT 1 FROM ${computedFieldCall(ir.cf, rowRef)} AS ${target} WHERE ${sql.join(conds, sql` AND `)})`;
    }
    case 'exists': {
      const target = ctx.aliases.fresh('_t');
      const pins = pinOccurrence(ctx.pins, target, ir.table, null, [ir.where]);
      return sql`EXISTS (SELECT 1 FROM ${tableRef(ir.table, pins)} AS ${target} WHERE ${compileBoolExp(ir.where, target, rootAlias, ctx)})`;
    }
    case 'aggregate_count': {
      const target = ctx.aliases.fresh('_t');
      const conds = joinCondition(ir.rel.mapping, alias, target);
      const filter = ir.applyTargetPermission ? ctx.targetFilter(ir.rel.target) : null;
      const pins = pinOccurrence(ctx.pins, target, ir.rel.target, { parent: alias, mapping: ir.rel.mapping }, [filter, ir.filter]);
      if (filter) conds.push(compileBoolExp(filter, target, target, ctx));
      if (ir.filter) conds.push(compileBoolExp(ir.filter, target, rootAlias, ctx));
      const count = countExpression(ir.columns, ir.distinct, target);
      const sub = sql`(SELECT ${count} FROM ${tableRef(ir.rel.target, pins)} AS ${target} WHERE ${sql.join(conds, sql` AND `)})`;
      return comparisons(sub, INT_SCALAR, ir.predicate, alias, rootAlias, ctx.bindConstants);
    }
  }
}

const INT_SCALAR: ScalarInfo = {
  gqlName: 'Int',
  isArray: false,
  family: 'int',
  pgType: { oid: 23, schema: 'pg_catalog', name: 'int4', kind: 'b', category: 'N', elementOid: null, baseOid: null, enumValues: null },
  baseType: { oid: 23, schema: 'pg_catalog', name: 'int4', kind: 'b', category: 'N', elementOid: null, baseOid: null, enumValues: null },
};

export function countExpression(columns: ColumnInfo[], distinct: boolean, alias: SQL): SQL {
  if (columns.length === 0) return distinct ? sql`count(DISTINCT ${alias}.*)` : sql`count(*)`;
  const cols = columns.map((c) => column(alias, c.name));
  const target = cols.length === 1 ? cols[0]! : sql`(${sql.join(cols)})`;
  return distinct ? sql`count(DISTINCT ${target})` : sql`count(${target})`;
}
