import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';
import type { Catalog, ColumnInfo, ComputedFieldInfo, SelectPermissionInfo, TableInfo } from './catalog.js';
import { comparisonExpType } from './comparison-types.js';
import { AGGREGATE_OPS, ext, type AggregateOp } from './extensions.js';
import { selectPermission } from './role-access.js';
import { isComparableScalar, isNumericScalar } from './scalars.js';
import { namedScalar, scalarType } from './scalar-types.js';

const nonNull = <T extends GraphQLOutputType>(t: T) => new GraphQLNonNull(t);
const listOfNonNull = <T extends GraphQLOutputType>(t: T) => new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(t)));

export const ORDER_BY_ENUM = new GraphQLEnumType({
  name: 'order_by',
  description: 'column ordering options',
  values: {
    asc: { description: 'in ascending order, nulls last' },
    asc_nulls_first: { description: 'in ascending order, nulls first' },
    asc_nulls_last: { description: 'in ascending order, nulls last' },
    desc: { description: 'in descending order, nulls first' },
    desc_nulls_first: { description: 'in descending order, nulls first' },
    desc_nulls_last: { description: 'in descending order, nulls last' },
  },
});

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** Builds (and memoizes) the query-side types of every table for one role. */
export class RoleTypes {
  private readonly objects = new Map<string, GraphQLObjectType | null>();
  private readonly inputs = new Map<string, GraphQLInputObjectType>();
  private readonly enums = new Map<string, GraphQLEnumType>();
  private readonly outputs = new Map<string, GraphQLObjectType>();

  constructor(
    readonly catalog: Catalog,
    readonly role: string,
    readonly backendOnly = false,
  ) {}

  select(table: TableInfo): SelectPermissionInfo | null {
    return selectPermission(table, this.role);
  }

  selectableColumns(table: TableInfo): ColumnInfo[] {
    const perm = this.select(table);
    return perm ? table.columns.filter((c) => perm.columns.has(c.name)) : [];
  }

  computedFields(table: TableInfo): ComputedFieldInfo[] {
    const perm = this.select(table);
    if (!perm) return [];
    // Scalar computed fields are listed in the permission; set-returning ones follow the returned table's permission.
    return table.computedFields.filter((cf) => (cf.returns.kind === 'scalar' ? perm.computedFields.has(cf.name) : this.select(cf.returns.table) !== null));
  }

  relationships(table: TableInfo) {
    return {
      object: table.objectRelationships.filter((r) => this.select(r.target)),
      array: table.arrayRelationships.filter((r) => this.select(r.target)),
    };
  }

  /** `<t>`, or null when the role sees no field of it at all. */
  objectType(table: TableInfo): GraphQLObjectType | null {
    if (this.objects.has(table.key)) return this.objects.get(table.key)!;
    const rels = this.relationships(table);
    const hasFields = this.selectableColumns(table).length + this.computedFields(table).length + rels.object.length + rels.array.length > 0;
    if (!this.select(table) || !hasFields) {
      this.objects.set(table.key, null);
      return null;
    }
    const type: GraphQLObjectType = new GraphQLObjectType({
      name: table.gqlName,
      description: table.comment === '' ? undefined : (table.comment ?? `columns and relationships of "${table.name}"`),
      fields: () => this.objectFields(table),
    });
    this.objects.set(table.key, type);
    return type;
  }

  private objectFields(table: TableInfo): GraphQLFieldConfigMap<unknown, unknown> {
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
    for (const column of this.selectableColumns(table)) {
      const base = scalarType(column.scalar);
      const args: GraphQLFieldConfigArgumentMap = {};
      if (column.scalar.family === 'json' || column.scalar.family === 'jsonb') args.path = { type: GraphQLString, description: 'JSON select path' };
      fields[column.gqlName] = {
        // An inherited role's column that not every parent may see is null in some rows (Hasura marks it nullable).
        type: column.nullable || this.select(table)?.fieldFilters?.has(column.name) ? base : nonNull(base),
        args,
        description: column.comment ?? undefined,
        extensions: ext({ kind: 'column', column }),
      };
    }
    const rels = this.relationships(table);
    for (const rel of rels.object) {
      const target = this.objectType(rel.target);
      if (!target) continue;
      fields[rel.name] = { type: rel.nonNull ? nonNull(target) : target, extensions: ext({ kind: 'object_rel', rel }) };
    }
    for (const rel of rels.array) {
      const target = this.objectType(rel.target);
      if (target) fields[rel.name] = { type: listOfNonNull(target), args: this.selectArgs(rel.target), extensions: ext({ kind: 'array_rel', rel }) };
      if (this.select(rel.target)!.allowAggregations) {
        fields[`${rel.name}_aggregate`] = {
          type: nonNull(this.aggregateType(rel.target)),
          args: this.selectArgs(rel.target),
          extensions: ext({ kind: 'array_rel_aggregate', rel }),
        };
      }
    }
    for (const cf of this.computedFields(table)) {
      const args: GraphQLFieldConfigArgumentMap = {};
      const argsType = this.computedArgsType(table, cf);
      if (argsType) args.args = { type: cf.inputArgs.every((a) => a.hasDefault) ? argsType : new GraphQLNonNull(argsType) };
      if (cf.returns.kind === 'scalar') {
        fields[cf.name] = { type: scalarType(cf.returns.scalar), args, description: cf.comment ?? undefined, extensions: ext({ kind: 'computed_scalar', cf }) };
      } else {
        const target = this.objectType(cf.returns.table);
        if (!target) continue;
        fields[cf.name] = {
          type: listOfNonNull(target),
          args: { ...args, ...this.selectArgs(cf.returns.table) },
          description: cf.comment ?? undefined,
          extensions: ext({ kind: 'computed_table', cf, table: cf.returns.table }),
        };
      }
    }
    return fields;
  }

  computedArgsType(table: TableInfo, cf: ComputedFieldInfo): GraphQLInputObjectType | null {
    if (cf.inputArgs.length === 0) return null;
    // Hasura's mkFunctionArgsTypeName: `<computed field>_<table>_args`, so a function that is also
    // tracked (its own `<function>_args` has the table-row argument) or used by two tables does not clash.
    return this.computedArgsTypeFor(`${cf.name}_${table.gqlName}_args`, cf.inputArgs);
  }

  /** `<function>_args`: the arguments a caller passes to a SQL function. */
  computedArgsTypeFor(name: string, inputArgs: ComputedFieldInfo['inputArgs']): GraphQLInputObjectType {
    return memo(
      this.inputs,
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          // Nullable even without a default, as Hasura's functionArgs parses them (`Nullability True`):
          // a nullable variable may be passed, and SQL functions take NULL.
          fields: Object.fromEntries(inputArgs.map((a) => [a.name, { type: scalarType(a.scalar) }])),
        }),
    );
  }

  selectArgs(table: TableInfo): GraphQLFieldConfigArgumentMap {
    const args: GraphQLFieldConfigArgumentMap = {};
    const selectColumn = this.selectColumnEnum(table);
    if (selectColumn) args.distinct_on = { type: new GraphQLList(new GraphQLNonNull(selectColumn)), description: 'distinct select on columns' };
    args.limit = { type: GraphQLInt, description: 'limit the number of rows returned' };
    args.offset = { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' };
    args.order_by = { type: new GraphQLList(new GraphQLNonNull(this.orderByType(table))), description: 'sort the rows by one or more columns' };
    args.where = { type: this.boolExpType(table), description: 'filter the rows returned' };
    return args;
  }

  selectColumnEnum(table: TableInfo): GraphQLEnumType | null {
    const columns = this.selectableColumns(table);
    if (columns.length === 0) return null;
    return memo(
      this.enums,
      `${table.gqlName}_select_column`,
      () =>
        new GraphQLEnumType({
          name: `${table.gqlName}_select_column`,
          description: `select columns of table "${table.name}"`,
          values: Object.fromEntries(columns.map((c) => [c.gqlName, { value: c.name, description: 'column name' }])),
        }),
    );
  }

  boolExpType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_bool_exp`;
    return memo(this.inputs, name, () => {
      const type: GraphQLInputObjectType = new GraphQLInputObjectType({
        name,
        description: `Boolean expression to filter rows from the table "${table.name}". All fields are combined with a logical 'AND'.`,
        fields: () => {
          const fields: GraphQLInputFieldConfigMap = {
            _and: { type: new GraphQLList(new GraphQLNonNull(type)) },
            _not: { type },
            _or: { type: new GraphQLList(new GraphQLNonNull(type)) },
          };
          for (const column of this.selectableColumns(table)) {
            fields[column.gqlName] = { type: comparisonExpType(column.scalar), extensions: ext({ kind: 'column', column }) };
          }
          const rels = this.relationships(table);
          for (const rel of rels.object) fields[rel.name] = { type: this.boolExpType(rel.target), extensions: ext({ kind: 'object_rel', rel }) };
          for (const rel of rels.array) {
            fields[rel.name] = { type: this.boolExpType(rel.target), extensions: ext({ kind: 'array_rel', rel }) };
            if (this.select(rel.target)!.allowAggregations) {
              fields[`${rel.name}_aggregate`] = { type: this.aggregateBoolExpType(rel.target), extensions: ext({ kind: 'array_rel_aggregate', rel }) };
            }
          }
          for (const cf of this.computedFields(table)) {
            if (cf.inputArgs.some((a) => !a.hasDefault)) continue;
            if (cf.returns.kind === 'scalar') fields[cf.name] = { type: comparisonExpType(cf.returns.scalar), extensions: ext({ kind: 'computed_scalar', cf }) };
            else fields[cf.name] = { type: this.boolExpType(cf.returns.table), extensions: ext({ kind: 'computed_table', cf }) };
          }
          return fields;
        },
      });
      return type;
    });
  }

  private aggregateBoolExpType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_aggregate_bool_exp`;
    return memo(this.inputs, name, () => {
      const countFields: GraphQLInputFieldConfigMap = {};
      const selectColumn = this.selectColumnEnum(table);
      if (selectColumn) countFields.arguments = { type: new GraphQLList(new GraphQLNonNull(selectColumn)) };
      countFields.distinct = { type: GraphQLBoolean };
      countFields.filter = { type: this.boolExpType(table) };
      countFields.predicate = { type: new GraphQLNonNull(comparisonExpType({ gqlName: 'Int', family: 'int', isArray: false })) };
      const count = new GraphQLInputObjectType({ name: `${name}_count`, fields: countFields });
      return new GraphQLInputObjectType({ name, fields: { count: { type: count, extensions: ext({ kind: 'agg_count' }) } } });
    });
  }

  orderByType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_order_by`;
    return memo(
      this.inputs,
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `Ordering options when selecting data from "${table.name}".`,
          fields: () => {
            const fields: GraphQLInputFieldConfigMap = {};
            for (const column of this.selectableColumns(table)) fields[column.gqlName] = { type: ORDER_BY_ENUM, extensions: ext({ kind: 'column', column }) };
            const rels = this.relationships(table);
            for (const rel of rels.object) fields[rel.name] = { type: this.orderByType(rel.target), extensions: ext({ kind: 'object_rel', rel }) };
            for (const rel of rels.array) {
              if (!this.select(rel.target)!.allowAggregations) continue;
              fields[`${rel.name}_aggregate`] = { type: this.aggregateOrderByType(rel.target), extensions: ext({ kind: 'array_rel_aggregate', rel }) };
            }
            for (const cf of this.computedFields(table)) {
              if (cf.inputArgs.some((a) => !a.hasDefault)) continue;
              if (cf.returns.kind === 'scalar') fields[cf.name] = { type: ORDER_BY_ENUM, extensions: ext({ kind: 'computed_scalar', cf }) };
              else if (this.select(cf.returns.table)!.allowAggregations) {
                fields[`${cf.name}_aggregate`] = { type: this.aggregateOrderByType(cf.returns.table), extensions: ext({ kind: 'computed_table_aggregate', cf }) };
              }
            }
            if (Object.keys(fields).length === 0) fields._PLACEHOLDER = { type: ORDER_BY_ENUM };
            return fields;
          },
        }),
    );
  }

  private opColumns(table: TableInfo, op: AggregateOp): ColumnInfo[] {
    const columns = this.selectableColumns(table);
    return op === 'max' || op === 'min' ? columns.filter((c) => isComparableScalar(c.scalar)) : columns.filter((c) => isNumericScalar(c.scalar));
  }

  private aggregateOrderByType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_aggregate_order_by`;
    return memo(this.inputs, name, () => {
      const fields: GraphQLInputFieldConfigMap = { count: { type: ORDER_BY_ENUM, extensions: ext({ kind: 'agg_count' }) } };
      for (const op of AGGREGATE_OPS) {
        const columns = this.opColumns(table, op);
        if (columns.length === 0) continue;
        const opType = new GraphQLInputObjectType({
          name: `${table.gqlName}_${op}_order_by`,
          fields: Object.fromEntries(columns.map((column) => [column.gqlName, { type: ORDER_BY_ENUM, extensions: ext({ kind: 'column', column }) }])),
        });
        fields[op] = { type: opType, extensions: ext({ kind: 'agg_op', op }) };
      }
      return new GraphQLInputObjectType({ name, fields });
    });
  }

  /** `<t>_aggregate { aggregate nodes }`. */
  aggregateType(table: TableInfo): GraphQLObjectType {
    const name = `${table.gqlName}_aggregate`;
    return memo(
      this.outputs,
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `aggregated selection of "${table.name}"`,
          fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, unknown> = {
              aggregate: { type: this.aggregateFieldsType(table), extensions: ext({ kind: 'agg_aggregate' }) },
            };
            const object = this.objectType(table);
            if (object) fields.nodes = { type: listOfNonNull(object), extensions: ext({ kind: 'agg_nodes' }) };
            return fields;
          },
        }),
    );
  }

  private aggregateFieldsType(table: TableInfo): GraphQLObjectType {
    const name = `${table.gqlName}_aggregate_fields`;
    return memo(this.outputs, name, () => {
      const countArgs: GraphQLFieldConfigArgumentMap = {};
      const selectColumn = this.selectColumnEnum(table);
      if (selectColumn) {
        countArgs.columns = { type: new GraphQLList(new GraphQLNonNull(selectColumn)) };
        countArgs.distinct = { type: GraphQLBoolean };
      }
      const fields: GraphQLFieldConfigMap<unknown, unknown> = {
        count: { type: nonNull(GraphQLInt), args: countArgs, extensions: ext({ kind: 'agg_count' }) },
      };
      for (const op of AGGREGATE_OPS) {
        const columns = this.opColumns(table, op);
        if (columns.length === 0) continue;
        const floatResult = op !== 'sum' && op !== 'max' && op !== 'min';
        const opType = new GraphQLObjectType({
          name: `${table.gqlName}_${op}_fields`,
          description: `aggregate ${op} on columns`,
          fields: Object.fromEntries(
            columns.map((column) => [
              column.gqlName,
              {
                type: floatResult ? GraphQLFloat : scalarType(column.scalar),
                extensions: ext({ kind: 'agg_column', column }),
              },
            ]),
          ),
        });
        fields[op] = { type: opType, extensions: ext({ kind: 'agg_op', op }) };
      }
      return new GraphQLObjectType({ name, description: `aggregate fields of "${table.name}"`, fields });
    });
  }

  /** Primary-key arguments of `<t>_by_pk` / `delete_<t>_by_pk`, or null when the role cannot see the whole key. */
  primaryKeyArgs(table: TableInfo, visible: (c: ColumnInfo) => boolean): GraphQLFieldConfigArgumentMap | null {
    if (!table.primaryKey || !table.primaryKey.every(visible)) return null;
    return Object.fromEntries(table.primaryKey.map((c) => [c.gqlName, { type: new GraphQLNonNull(scalarType(c.scalar)) }]));
  }

  namedScalar = namedScalar;
}
