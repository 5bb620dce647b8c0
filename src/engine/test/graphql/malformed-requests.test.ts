import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { adminSession, type Session } from '../../src/auth/session.js';
import { configFromEnv } from '../../src/config.js';
import { HasuraGraphQLService } from '../../src/graphql/service.js';
import type { GraphQLRequest } from '../../src/graphql/types.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';

/** Bad input gets an error in Hasura's format, never an exception, and no SQL for non-admin roles. */
const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const user: Session = { role: 'user', variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': '1' }, isAdmin: false };

describe('malformed requests', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let service: HasuraGraphQLService;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on('error', () => undefined);
    await pool.query(readFileSync(join(dir, 'setup.sql'), 'utf8'));
    service = new HasuraGraphQLService(pool, configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_MAX_QUERY_DEPTH: '4' }));
    await service.reload(JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as HasuraMetadata);
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const cases: [string, GraphQLRequest, Session, string][] = [
    ['a query that is not a string', { query: 42 as unknown as string }, user, 'parse-failed'],
    ['a syntax error', { query: '{ article { id ' }, user, 'validation-failed'],
    ['an unknown operation name', { query: 'query a { article { id } }', operationName: 'b' }, user, 'validation-failed'],
    ['a variable of the wrong type', { query: 'query ($n: Int) { article(limit: $n) { id } }', variables: { n: 'ten' } }, user, 'validation-failed'],
    ['a required variable left out', { query: 'query ($id: Int!) { article_by_pk(id: $id) { id } }' }, user, 'validation-failed'],
    ['a query deeper than the limit', { query: '{ author { articles { author { articles { id } } } } }' }, adminSession(), 'validation-failed'],
    ['a negative limit in a variable', { query: 'query ($n: Int) { article(limit: $n) { id } }', variables: { n: -1 } }, user, 'validation-failed'],
    ['a malformed JSON path', { query: '{ author { profile(path: "a[") } }' }, adminSession(), 'validation-failed'],
    ['a value Postgres cannot read', { query: '{ article(where: {rating: {_eq: "abc"}}) { id } }' }, user, 'data-exception'],
    ['a mutation for a role without mutations on the table', { query: 'mutation { delete_author(where: {}) { affected_rows } }' }, user, 'validation-failed'],
  ];

  for (const [name, request, session, code] of cases) {
    it(`answers ${name} with ${code}`, async () => {
      const response = await service.execute(request, session);
      expect(response.data).toBeUndefined();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions.code).toBe(code);
      if (session.role !== 'admin') expect(response.errors![0]!.extensions.internal).toBeUndefined();
    });
  }

  it('keeps serving after bad requests', async () => {
    expect(await service.execute({ query: '{ article_aggregate { aggregate { count } } }' }, user)).toEqual({
      errors: [{ message: "field 'article_aggregate' not found in type: 'query_root'", extensions: { path: '$.selectionSet.article_aggregate', code: 'validation-failed' } }],
    });
    expect(await service.execute({ query: '{ author(order_by: {id: asc}, limit: 1) { name } }' }, user)).toEqual({ data: { author: [{ name: 'Ada' }] } });
  });
});
