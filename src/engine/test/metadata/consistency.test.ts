import { describe, expect, it } from 'vitest';
import { parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import { findInconsistencies, inconsistencyReport } from '../../src/metadata/consistency.js';
import { consistentSubset } from '../../src/metadata/consistent-subset.js';
import { boolExpMentions, dependentsOfTable } from '../../src/metadata/api/dependencies.js';
import { compileWhere } from '../../src/metadata/api/dml-where.js';
import { compile, sql } from '../../src/sql/builder.js';
import { resolveCatalog } from '../../src/schema/resolve-catalog.js';
import type { Session } from '../../src/auth/session.js';
import { normalizeMetadata, withDefaultSource } from '../../src/metadata/normalize.js';
import type { HasuraMetadata, TableMetadata } from '../../src/metadata/types.js';

/** A two-table catalog, written by hand: author(id, name) <- article(id, author_id). */
const column = (name: string, position: number, type = 23) => ({ name, position, type, notNull: false, hasDefault: false, identity: '', generated: '', comment: null });
const raw: RawCatalog = {
  tables: [
    {
      oid: 1,
      schema: 'public',
      name: 'author',
      kind: 'r',
      rowType: 101,
      comment: null,
      updatable: 28,
      columns: [column('id', 1), column('name', 2, 25)],
      constraints: [{ name: 'author_pkey', type: 'p', columns: ['id'], refSchema: null, refTable: null, refColumns: null }],
    },
    {
      oid: 2,
      schema: 'public',
      name: 'article',
      kind: 'r',
      rowType: 102,
      comment: null,
      updatable: 28,
      columns: [column('id', 1), column('author_id', 2)],
      constraints: [
        { name: 'article_pkey', type: 'p', columns: ['id'], refSchema: null, refTable: null, refColumns: null },
        { name: 'article_author_id_fkey', type: 'f', columns: ['author_id'], refSchema: 'public', refTable: 'author', refColumns: ['id'] },
      ],
    },
  ],
  functions: [
    {
      oid: 9,
      schema: 'public',
      name: 'article_count',
      argNames: ['a'],
      argModes: [],
      argTypes: [101],
      inputArgCount: 1,
      defaultCount: 0,
      returnType: 23,
      returnsSet: false,
      volatility: 's',
      comment: null,
    },
  ],
  types: [
    { oid: 23, schema: 'pg_catalog', name: 'int4', kind: 'b', category: 'N', elementOid: null, baseOid: null, enumValues: null },
    { oid: 25, schema: 'pg_catalog', name: 'text', kind: 'b', category: 'S', elementOid: null, baseOid: null, enumValues: null },
  ] as unknown as RawCatalog['types'],
};
const model = parseCatalog(raw);

const author: TableMetadata = {
  table: { schema: 'public', name: 'author' },
  array_relationships: [{ name: 'articles', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } } }],
  computed_fields: [{ name: 'count', definition: { function: { schema: 'public', name: 'article_count' } } }],
  select_permissions: [{ role: 'user', permission: { columns: ['id', 'name'], filter: { articles: { id: { _eq: 1 } } } } }],
};
const article: TableMetadata = {
  table: { schema: 'public', name: 'article' },
  object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
};
const metadata = (tables: TableMetadata[], functions?: { function: { schema: string; name: string } }[]): HasuraMetadata =>
  withDefaultSource({
    version: 3,
    sources: [{ name: 'default', kind: 'postgres', tables, ...(functions ? { functions } : {}), configuration: { connection_info: { database_url: 'x' } } }],
  });

describe('consistency with the database', () => {
  it('finds nothing wrong with metadata that matches the catalog', () => {
    expect(findInconsistencies(metadata([author, article]), model)).toEqual([]);
  });

  it("reports missing tables, broken relationships, missing functions and columns in Hasura's shape", () => {
    const broken = metadata(
      [
        { ...author, computed_fields: [{ name: 'gone', definition: { function: 'nope' } }], insert_permissions: [{ role: 'user', permission: { check: {}, columns: ['ghost'] } }] },
        { ...article, object_relationships: [{ name: 'by_name', using: { foreign_key_constraint_on: 'id' } }] },
        { table: { schema: 'public', name: 'missing' } },
      ],
      [{ function: { schema: 'public', name: 'nothing' } }],
    );
    const found = findInconsistencies(broken, model);
    expect(found.map((o) => o.type).sort()).toEqual(['computed_field', 'function', 'insert_permission', 'object_relation', 'table']);
    const report = inconsistencyReport(found);
    expect(report.is_consistent).toBe(false);
    expect(report.inconsistent_objects).toContainEqual({
      definition: { schema: 'public', name: 'missing' },
      name: 'table missing in source default',
      reason: 'Inconsistent object: no such table/view exists in source: "missing"',
      type: 'table',
    });
  });

  it('serves only the consistent part, keeping the rest intact', () => {
    const m = metadata([author, article, { table: { schema: 'public', name: 'missing' } }]);
    const { metadata: subset, dropped } = consistentSubset(m, model);
    expect(dropped).toHaveLength(1);
    expect(subset.sources[0]!.tables.map((t) => t.table.name)).toEqual(['author', 'article']);
    expect(m.sources[0]!.tables).toHaveLength(3);
  });
});

describe('dependencies', () => {
  it('finds relationships of other tables pointing at a table', () => {
    const source = metadata([author, article]).sources[0]!;
    expect(dependentsOfTable(source, { schema: 'public', name: 'article' }).map((d) => d.description)).toEqual(['relationship author.articles in source "default"']);
    expect(dependentsOfTable(source, { schema: 'public', name: 'author' })).toEqual([]);
  });

  it('sees a field used anywhere in a boolean expression', () => {
    expect(boolExpMentions({ _and: [{ _not: { articles: { id: { _eq: 1 } } } }] }, 'articles')).toBe(true);
    expect(boolExpMentions({ name: { _eq: 'articles' } }, 'articles')).toBe(false);
  });
});

describe('normalizeMetadata', () => {
  it('qualifies names, orders table keys like an export and drops empty lists', () => {
    const normalized = normalizeMetadata({
      version: 3,
      sources: [
        {
          name: 'default',
          kind: 'postgres',
          configuration: { connection_info: { database_url: 'x' } },
          tables: [
            {
              select_permissions: [],
              object_relationships: [{ name: 'a', using: { manual_configuration: { remote_table: 'author', column_mapping: { author_id: 'id' } } } }],
              table: 'article' as never,
            },
          ],
        },
      ],
      allowlist: [],
    });
    expect(normalized).toEqual({
      version: 3,
      sources: [
        {
          name: 'default',
          kind: 'postgres',
          tables: [
            {
              table: { name: 'article', schema: 'public' },
              object_relationships: [{ name: 'a', using: { manual_configuration: { remote_table: { name: 'author', schema: 'public' }, column_mapping: { author_id: 'id' } } } }],
            },
          ],
          configuration: { connection_info: { database_url: 'x' } },
        },
      ],
    });
    expect(Object.keys(normalized.sources[0]!.tables[0]!)).toEqual(['table', 'object_relationships']);
  });
});

describe('v1 DML where clauses', () => {
  const catalog = resolveCatalog(metadata([author, article]), model);
  const authorInfo = catalog.tablesByKey.get('public.author')!;
  const admin: Session = { role: 'admin', variables: { 'x-hasura-role': 'admin', 'x-hasura-user-id': '7' }, isAdmin: true };
  const where = (w: unknown) => compile(compileWhere(w, authorInfo, catalog, admin, sql.ident('t')));

  it('compile to parameters only, through the permission compiler', () => {
    const compiled = where({ $or: [{ id: 1 }, { name: { $like: "x'%" } }], $not: { id: { _in: [2, 3] } }, name: null });
    expect(compiled.text).toBe(
      '((("t"."id" = ($1)::"pg_catalog"."int4") OR ("t"."name" LIKE ($2)::"pg_catalog"."text")) AND (NOT ("t"."id" = ANY(($3)::"pg_catalog"."int4"[]))) AND ("t"."name" IS NULL))',
    );
    expect(compiled.values).toEqual([1, "x'%", [2, 3]]);
  });

  it("take Hasura's other spellings: a list, $ne, null comparisons, relationships and session variables", () => {
    expect(where([{ id: { $ne: 1 } }, { name: { _neq: null } }]).text).toBe('(("t"."id" <> ($1)::"pg_catalog"."int4") AND ("t"."name" IS NOT NULL))');
    const related = where({ articles: { id: { _eq: 'X-Hasura-User-Id' } } });
    expect(related.text).toMatch(/^EXISTS \(SELECT 1 FROM "public"."article" AS "_t0" WHERE "t"."id" = "_t0"."author_id" AND \("_t0"."id" = \(\$1\)::"pg_catalog"."int4"\)\)$/);
    expect(related.values).toEqual(['7']);
    expect(where({}).text).toBe('true');
  });

  it('refuse what is not a column, relationship or computed field', () => {
    expect(() => where({ nope: 1 })).toThrow(/"nope" is not a column, relationship or computed field of "author"/);
  });
});
