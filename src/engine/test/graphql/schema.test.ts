import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, getNamedType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import type { HasuraMetadata, TableMetadata } from '../../src/metadata/types.js';
import { buildRoleSchema } from '../../src/schema/build-schema.js';
import { resolveCatalog } from '../../src/schema/resolve-catalog.js';

const raw = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog;
const db = parseCatalog(raw);

function metadata(tables: TableMetadata[], functions: HasuraMetadata['sources'][number]['functions'] = []): HasuraMetadata {
  return { version: 3, sources: [{ name: 'default', kind: 'postgres', tables, functions, configuration: { connection_info: { database_url: 'x' } } }] };
}

const author: TableMetadata = {
  table: { schema: 'public', name: 'author' },
  array_relationships: [{ name: 'articles', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } } }],
  computed_fields: [
    { name: 'article_count', definition: { function: { schema: 'public', name: 'author_article_count' }, table_argument: 'author_row', session_argument: 'hasura_session' } },
  ],
  select_permissions: [{ role: 'reader', permission: { columns: ['id', 'name'], filter: {} } }],
};
const article: TableMetadata = {
  table: { schema: 'public', name: 'article' },
  object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
  select_permissions: [{ role: 'reader', permission: { columns: ['id', 'title'], filter: {}, allow_aggregations: true } }],
  insert_permissions: [{ role: 'reader', permission: { check: {}, columns: ['title', 'author_id', 'rating'], set: { author_id: 'X-Hasura-User-Id' } } }],
};
const shelf: TableMetadata = {
  table: { schema: 'library', name: 'shelf' },
  configuration: { custom_root_fields: { select: 'shelves', select_by_pk: { name: 'shelf' } }, column_config: { label: { custom_name: 'title' } } },
};

const catalog = resolveCatalog(metadata([author, article, shelf], [{ function: { schema: 'public', name: 'search_articles' } }]), db);

function object(schema: GraphQLSchema, name: string): GraphQLObjectType {
  return schema.getType(name) as GraphQLObjectType;
}

function fieldNames(type: GraphQLObjectType | GraphQLInputObjectType | undefined): string[] {
  return type ? Object.keys(type.getFields()) : [];
}

describe('schema for admin', () => {
  const schema = buildRoleSchema(catalog, 'admin');

  it("uses Hasura's root field names, including tables outside public and custom root fields", () => {
    expect(fieldNames(schema.getQueryType()!)).toEqual([
      'author',
      'author_aggregate',
      'author_by_pk',
      'article',
      'article_aggregate',
      'article_by_pk',
      'shelves',
      'library_shelf_aggregate',
      'shelf',
      'search_articles',
      'search_articles_aggregate',
    ]);
    expect(fieldNames(schema.getMutationType()!)).toContain('insert_library_shelf_one');
    expect(fieldNames(schema.getMutationType()!)).toEqual(
      expect.arrayContaining(['insert_author', 'insert_author_one', 'update_author', 'update_author_by_pk', 'update_author_many', 'delete_author', 'delete_author_by_pk']),
    );
  });

  it("maps Postgres types to Hasura's scalar names; native enums are scalars", () => {
    const fields = object(schema, 'author').getFields();
    expect(String(fields.id!.type)).toBe('Int!');
    expect(String(fields.name!.type)).toBe('String!');
    expect(String(fields.mood!.type)).toBe('mood');
    expect(String(fields.tags!.type)).toBe('_text');
    expect(String(fields.created_at!.type)).toBe('timestamptz!');
    expect(String(fields.article_count!.type)).toBe('bigint');
    expect(String(object(schema, 'article').getFields().rating!.type)).toBe('numeric');
    expect(fieldNames(schema.getType('String_comparison_exp') as GraphQLInputObjectType)).toEqual(expect.arrayContaining(['_ilike', '_similar', '_niregex']));
    expect(fieldNames(schema.getType('jsonb_comparison_exp') as GraphQLInputObjectType)).toEqual(expect.arrayContaining(['_contains', '_has_keys_any', '_cast']));
  });

  it('renames columns with column_config everywhere the column appears', () => {
    expect(fieldNames(object(schema, 'library_shelf'))).toEqual(['code', 'title']);
    expect(fieldNames(schema.getType('library_shelf_bool_exp') as GraphQLInputObjectType)).toContain('title');
    expect((schema.getType('library_shelf_select_column') as GraphQLEnumType).getValue('title')!.value).toBe('label');
  });

  it('offers the six order_by directions, aggregate ordering and on_conflict enums', () => {
    expect((schema.getType('order_by') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([
      'asc',
      'asc_nulls_first',
      'asc_nulls_last',
      'desc',
      'desc_nulls_first',
      'desc_nulls_last',
    ]);
    expect(fieldNames(schema.getType('author_order_by') as GraphQLInputObjectType)).toContain('articles_aggregate');
    expect((schema.getType('article_constraint') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['article_author_id_title_key', 'article_pkey']);
    expect(fieldNames(object(schema, 'article_aggregate_fields'))).toEqual([
      'count',
      'avg',
      'max',
      'min',
      'stddev',
      'stddev_pop',
      'stddev_samp',
      'sum',
      'var_pop',
      'var_samp',
      'variance',
    ]);
  });
});

describe('schema for a role', () => {
  const schema = buildRoleSchema(catalog, 'reader');

  it('shows only permitted tables, columns and root fields', () => {
    expect(fieldNames(schema.getQueryType()!)).toEqual(['author', 'author_by_pk', 'article', 'article_aggregate', 'article_by_pk', 'search_articles', 'search_articles_aggregate']);
    expect(fieldNames(object(schema, 'author'))).toEqual(['id', 'name', 'articles', 'articles_aggregate']);
    expect(fieldNames(object(schema, 'article'))).toEqual(['id', 'title', 'author']);
  });

  it('leaves preset columns out of the insert input and offers no upsert without an update permission', () => {
    expect(fieldNames(schema.getMutationType()!)).toEqual(['insert_article', 'insert_article_one']);
    expect(fieldNames(schema.getType('article_insert_input') as GraphQLInputObjectType)).toEqual(['title', 'rating']);
    expect(
      schema
        .getMutationType()!
        .getFields()
        .insert_article!.args.map((a) => a.name),
    ).toEqual(['objects']);
  });

  it('has only the placeholder query for a role without permissions', () => {
    const none = buildRoleSchema(catalog, 'nobody');
    expect(fieldNames(none.getQueryType()!)).toEqual(['no_queries_available']);
    expect(none.getMutationType()).toBeUndefined();
  });

  it('reports metadata that does not match the database', () => {
    const broken = resolveCatalog(
      metadata([
        { table: { schema: 'public', name: 'missing' } },
        {
          table: { schema: 'public', name: 'article' },
          object_relationships: [{ name: 'writer', using: { foreign_key_constraint_on: 'title' } }],
        },
      ]),
      db,
    );
    expect(broken.inconsistencies).toEqual(['table "public.missing" does not exist', 'public.article: relationship "writer": no foreign key on ["title"] in "article"']);
    expect(getNamedType(buildRoleSchema(broken, 'admin').getQueryType()!.getFields().article!.type).name).toBe('article');
  });
});
