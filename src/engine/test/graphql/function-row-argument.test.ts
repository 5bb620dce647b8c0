import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLInputObjectType, GraphQLObjectType, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';
import { buildRoleSchema } from '../../src/schema/build-schema.js';
import { resolveCatalog } from '../../src/schema/resolve-catalog.js';

/**
 * A function taking a table row, tracked as a root field and also used as a computed field (Hasura's
 * computed_fields setup): the row type is the scalar `<table>_scalar` so it does not clash with the
 * table's object type, and the computed field's arguments are `<field>_<table>_args` without the row.
 */
const raw = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog;
const search = raw.functions.find((f) => f.name === 'search_articles')!;
const authorRowType = raw.functions.find((f) => f.name === 'author_article_count')!.argTypes[0]!;
const db = parseCatalog({
  ...raw,
  functions: [
    ...raw.functions,
    { ...search, oid: 99_999, name: 'fetch_articles', argNames: ['search', 'author_row'], argTypes: [search.argTypes[0]!, authorRowType], inputArgCount: 2 },
    { ...search, oid: 99_998, name: 'first_article', returnsSet: false },
  ],
});

const metadata: HasuraMetadata = {
  version: 3,
  sources: [
    {
      name: 'default',
      kind: 'postgres',
      configuration: { connection_info: { database_url: 'x' } },
      tables: [
        {
          table: { schema: 'public', name: 'author' },
          computed_fields: [{ name: 'get_articles', definition: { function: { schema: 'public', name: 'fetch_articles' }, table_argument: 'author_row' } }],
        },
        { table: { schema: 'public', name: 'article' } },
      ],
      functions: [{ function: { schema: 'public', name: 'fetch_articles' } }, { function: { schema: 'public', name: 'first_article' } }],
    },
  ],
};

describe('a tracked function with a table-row argument', () => {
  const schema = buildRoleSchema(resolveCatalog(metadata, db), 'admin');

  it('builds a valid schema', () => {
    expect(validateSchema(schema)).toEqual([]);
    expect(schema.getType('author')).toBeInstanceOf(GraphQLObjectType);
  });

  it('takes the row as the scalar <table>_scalar in the function arguments', () => {
    const args = (schema.getType('fetch_articles_args') as GraphQLInputObjectType).getFields();
    expect(Object.fromEntries(Object.entries(args).map(([name, f]) => [name, String(f.type)]))).toEqual({ search: 'String', author_row: 'author_scalar' });
  });

  it("names the computed field's arguments <field>_<table>_args, without the row", () => {
    const field = (schema.getType('author') as GraphQLObjectType).getFields().get_articles!;
    expect(String(field.args.find((a) => a.name === 'args')!.type)).toBe('get_articles_author_args!');
    expect(Object.keys((schema.getType('get_articles_author_args') as GraphQLInputObjectType).getFields())).toEqual(['search']);
  });

  it('gives a function returning one row (not SETOF) a nullable object', () => {
    expect(String(schema.getQueryType()!.getFields().first_article!.type)).toBe('article');
    expect(String(schema.getQueryType()!.getFields().fetch_articles!.type)).toBe('[article!]!');
  });
});
