import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLFieldConfigMap,
  type GraphQLInputType,
} from 'graphql';
import { outputMeaning } from './extensions.js';
import type { TableInfo } from './catalog.js';

/** Marks a `<table>_stream` root field; the schema cache plans it as the table's select field after a cursor. */
export interface StreamFieldMeaning {
  table: TableInfo;
  /** The select root field this stream reads through (same permissions, same row type). */
  selectField: string;
}

export function streamMeaning(field: GraphQLField<unknown, unknown> | undefined): StreamFieldMeaning | undefined {
  return (field?.extensions as { hasuraStream?: StreamFieldMeaning } | undefined)?.hasuraStream;
}

/**
 * Adds Hasura's streaming root fields to a role's schema (Schema/SubscriptionStream.hs):
 * `<table>_stream(batch_size: Int!, cursor: [<table>_stream_cursor_input]!, where: <table>_bool_exp)`
 * for every table the role can select from, with `<table>_stream_cursor_input {initial_value, ordering}`
 * and `<table>_stream_cursor_value_input` holding the role's selectable columns.
 *
 * The new fields reuse the builder's row, bool_exp and scalar types, so validation and
 * compiling see one schema.
 */
export function withStreamFields(schema: GraphQLSchema): GraphQLSchema {
  const subscription = schema.getSubscriptionType();
  if (!subscription) return schema;
  const ordering = new GraphQLEnumType({
    name: 'cursor_ordering',
    description: 'ordering argument of a cursor',
    values: { ASC: { value: 'ASC', description: 'ascending ordering of the cursor' }, DESC: { value: 'DESC', description: 'descending ordering of the cursor' } },
  });
  const config = subscription.toConfig();
  const fields: GraphQLFieldConfigMap<unknown, unknown> = { ...config.fields };
  let added = 0;
  for (const field of Object.values(subscription.getFields())) {
    const meaning = outputMeaning(field);
    if (meaning?.kind !== 'root' || meaning.root !== 'select') continue;
    const table = meaning.table;
    const name = table.rootFieldNames.select_stream;
    if (fields[name]) continue;
    const rowType = getNamedType(field.type) as GraphQLObjectType;
    const columns: Record<string, { type: GraphQLInputType }> = {};
    for (const column of Object.values(rowType.getFields())) {
      const named = getNamedType(column.type);
      if (outputMeaning(column)?.kind === 'column' && isLeafType(named)) columns[column.name] = { type: named };
    }
    if (Object.keys(columns).length === 0) continue;
    const valueInput = new GraphQLInputObjectType({
      name: `${rowType.name}_stream_cursor_value_input`,
      description: 'Initial value of the column from where the streaming should start',
      fields: columns,
    });
    const cursorInput = new GraphQLInputObjectType({
      name: `${rowType.name}_stream_cursor_input`,
      description: `Streaming cursor of the table "${table.name}"`,
      fields: {
        initial_value: { type: new GraphQLNonNull(valueInput), description: 'Stream column input with initial value' },
        ordering: { type: ordering, description: 'cursor ordering' },
      },
    });
    const where = field.args.find((a) => a.name === 'where');
    fields[name] = {
      type: field.type,
      description: `fetch data from the table in a streaming manner: "${table.name}"`,
      args: {
        batch_size: { type: new GraphQLNonNull(GraphQLInt), description: 'maximum number of rows returned in a single batch' },
        cursor: { type: new GraphQLNonNull(new GraphQLList(cursorInput)), description: 'cursor to stream the results returned by the query' },
        ...(where ? { where: { type: where.type, description: 'filter the rows returned' } } : {}),
      },
      extensions: { hasuraStream: { table, selectField: field.name } satisfies StreamFieldMeaning },
    };
    added++;
  }
  if (added === 0) return schema;
  const extended = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    subscription: extended,
    types: schemaConfig.types.filter((t) => t !== subscription),
  });
}
