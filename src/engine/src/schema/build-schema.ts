import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputObjectType,
} from 'graphql';
import type { Catalog, TableInfo, TrackedFunctionInfo } from './catalog.js';
import { RoleActionTypes } from './action-fields.js';
import { ext } from './extensions.js';
import { RoleMutationTypes } from './mutation-types.js';
import { canCallFunction, deletePermission, insertPermission, rootFieldAllowed, updatePermission } from './role-access.js';
import { scalarType } from './scalar-types.js';
import { RoleTypes } from './table-types.js';
import { withStreamFields } from './stream-fields.js';

type Fields = GraphQLFieldConfigMap<unknown, unknown>;

function addQueryFields(types: RoleTypes, table: TableInfo, fields: Fields, root: 'query' | 'subscription'): void {
  const perm = types.select(table);
  if (!perm) return;
  const object = types.objectType(table);
  const names = table.rootFieldNames;
  if (object && rootFieldAllowed(perm, 'select', root)) {
    fields[names.select] = {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(object))),
      args: types.selectArgs(table),
      description: `fetch data from the table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'select', table }),
    };
  }
  if (perm.allowAggregations && rootFieldAllowed(perm, 'select_aggregate', root)) {
    fields[names.select_aggregate] = {
      type: new GraphQLNonNull(types.aggregateType(table)),
      args: types.selectArgs(table),
      description: `fetch aggregated fields from the table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'select_aggregate', table }),
    };
  }
  const pkArgs = types.primaryKeyArgs(table, (c) => perm.columns.has(c.name));
  if (object && pkArgs && rootFieldAllowed(perm, 'select_by_pk', root)) {
    fields[names.select_by_pk] = {
      type: object,
      args: pkArgs,
      description: `fetch data from the table: "${table.name}" using primary key columns`,
      extensions: ext({ kind: 'root', root: 'select_by_pk', table }),
    };
  }
}

function functionArgsType(types: RoleTypes, fn: TrackedFunctionInfo): GraphQLFieldConfigArgumentMap {
  if (fn.inputArgs.length === 0) return {};
  const argsType: GraphQLInputObjectType = types.computedArgsTypeFor(`${fn.gqlName}_args`, fn.inputArgs);
  const required = fn.inputArgs.some((a) => !a.hasDefault);
  return { args: { type: required ? new GraphQLNonNull(argsType) : argsType, description: `input parameters for function "${fn.gqlName}"` } };
}

function addFunctionFields(types: RoleTypes, fn: TrackedFunctionInfo, fields: Fields): void {
  if (!canCallFunction(fn, types.role)) return;
  const table = fn.returnTable;
  const perm = types.select(table)!;
  const object = types.objectType(table);
  const args = { ...functionArgsType(types, fn), ...types.selectArgs(table) };
  if (object) {
    // A function returning one row (not SETOF) gives a nullable object, as Hasura's JASSingleObject.
    fields[fn.gqlName] = {
      type: fn.fn.returnsSet ? new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(object))) : object,
      args,
      description: `execute function "${fn.gqlName}" which returns "${table.name}"`,
      extensions: ext({ kind: 'root_function', aggregate: false, fn, table }),
    };
  }
  if (perm.allowAggregations) {
    fields[`${fn.gqlName}_aggregate`] = {
      type: new GraphQLNonNull(types.aggregateType(table)),
      args,
      description: `execute function "${fn.gqlName}" and query aggregates on result of table type "${table.name}"`,
      extensions: ext({ kind: 'root_function', aggregate: true, fn, table }),
    };
  }
}

function addMutationFields(types: RoleTypes, mutations: RoleMutationTypes, table: TableInfo, fields: Fields): void {
  const names = table.rootFieldNames;
  const object = types.objectType(table);
  const select = types.select(table);
  if (insertPermission(table, types.role, types.backendOnly)) {
    const onConflict = mutations.onConflictType(table);
    const conflictArg: GraphQLFieldConfigArgumentMap = onConflict ? { on_conflict: { type: onConflict, description: 'upsert condition' } } : {};
    const input = mutations.insertInputType(table);
    fields[names.insert] = {
      type: mutations.mutationResponseType(table),
      args: { objects: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(input))), description: 'the rows to be inserted' }, ...conflictArg },
      description: `insert data into the table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'insert', table }),
    };
    if (object) {
      fields[names.insert_one] = {
        type: object,
        args: { object: { type: new GraphQLNonNull(input), description: 'the row to be inserted' }, ...conflictArg },
        description: `insert a single row into the table: "${table.name}"`,
        extensions: ext({ kind: 'root', root: 'insert_one', table }),
      };
    }
  }
  if (select && updatePermission(table, types.role)) {
    const operators = mutations.updateOperatorArgs(table);
    fields[names.update] = {
      type: mutations.mutationResponseType(table),
      args: { ...operators, where: { type: new GraphQLNonNull(types.boolExpType(table)), description: 'filter the rows which have to be updated' } },
      description: `update data of the table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'update', table }),
    };
    const pkInput = mutations.pkColumnsInputType(table);
    if (object && pkInput && table.primaryKey!.every((c) => select.columns.has(c.name))) {
      fields[names.update_by_pk] = {
        type: object,
        args: { ...operators, pk_columns: { type: new GraphQLNonNull(pkInput) } },
        description: `update single row of the table: "${table.name}"`,
        extensions: ext({ kind: 'root', root: 'update_by_pk', table }),
      };
    }
    fields[names.update_many] = {
      type: new GraphQLList(mutations.mutationResponseType(table)),
      args: { updates: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(mutations.updatesType(table)))), description: 'updates to execute, in order' } },
      description: `update multiples rows of table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'update_many', table }),
    };
  }
  if (select && deletePermission(table, types.role, types.backendOnly)) {
    fields[names.delete] = {
      type: mutations.mutationResponseType(table),
      args: { where: { type: new GraphQLNonNull(types.boolExpType(table)), description: 'filter the rows which have to be deleted' } },
      description: `delete data from the table: "${table.name}"`,
      extensions: ext({ kind: 'root', root: 'delete', table }),
    };
    const pkArgs = types.primaryKeyArgs(table, (c) => select.columns.has(c.name));
    if (object && pkArgs) {
      fields[names.delete_by_pk] = {
        type: object,
        args: pkArgs,
        description: `delete single row from the table: "${table.name}"`,
        extensions: ext({ kind: 'root', root: 'delete_by_pk', table }),
      };
    }
  }
}

/** The GraphQL schema one role sees: only what its permissions allow, with Hasura's names. */
export function buildRoleSchema(catalog: Catalog, role: string, options: { backendOnly?: boolean } = {}): GraphQLSchema {
  const types = new RoleTypes(catalog, role, options.backendOnly === true);
  const mutations = new RoleMutationTypes(types);
  const query: Fields = {};
  const mutation: Fields = {};
  const subscription: Fields = {};
  for (const table of catalog.tables) {
    addQueryFields(types, table, query, 'query');
    addQueryFields(types, table, subscription, 'subscription');
  }
  for (const fn of catalog.functions) {
    if (fn.exposedAs !== 'query') continue;
    addFunctionFields(types, fn, query);
    addFunctionFields(types, fn, subscription);
  }
  for (const table of catalog.tables) addMutationFields(types, mutations, table, mutation);
  for (const fn of catalog.functions) if (fn.exposedAs === 'mutation') addFunctionFields(types, fn, mutation);
  if (catalog.actions) new RoleActionTypes(types, catalog.actions).addFields({ query, mutation, subscription });
  if (Object.keys(query).length === 0) {
    // GraphQL needs a query root with a field; Hasura adds this placeholder when nothing is visible.
    query.no_queries_available = { type: new GraphQLNonNull(GraphQLString), resolve: () => '' };
  }
  // Hasura's `<table>_stream` fields (Schema/SubscriptionStream.hs) are part of every role's schema.
  return withStreamFields(
    new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'query_root', fields: query }),
      mutation: Object.keys(mutation).length > 0 ? new GraphQLObjectType({ name: 'mutation_root', fields: mutation }) : undefined,
      subscription: Object.keys(subscription).length > 0 ? new GraphQLObjectType({ name: 'subscription_root', fields: subscription }) : undefined,
    }),
  );
}

export { scalarType };
