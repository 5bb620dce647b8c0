import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';

/**
 * Inherited roles against a running engine: select is the union of the parents' permissions with
 * each column shown only in rows a parent that may see it admits; aggregations if any parent
 * allows them; the largest limit; mutations only where the parents agree; cycles refused.
 */
const SECRET = 'inherited-roles-admin-secret';
let db: TestDatabase;
let engine: RunningEngine;

async function post(path: string, body: unknown, headers: Record<string, string> = { 'x-hasura-admin-secret': SECRET }): Promise<{ status: number; body: any }> {
  const response = await fetch(engine.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

const metadata = (type: string, args: unknown) => post('/v1/metadata', { type, args });
const gql = (role: string, query: string, vars: Record<string, string> = {}) => post('/v1/graphql', { query }, { 'x-hasura-admin-secret': SECRET, 'x-hasura-role': role, ...vars });

beforeAll(async () => {
  db = await createTestDatabase('empty');
  engine = await startEngine(
    configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1', HASURA_GRAPHQL_SERVER_PORT: '0', HASURA_GRAPHQL_ADMIN_SECRET: SECRET }),
    { logger: silentLogger() },
  );
  const sql = `
    create table staff (id int primary key, name text not null, salary int, notes text, team int not null);
    insert into staff values (1, 'ann', 100, 'n1', 1), (2, 'bob', 200, 'n2', 1), (3, 'cy', 300, 'n3', 2);`;
  expect((await post('/v2/query', { type: 'run_sql', args: { sql } })).status).toBe(200);
  const bulk = await metadata('bulk', [
    { type: 'pg_track_table', args: { table: 'staff' } },
    {
      type: 'pg_create_select_permission',
      args: { table: 'staff', role: 'self', permission: { columns: ['id', 'name', 'salary'], filter: { id: 'X-Hasura-User-Id' }, limit: 1 } },
    },
    {
      type: 'pg_create_select_permission',
      args: { table: 'staff', role: 'lead', permission: { columns: ['id', 'name', 'notes'], filter: { team: 'X-Hasura-Team' }, allow_aggregations: true, limit: 2 } },
    },
    { type: 'pg_create_update_permission', args: { table: 'staff', role: 'self', permission: { columns: ['name'], filter: { id: 'X-Hasura-User-Id' } } } },
    { type: 'pg_create_update_permission', args: { table: 'staff', role: 'lead', permission: { columns: ['notes'], filter: { team: 'X-Hasura-Team' } } } },
    { type: 'pg_create_delete_permission', args: { table: 'staff', role: 'self', permission: { filter: { id: 'X-Hasura-User-Id' } } } },
    { type: 'add_inherited_role', args: { role_name: 'self_lead', role_set: ['self', 'lead'] } },
  ]);
  expect(bulk.status).toBe(200);
});

afterAll(async () => {
  await engine?.stop();
  await db?.drop();
});

const session = { 'x-hasura-user-id': '1', 'x-hasura-team': '1' };

describe('an inherited role', () => {
  it('sees the union of its parents rows, each column null where no parent that may see it admits the row', async () => {
    const r = await gql('self_lead', '{ staff(order_by: {id: asc}) { id name salary notes } }', session);
    expect(r.body).toEqual({
      data: {
        staff: [
          { id: 1, name: 'ann', salary: 100, notes: 'n1' },
          { id: 2, name: 'bob', salary: null, notes: 'n2' },
        ],
      },
    });
  });

  it('types a column not every parent may see as nullable, the others as in the database', async () => {
    const r = await gql('self_lead', '{ __type(name: "staff") { fields { name type { kind } } } }', session);
    const kinds = Object.fromEntries((r.body.data.__type.fields as { name: string; type: { kind: string } }[]).map((f) => [f.name, f.type.kind]));
    expect(kinds).toMatchObject({ id: 'NON_NULL', name: 'NON_NULL', salary: 'SCALAR', notes: 'SCALAR' });
  });

  it('does not see a column no parent may see', async () => {
    const r = await gql('self_lead', '{ staff { team } }', session);
    expect(r.body.errors[0].extensions.code).toBe('validation-failed');
    expect(r.body.errors[0].message).toBe("field 'team' not found in type: 'staff'");
  });

  it('aggregates when any parent allows it, over the values it may see', async () => {
    const r = await gql('self_lead', '{ staff_aggregate { aggregate { count sum { salary } } } }', session);
    expect(r.body).toEqual({ data: { staff_aggregate: { aggregate: { count: 2, sum: { salary: 100 } } } } });
    const denied = await gql('self', '{ staff_aggregate { aggregate { count } } }', session);
    expect(denied.body.errors[0].extensions.code).toBe('validation-failed');
  });

  it('takes the largest limit of its parents', async () => {
    const r = await gql('self_lead', '{ staff { id } }', { 'x-hasura-user-id': '3', 'x-hasura-team': '1' });
    expect(r.body.data.staff).toHaveLength(2);
  });

  it('inherits a mutation one parent has, and loses one the parents disagree on, reported as inconsistent', async () => {
    const deleted = await gql('self_lead', 'mutation { delete_staff(where: {id: {_eq: 2}}) { affected_rows } }', session);
    expect(deleted.body).toEqual({ data: { delete_staff: { affected_rows: 0 } } });
    const update = await gql('self_lead', 'mutation { update_staff(where: {}, _set: {name: "x"}) { affected_rows } }', session);
    expect(update.body.errors[0].message).toBe("field 'update_staff' not found in type: 'mutation_root'");
    const report = await metadata('get_inconsistent_metadata', {});
    expect(report.body.inconsistent_objects).toEqual([
      {
        name: 'self_lead',
        reason: "Could not inherit permission for the role 'self_lead' for the entity: 'update permission, table: staff, source: 'default''",
        type: 'inherited role permission inconsistency',
        entity: { permission_type: 'update', source: 'default', table: 'staff' },
      },
    ]);
  });

  it('uses its own permission over the inherited one', async () => {
    const own = await metadata('pg_create_update_permission', { table: 'staff', role: 'self_lead', permission: { columns: ['name'], filter: { id: 'X-Hasura-User-Id' } } });
    expect(own.status).toBe(200);
    const update = await gql('self_lead', 'mutation { update_staff(where: {}, _set: {name: "ann2"}) { affected_rows } }', session);
    expect(update.body).toEqual({ data: { update_staff: { affected_rows: 1 } } });
    expect((await metadata('get_inconsistent_metadata', {})).body.is_consistent).toBe(true);
  });

  it('inherits from another inherited role', async () => {
    expect((await metadata('pg_create_select_permission', { table: 'staff', role: 'viewer', permission: { columns: ['team'], filter: {} } })).status).toBe(200);
    expect((await metadata('add_inherited_role', { role_name: 'all_three', role_set: ['self_lead', 'viewer'] })).status).toBe(200);
    // The limit is the largest of the parents' (2); `id` is not the viewer's, so it is null in the row only the viewer admits.
    const r = await gql('all_three', '{ staff(order_by: {id: desc}) { id team salary } }', session);
    expect(r.body).toEqual({
      data: {
        staff: [
          { id: null, team: 2, salary: null },
          { id: 2, team: 1, salary: null },
        ],
      },
    });
  });

  it('may run an action one of its parents may run', async () => {
    expect((await metadata('set_custom_types', { objects: [{ name: 'PingOutput', fields: [{ name: 'ok', type: 'Boolean' }] }] })).status).toBe(200);
    const action = { name: 'ping', definition: { kind: 'synchronous', type: 'mutation', arguments: [], output_type: 'PingOutput', handler: 'http://127.0.0.1:9/ping' } };
    expect((await metadata('create_action', action)).status).toBe(200);
    expect((await metadata('create_action_permission', { action: 'ping', role: 'lead' })).status).toBe(200);
    const fields = async (role: string) =>
      ((await gql(role, '{ __schema { mutationType { fields { name } } } }', session)).body.data.__schema.mutationType?.fields ?? []).map((f: { name: string }) => f.name);
    expect(await fields('self_lead')).toContain('ping');
    expect(await fields('self')).not.toContain('ping');
  });

  it('refuses cycles, unknown parents and itself as a parent with Hasura errors', async () => {
    const cycle = await metadata('add_inherited_role', { role_name: 'self_lead', role_set: ['all_three', 'self'] });
    expect(cycle).toEqual({ status: 400, body: { path: '$.args', code: 'cyclic-dependency', error: 'found cycle(s) in roles: ["self_lead","all_three","self_lead"]' } });
    const unknown = await metadata('add_inherited_role', { role_name: 'ghost_lead', role_set: ['ghost', 'lead'] });
    expect(unknown.body).toMatchObject({
      code: 'not-exists',
      error: 'the following parent role(s) are not found: ghost which are required to construct the inherited role: "ghost_lead"',
    });
    const itself = await metadata('add_inherited_role', { role_name: 'lead2', role_set: ['lead2', 'lead'] });
    expect(itself.body).toMatchObject({ code: 'invalid-params', error: 'an inherited role name cannot be in the role combination' });
  });

  it('refuses metadata whose inherited roles form a cycle in replace_metadata', async () => {
    const exported = (await metadata('export_metadata', {})).body;
    const cycle = [
      { role_name: 'circle_a', role_set: ['circle_b', 'self'] },
      { role_name: 'circle_b', role_set: ['circle_a', 'lead'] },
    ];
    const r = await metadata('replace_metadata', { ...exported, inherited_roles: [...(exported.inherited_roles ?? []), ...cycle] });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'cyclic-dependency', error: 'found cycle(s) in roles: ["circle_a","circle_b","circle_a"]' });
  });

  it('is gone after drop_inherited_role, and dropping it twice is not-exists', async () => {
    expect((await metadata('drop_inherited_role', { role_name: 'all_three' })).status).toBe(200);
    const again = await metadata('drop_inherited_role', { role_name: 'all_three' });
    expect(again.body).toMatchObject({ code: 'not-exists', error: '"all_three" inherited role doesn\'t exist' });
  });
});
