import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compile, sql } from '../../src/sql/builder.js';
import { parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import { resolveCatalog } from '../../src/schema/resolve-catalog.js';
import { buildRoleSchema } from '../../src/schema/build-schema.js';
import { parseJsonPath } from '../../src/compile/json-path.js';
import { bindParams, MissingSessionVariableError, param } from '../../src/compile/params.js';
import { PG } from '../../src/compile/pg-types.js';
import { AliasGenerator } from '../../src/compile/sql-helpers.js';
import { permissionToIR, PermissionError } from '../../src/permissions/permission-filter.js';
import { compileBoolExp } from '../../src/permissions/compile-bool-exp.js';
import { relaxLiterals } from '../../src/execute/lenient-literals.js';
import { prepareOperation } from '../../src/execute/prepare.js';
import type { Session } from '../../src/auth/session.js';

const db = parseCatalog(JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog);
const catalog = resolveCatalog(
  {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        configuration: { connection_info: { database_url: 'x' } },
        tables: [
          {
            table: { schema: 'public', name: 'author' },
            array_relationships: [{ name: 'articles', using: { foreign_key_constraint_on: { table: 'article', column: 'author_id' } } }],
          },
          { table: { schema: 'public', name: 'article' }, object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }] },
        ],
      },
    ],
  },
  db,
);
const authorTable = catalog.tablesByKey.get('public.author')!;
const session: Session = { role: 'user', variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': '7' }, isAdmin: false };

describe("Hasura's JSON path argument", () => {
  it.each([
    ['$', []],
    ['.obj.c1', ['obj', 'c1']],
    ['a', ['a']],
    ['arr[0]', ['arr', '0']],
    ["['!@#$%^']", ['!@#$%^']],
    ["translations['hello world!']", ['translations', 'hello world!']],
    ['objs[0]["你好"]', ['objs', '0', '你好']],
    ['objs.[0].["你好"]', ['objs', '0', '你好']],
  ])('parses %s', (path, keys) => {
    expect(parseJsonPath(path)).toEqual(keys);
  });

  it('rejects malformed paths', () => {
    expect(parseJsonPath('a[x]')).toBeNull();
    expect(parseJsonPath("a['open")).toBeNull();
  });
});

describe('bind parameters', () => {
  it('binds constants, variables and session values in order; json values as JSON text', () => {
    const statement = compile(
      sql`SELECT ${param({ kind: 'const', value: [1, 2] }, sql`integer[]`)}, ${param({ kind: 'var', name: 'doc' }, PG.json, 'json')}, ${param({ kind: 'session', name: 'x-hasura-user-id' }, PG.text)}, ${param({ kind: 'session_json' }, PG.text)}`,
    );
    expect(statement.text).toBe('SELECT $1::integer[], $2::json, $3::text, $4::text');
    expect(bindParams(statement.values, { doc: ['a'] }, session)).toEqual([[1, 2], '["a"]', '7', JSON.stringify(session.variables)]);
  });

  it('fails with the variable name when a session variable is missing', () => {
    const statement = compile(sql`SELECT ${param({ kind: 'session', name: 'x-hasura-critic-id' }, PG.text)}`);
    expect(() => bindParams(statement.values, {}, session)).toThrow(MissingSessionVariableError);
    expect(() => bindParams(statement.values, {}, session)).toThrow('missing session variable: "x-hasura-critic-id"');
  });
});

describe('permission filters', () => {
  const compileFilter = (json: Record<string, unknown>) => {
    const ir = permissionToIR(json, authorTable, catalog);
    const aliases = new AliasGenerator();
    const alias = aliases.fresh('_t');
    return compile(compileBoolExp(ir, alias, alias, { aliases, targetFilter: () => null }));
  };

  it('reads $-prefixed operators, the shorthand for _eq and session variables (case-insensitive)', () => {
    const { text, values } = compileFilter({ $or: [{ id: 'X-HASURA-USER-ID' }, { name: { $ilike: '%a%' } }] });
    // The session value is bound; the permission's own constant is written into the text (compile/params.ts's constLiteral).
    expect(text).toBe('(("_t0"."id" = $1::"pg_catalog"."int4") OR ("_t0"."name" ILIKE \'%a%\'::"pg_catalog"."text"))');
    expect(values).toEqual([{ source: { kind: 'session', name: 'x-hasura-user-id' }, encode: 'plain' }]);
  });

  it('writes a quote doubled, and binds a constant holding a backslash', () => {
    const { text, values } = compileFilter({ _and: [{ name: { _eq: 'a\\b' } }, { name: { _eq: "it's" } }] });
    expect(text).toBe('(("_t0"."name" = $1::"pg_catalog"."text") AND ("_t0"."name" = \'it\'\'s\'::"pg_catalog"."text"))');
    expect(values).toEqual([{ source: { kind: 'const', value: 'a\\b' }, encode: 'plain' }]);
  });

  it('turns relationships into EXISTS and lists into = ANY(array)', () => {
    const { text } = compileFilter({ articles: { title: { _in: ['a', 'b'] } } });
    expect(text).toBe('EXISTS (SELECT 1 FROM "public"."article" AS "_t1" WHERE "_t0"."id" = "_t1"."author_id" AND ("_t1"."title" = ANY($1::"pg_catalog"."text"[])))');
  });

  it('rejects names that are not columns, relationships or computed fields', () => {
    expect(() => permissionToIR({ nope: { _eq: 1 } }, authorTable, catalog)).toThrow(PermissionError);
  });
});

describe('operation preparation', () => {
  const schema = buildRoleSchema(catalog, 'admin');

  it("accepts strings where Hasura's column parsers do, but keeps limit strict", () => {
    const relaxed = relaxLiterals(schema, parse('{ author(offset: "1", limit: "2", where: {id: {_eq: "3"}}) { id } }'));
    expect(print(relaxed)).toBe('{\n  author(offset: 1, limit: "2", where: {id: {_eq: 3}}) {\n    id\n  }\n}');
  });

  it('reports the first validation error with the path of the offending node', () => {
    const prepared = prepareOperation(schema, '{ author { id nope } }', null, 15);
    expect(prepared).toEqual({
      ok: false,
      errors: [{ message: "field 'nope' not found in type: 'author'", extensions: { path: '$.selectionSet.author.selectionSet.nope', code: 'validation-failed' } }],
    });
  });

  it('enforces the depth limit', () => {
    const prepared = prepareOperation(schema, '{ author { articles { author { articles { id } } } } }', null, 3);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.errors[0]!.message).toBe('the query exceeds the maximum depth of 3 (depth 5)');
  });

  it('picks the named operation and rejects a missing one', () => {
    const query = 'query a { author { id } } query b { article { id } }';
    expect(prepareOperation(schema, query, 'b', 15).ok).toBe(true);
    expect(prepareOperation(schema, query, null, 15).ok).toBe(false);
    expect(prepareOperation(schema, query, 'c', 15).ok).toBe(false);
  });
});
