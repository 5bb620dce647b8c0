import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLEnumType, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, graphqlSync } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import type { HasuraMetadata, TableMetadata } from '../../src/metadata/types.js';
import { buildRoleSchema } from '../../src/schema/build-schema.js';
import { introspectionOrdered } from '../../src/schema/introspection-order.js';
import { resolveCatalog } from '../../src/schema/resolve-catalog.js';

/** Hasura lists what introspection returns sorted by name, by code point; graphql-js keeps definition order. */
const color = new GraphQLEnumType({ name: 'color', values: { red: {}, Blue: {}, green: {} } });
const thing = new GraphQLObjectType({
  name: 'thing',
  fields: {
    name: { type: GraphQLString },
    a2: { type: GraphQLInt },
    a10: { type: GraphQLInt },
    Zeta: { type: color, args: { where: { type: GraphQLString }, limit: { type: GraphQLInt } } },
  },
});
const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'query_root', fields: { thing: { type: thing } } }) });

const run = (s: GraphQLSchema, query: string) => graphqlSync({ schema: s, source: query }).data as Record<string, { fields?: { name: string }[] } & Record<string, unknown>>;

describe('introspectionOrdered', () => {
  it('sorts fields, arguments and enum values by code point (digits not read as numbers, capitals first)', () => {
    const data = run(introspectionOrdered(schema), '{ thing: __type(name: "thing") { fields { name args { name } } } color: __type(name: "color") { enumValues { name } } }');
    const fields = data.thing!.fields as { name: string; args: { name: string }[] }[];
    expect(fields.map((f) => f.name)).toEqual(['Zeta', 'a10', 'a2', 'name']);
    expect(fields[0]!.args.map((a) => a.name)).toEqual(['limit', 'where']);
    expect((data.color!.enumValues as { name: string }[]).map((v) => v.name)).toEqual(['Blue', 'green', 'red']);
  });

  it('sorts the types of __schema, and leaves the schema queries run on as defined', () => {
    const names = (run(introspectionOrdered(schema), '{ __schema { types { name } } }').__schema as unknown as { types: { name: string }[] }).types.map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(Object.keys(thing.getFields())).toEqual(['name', 'a2', 'a10', 'Zeta']);
    expect(introspectionOrdered(schema)).toBe(introspectionOrdered(schema));
  });

  it('still answers queries on the sorted copy with the same types', () => {
    const data = run(introspectionOrdered(schema), '{ __type(name: "query_root") { fields { name type { name } } } }');
    expect(data.__type!.fields).toEqual([{ name: 'thing', type: { name: 'thing' } }]);
  });
});

const raw = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog;
const db = parseCatalog(raw);

function schemaFor(author: TableMetadata): GraphQLSchema {
  const metadata: HasuraMetadata = { version: 3, sources: [{ name: 'default', kind: 'postgres', tables: [author], configuration: { connection_info: { database_url: 'x' } } }] };
  return buildRoleSchema(resolveCatalog(metadata, db), 'admin');
}

describe('descriptions', () => {
  const table = { schema: 'public', name: 'author' };

  it("takes the database's comments when the metadata has none", () => {
    const author = schemaFor({ table }).getType('author') as GraphQLObjectType;
    expect(author.description).toBe('People who write');
  });

  it("prefers the metadata's comment on the table and a column", () => {
    const author = schemaFor({ table, configuration: { comment: 'Writers', column_config: { name: { comment: 'Full name' } } } }).getType('author') as GraphQLObjectType;
    expect(author.description).toBe('Writers');
    expect(author.getFields().name!.description).toBe('Full name');
  });

  it('reads an empty metadata comment as no description at all, not an empty one or the default', () => {
    const author = schemaFor({ table, configuration: { comment: '', column_config: { name: { comment: '' } } } }).getType('author') as GraphQLObjectType;
    expect(author.description).toBeUndefined();
    expect(author.getFields().name!.description).toBeUndefined();
  });
});
