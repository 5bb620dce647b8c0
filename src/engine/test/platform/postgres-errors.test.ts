import { describe, expect, it } from 'vitest';
import { pgErrorToGraphQL } from '../../src/graphql/pg-errors.js';
import { dmlError, postgresError } from '../../src/metadata/api/postgres-error.js';

/** One mapping of Postgres errors (Hasura's mkTxErrorHandler), shown by GraphQL and by the data APIs. */
describe('Postgres error mapping', () => {
  const unique = { code: '23505', message: 'duplicate key value violates unique constraint "author_name_key"', detail: 'Key (name)=(A) already exists.', severity: 'ERROR' };
  const raised = { code: 'P0001', message: 'nope', severity: 'ERROR' };
  const statement = { text: 'INSERT INTO author ...', values: ['A'] };

  it('gives GraphQL and DML the same code and message', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [unique, 'constraint-violation', `Uniqueness violation. ${unique.message}`],
      [{ code: '23514', message: 'check "c"' }, 'permission-error', 'Check constraint violation. check "c"'],
      [{ code: '23P01', message: 'x' }, 'constraint-violation', 'Conflicting rows. x'],
      [{ code: '22P02', message: 'invalid input syntax' }, 'data-exception', 'invalid input syntax'],
      [{ code: '22025', message: 'bad escape' }, 'bad-request', 'bad escape'],
      [{ code: '57014', message: 'canceling statement' }, 'timeout', 'the query was cancelled'],
      [{ code: '42P01', message: 'relation "x" does not exist' }, 'unexpected', 'database query error'],
    ];
    for (const [error, code, message] of cases) {
      expect(pgErrorToGraphQL(error, { path: '$.selectionSet.x', isAdmin: false }), String(error.code)).toMatchObject({ message, extensions: { code } });
      expect(dmlError(error, statement.text).toJSON(), String(error.code)).toMatchObject({ error: message, code, path: '$' });
    }
  });

  it('places constraint errors at the field, data errors at the root', () => {
    expect(pgErrorToGraphQL(unique, { path: '$.selectionSet.insert_author.args.objects', isAdmin: false }).extensions).toEqual({
      path: '$.selectionSet.insert_author.args.objects',
      code: 'constraint-violation',
    });
    expect(pgErrorToGraphQL({ code: '22P02', message: 'm' }, { path: '$.selectionSet.x', isAdmin: false }).extensions.path).toBe('$');
  });

  it('attaches the statement to unexpected errors only, and in GraphQL only for admin', () => {
    const internal = {
      arguments: ['A'],
      prepared: true,
      statement: statement.text,
      error: { description: null, exec_status: 'FatalError', hint: null, message: 'nope', status_code: 'P0001' },
    };
    expect(pgErrorToGraphQL(raised, { path: '$', isAdmin: true, statement }).extensions).toEqual({ path: '$', code: 'unexpected', internal });
    expect(pgErrorToGraphQL(raised, { path: '$', isAdmin: false, statement }).extensions).toEqual({ path: '$', code: 'unexpected' });
    expect(pgErrorToGraphQL(unique, { path: '$', isAdmin: true, statement }).extensions).not.toHaveProperty('internal');
    const dml = dmlError(raised, statement.text, statement.values);
    expect(dml.status).toBe(500);
    expect(dml.toJSON()).toEqual({ path: '$', error: 'nope', code: 'unexpected', internal });
    expect(dmlError(unique, statement.text).status).toBe(400);
  });

  it('keeps run_sql on its own postgres-error with the statement', () => {
    expect(postgresError(unique, 'select 1').toJSON()).toEqual({
      path: '$',
      error: 'query execution failed',
      code: 'postgres-error',
      internal: {
        arguments: [],
        prepared: false,
        statement: 'select 1',
        error: { description: unique.detail, exec_status: 'FatalError', hint: null, message: unique.message, status_code: '23505' },
      },
    });
  });
});
