import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
} from 'graphql';
import type { ColumnInfo, TableInfo } from './catalog.js';
import { ext } from './extensions.js';
import { insertPermission, updatePermission } from './role-access.js';
import { isNumericScalar } from './scalars.js';
import { scalarType } from './scalar-types.js';
import type { RoleTypes } from './table-types.js';

const listOfNonNull = <T extends GraphQLInputObjectType>(t: T) => new GraphQLList(new GraphQLNonNull(t));

/** Columns a value can be written to (generated columns and identity ALWAYS columns are read-only). */
function writable(column: ColumnInfo): boolean {
  return column.model.generated === '' && column.model.identity !== 'a';
}

/** Builds the mutation-side types of every table for one role, on top of the query-side RoleTypes. */
export class RoleMutationTypes {
  private readonly cache = new Map<string, GraphQLInputObjectType | GraphQLEnumType | GraphQLObjectType>();

  constructor(readonly types: RoleTypes) {}

  private memo<T extends GraphQLInputObjectType | GraphQLEnumType | GraphQLObjectType>(name: string, make: () => T): T {
    let v = this.cache.get(name) as T | undefined;
    if (!v) {
      v = make();
      this.cache.set(name, v);
    }
    return v;
  }

  private get role(): string {
    return this.types.role;
  }

  insertableColumns(table: TableInfo): ColumnInfo[] {
    const perm = insertPermission(table, this.role, this.types.backendOnly);
    if (!perm) return [];
    return table.columns.filter((c) => perm.columns.has(c.name) && !(c.name in perm.set) && writable(c));
  }

  updatableColumns(table: TableInfo): ColumnInfo[] {
    const perm = updatePermission(table, this.role);
    if (!perm) return [];
    return table.columns.filter((c) => perm.columns.has(c.name) && !(c.name in perm.set) && writable(c));
  }

  insertInputType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_insert_input`;
    return this.memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for inserting data into table "${table.name}"`,
          fields: () => {
            const fields: GraphQLInputFieldConfigMap = {};
            for (const column of this.insertableColumns(table)) {
              fields[column.gqlName] = { type: scalarType(column.scalar), extensions: ext({ kind: 'column', column }) };
            }
            for (const rel of table.objectRelationships) {
              if (!insertPermission(rel.target, this.role, this.types.backendOnly)) continue;
              fields[rel.name] = { type: this.relInsertInputType(rel.target, 'obj'), extensions: ext({ kind: 'object_rel', rel }) };
            }
            for (const rel of table.arrayRelationships) {
              if (!insertPermission(rel.target, this.role, this.types.backendOnly)) continue;
              fields[rel.name] = { type: this.relInsertInputType(rel.target, 'arr'), extensions: ext({ kind: 'array_rel', rel }) };
            }
            if (Object.keys(fields).length === 0) fields._PLACEHOLDER = { type: GraphQLString };
            return fields;
          },
        }),
    );
  }

  private relInsertInputType(table: TableInfo, kind: 'obj' | 'arr'): GraphQLInputObjectType {
    const name = `${table.gqlName}_${kind}_rel_insert_input`;
    return this.memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for inserting ${kind === 'obj' ? 'object' : 'array'} relation for remote table "${table.name}"`,
          fields: () => {
            const data = this.insertInputType(table);
            const fields: GraphQLInputFieldConfigMap = {
              data: { type: kind === 'obj' ? new GraphQLNonNull(data) : new GraphQLNonNull(listOfNonNull(data)) },
            };
            const onConflict = this.onConflictType(table);
            if (onConflict) fields.on_conflict = { type: onConflict, description: 'upsert condition' };
            return fields;
          },
        }),
    );
  }

  /** `<t>_on_conflict`, offered only when the role may also update the table (an upsert updates). */
  onConflictType(table: TableInfo): GraphQLInputObjectType | null {
    if (!updatePermission(table, this.role) || table.model.uniqueConstraints.length === 0) return null;
    const name = `${table.gqlName}_on_conflict`;
    return this.memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `on_conflict condition type for table "${table.name}"`,
          fields: () => ({
            constraint: { type: new GraphQLNonNull(this.constraintEnum(table)) },
            update_columns: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.updateColumnEnum(table)))), defaultValue: [] },
            where: { type: this.types.boolExpType(table) },
          }),
        }),
    );
  }

  private constraintEnum(table: TableInfo): GraphQLEnumType {
    const name = `${table.gqlName}_constraint`;
    return this.memo(
      name,
      () =>
        new GraphQLEnumType({
          name,
          description: `unique or primary key constraints on table "${table.name}"`,
          values: Object.fromEntries(table.model.uniqueConstraints.map((c) => [c.name, { value: c.name }])),
        }),
    );
  }

  private updateColumnEnum(table: TableInfo): GraphQLEnumType {
    const name = `${table.gqlName}_update_column`;
    return this.memo(name, () => {
      const columns = this.updatableColumns(table);
      const values =
        columns.length > 0
          ? Object.fromEntries(columns.map((c) => [c.gqlName, { value: c.name, description: 'column name' }]))
          : { _PLACEHOLDER: { value: '_PLACEHOLDER', description: 'placeholder (do not use)' } };
      return new GraphQLEnumType({ name, description: `update columns of table "${table.name}"`, values });
    });
  }

  /** `_set`, `_inc` and the jsonb operators of `update_<t>`. */
  updateOperatorArgs(table: TableInfo): GraphQLFieldConfigArgumentMap {
    const columns = this.updatableColumns(table);
    const args: GraphQLFieldConfigArgumentMap = {};
    const input = (suffix: string, cols: ColumnInfo[], type: (c: ColumnInfo) => GraphQLInputType) => {
      if (cols.length === 0) return null;
      const name = `${table.gqlName}_${suffix}`;
      return this.memo(
        name,
        () =>
          new GraphQLInputObjectType({
            name,
            fields: Object.fromEntries(cols.map((column) => [column.gqlName, { type: type(column), extensions: ext({ kind: 'column', column }) }])),
          }),
      );
    };
    const jsonb = columns.filter((c) => c.scalar.family === 'jsonb');
    const entries: [string, GraphQLInputObjectType | null][] = [
      ['_append', input('append_input', jsonb, (c) => scalarType(c.scalar))],
      ['_delete_at_path', input('delete_at_path_input', jsonb, () => new GraphQLList(new GraphQLNonNull(GraphQLString)))],
      ['_delete_elem', input('delete_elem_input', jsonb, () => GraphQLInt)],
      ['_delete_key', input('delete_key_input', jsonb, () => GraphQLString)],
      [
        '_inc',
        input(
          'inc_input',
          columns.filter((c) => isNumericScalar(c.scalar)),
          (c) => scalarType(c.scalar),
        ),
      ],
      ['_prepend', input('prepend_input', jsonb, (c) => scalarType(c.scalar))],
      ['_set', input('set_input', columns, (c) => scalarType(c.scalar))],
    ];
    for (const [name, type] of entries) if (type) args[name] = { type };
    return args;
  }

  pkColumnsInputType(table: TableInfo): GraphQLInputObjectType | null {
    if (!table.primaryKey) return null;
    const name = `${table.gqlName}_pk_columns_input`;
    return this.memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `primary key columns input for table: ${table.name}`,
          fields: Object.fromEntries(
            table.primaryKey!.map((column) => [
              column.gqlName,
              {
                type: new GraphQLNonNull(scalarType(column.scalar)),
                extensions: ext({ kind: 'column', column }),
              },
            ]),
          ),
        }),
    );
  }

  updatesType(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.gqlName}_updates`;
    return this.memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          fields: () => {
            const fields: GraphQLInputFieldConfigMap = {};
            for (const [k, v] of Object.entries(this.updateOperatorArgs(table))) fields[k] = { type: v.type as GraphQLInputObjectType };
            fields.where = { type: new GraphQLNonNull(this.types.boolExpType(table)), description: 'filter the rows which have to be updated' };
            return fields;
          },
        }),
    );
  }

  mutationResponseType(table: TableInfo): GraphQLObjectType {
    const name = `${table.gqlName}_mutation_response`;
    return this.memo(
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `response of any mutation on the table "${table.name}"`,
          fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, unknown> = {
              affected_rows: { type: new GraphQLNonNull(GraphQLInt), description: 'number of rows affected by the mutation', extensions: ext({ kind: 'affected_rows' }) },
            };
            const object = this.types.objectType(table);
            if (object) {
              fields.returning = {
                type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(object))),
                description: 'data from the rows affected by the mutation',
                extensions: ext({ kind: 'returning' }),
              };
            }
            return fields;
          },
        }),
    );
  }
}
