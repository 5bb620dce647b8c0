import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOnEmptyDatabase, type EngineOnEmptyDatabase } from './engine-on-empty-database.js';

/**
 * A mutation's transaction opens with the session in `hasura.user` in the same round trip as
 * its BEGIN (run.ts, beginWithSession): the session's JSON is written into that text between
 * dollar quotes. Whatever a session value holds, triggers and defaults read exactly the session.
 */
const SECRET = 'mutation-session-admin-secret';
let t: EngineOnEmptyDatabase;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => t.post(path, body, headers);

beforeAll(async () => {
  t = await engineOnEmptyDatabase(SECRET);
  const setup = await post('/v2/query', {
    type: 'run_sql',
    args: { sql: `create table visit (id serial primary key, note text, who text not null default current_setting('hasura.user'));` },
  });
  expect(setup.status).toBe(200);
  const bulk = await post('/v1/metadata', {
    type: 'bulk',
    args: [
      { type: 'pg_track_table', args: { table: 'visit' } },
      { type: 'pg_create_insert_permission', args: { table: 'visit', role: 'guest', permission: { columns: ['note'], check: {} } } },
      { type: 'pg_create_select_permission', args: { table: 'visit', role: 'guest', permission: { columns: ['id', 'note', 'who'], filter: {} } } },
    ],
  });
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
});

afterAll(async () => {
  await t?.stop();
});

describe("a mutation's session in hasura.user", () => {
  it('is exactly the session, whatever quotes and dollar signs its values hold', async () => {
    const hostile = ['$s$, true); DROP TABLE visit; --', "'); DROP TABLE visit; --", '$s1$ $s$ $$ \\ " \u00e9', 'tab\there'];
    for (const value of hostile) {
      const r = await post('/v1/graphql', { query: 'mutation { insert_visit_one(object: { note: "x" }) { who } }' }, { 'x-hasura-role': 'guest', 'x-hasura-note': value });
      expect(r.body.errors, JSON.stringify(r.body)).toBeUndefined();
      expect(JSON.parse(r.body.data.insert_visit_one.who)).toEqual({ 'x-hasura-role': 'guest', 'x-hasura-note': value });
    }
    const count = await post('/v1/graphql', { query: '{ visit_aggregate { aggregate { count } } }' });
    expect(count.body.data.visit_aggregate.aggregate.count).toBe(hostile.length);
  });

  it('ends with the transaction: the next statement on the connection sees none', async () => {
    const r = await post('/v2/query', { type: 'run_sql', args: { sql: "select coalesce(current_setting('hasura.user', true), '')" } });
    expect(r.body.result[1]).toEqual(['']);
  });
});
