import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { startWebhookServer, type ReceivedRequest, type Reply, type WebhookServer } from '../events/helpers/webhook-server.js';
import { scalar, waitUntil } from '../events/helpers/events-fixture.js';
import { RawClient } from '../realtime/ws-client.js';

/**
 * Actions through the engine against a real handler server: each metadata API operation with
 * Hasura's errors, the schema per role, the payload Hasura documents, outputs with relationships
 * into tables under the role's permissions, handler errors, and the async lifecycle in
 * hdb_catalog.hdb_action_log.
 */
describe('actions', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let handler: WebhookServer;
  let engine: RunningEngine;
  const replies = new Map<string, (request: ReceivedRequest) => Reply>();
  const alice = '7d3c2f8e-1111-4a4a-9b9b-000000000001';
  const bob = '7d3c2f8e-2222-4a4a-9b9b-000000000002';

  const admin = { 'content-type': 'application/json', 'x-hasura-admin-secret': 'secret' };
  async function metadata(type: string, args: unknown) {
    const response = await fetch(engine.url + '/v1/metadata', { method: 'POST', headers: admin, body: JSON.stringify({ type, args }) });
    return { status: response.status, body: (await response.json()) as any };
  }
  async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(engine.url + '/v1/graphql', { method: 'POST', headers: { ...admin, ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as any;
  }
  const as = (role: string, userId?: string): Record<string, string> => ({ 'x-hasura-role': role, ...(userId ? { 'x-hasura-user-id': userId } : {}) });
  const lastTo = (path: string) => [...handler.requests].reverse().find((r) => r.path === path)!;

  const customTypes = {
    scalars: [{ name: 'Email', description: 'an e-mail address' }],
    enums: [{ name: 'Plan', values: [{ value: 'free' }, { value: 'paid', description: 'pays' }] }],
    input_objects: [
      {
        name: 'Profile',
        fields: [
          { name: 'email', type: 'Email!' },
          { name: 'plan', type: 'Plan' },
        ],
      },
    ],
    objects: [
      {
        name: 'SignupOutput',
        fields: [
          { name: 'user_id', type: 'uuid!' },
          { name: 'token', type: 'String!' },
          { name: 'note', type: 'String' },
        ],
        relationships: [
          { name: 'user', type: 'object', remote_table: { schema: 'public', name: 'users' }, field_mapping: { user_id: 'id' } },
          { name: 'notes', type: 'array', remote_table: 'notes', field_mapping: { user_id: 'user_id' } },
        ],
      },
      { name: 'Greeting', fields: [{ name: 'text', type: 'String!' }] },
    ],
  };

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    handler = await startWebhookServer((request) => replies.get(request.path)?.(request) ?? { status: 404, body: '{"message":"no such handler"}' });
    engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
        HASURA_GRAPHQL_ASYNC_ACTIONS_FETCH_INTERVAL: '200',
        ACTION_BASE: handler.url,
        ACTION_SECRET: 's3cret',
      }),
      { logger: silentLogger() },
    );
    await pool.query(`
      CREATE TABLE public.users (id uuid PRIMARY KEY, name text NOT NULL);
      CREATE TABLE public.notes (id serial PRIMARY KEY, user_id uuid NOT NULL REFERENCES public.users(id), body text NOT NULL);
      INSERT INTO public.users VALUES ('${alice}', 'alice'), ('${bob}', 'bob');
      INSERT INTO public.notes (user_id, body) VALUES ('${alice}', 'first'), ('${alice}', 'second'), ('${bob}', 'bobs');`);
    for (const name of ['users', 'notes']) expect((await metadata('pg_track_table', { source: 'default', table: name })).status).toBe(200);
    const own = { id: { _eq: 'X-Hasura-User-Id' } };
    expect((await metadata('pg_create_select_permission', { source: 'default', table: 'users', role: 'user', permission: { columns: ['id', 'name'], filter: own } })).status).toBe(
      200,
    );
    expect(
      (
        await metadata('pg_create_select_permission', {
          source: 'default',
          table: 'notes',
          role: 'user',
          permission: { columns: ['body'], filter: { user_id: { _eq: 'X-Hasura-User-Id' } } },
        })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    await engine?.stop();
    await handler?.close();
    await pool?.end();
    await db?.drop();
  });

  it("creates Hasura's hdb_action_log with its columns and statuses", async () => {
    const columns = await pool.query(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'hdb_catalog' AND table_name = 'hdb_action_log' ORDER BY ordinal_position`,
    );
    expect(columns.rows.map((r) => `${r.column_name} ${r.data_type} ${r.is_nullable}`)).toEqual([
      'id uuid NO',
      'action_name text YES',
      'input_payload jsonb NO',
      'request_headers jsonb NO',
      'session_variables jsonb NO',
      'response_payload jsonb YES',
      'errors jsonb YES',
      'created_at timestamp with time zone NO',
      'response_received_at timestamp with time zone YES',
      'status text NO',
    ]);
    await expect(
      pool.query(`INSERT INTO hdb_catalog.hdb_action_log (input_payload, request_headers, session_variables, status) VALUES ('{}', '{}', '{}', 'bogus')`),
    ).rejects.toThrow(/status_check/);
  });

  it('set_custom_types refuses invalid types with Hasura’s messages', async () => {
    const duplicate = await metadata('set_custom_types', { scalars: [{ name: 'A' }], enums: [{ name: 'A', values: [{ value: 'x' }] }] });
    expect(duplicate).toEqual({
      status: 400,
      body: { path: '$.args', code: 'invalid-configuration', error: 'Inconsistent object: validation for the given custom types failed because duplicate type names: "A"' },
    });
    const missing = await metadata('set_custom_types', { objects: [{ name: 'O', fields: [{ name: 'f', type: 'Nope' }] }] });
    expect(missing.body.error).toBe('Inconsistent object: validation for the given custom types failed because the type "Nope" for field "f" in  object type "O" does not exist');
    const badTable = await metadata('set_custom_types', {
      objects: [{ name: 'O', fields: [{ name: 'f', type: 'Int' }], relationships: [{ name: 'r', type: 'object', remote_table: 'nope', field_mapping: { f: 'id' } }] }],
    });
    expect(badTable.body.error).toBe(
      'Inconsistent object: validation for the given custom types failed because the remote table "nope" for relationship "r" of object type "O" does not exist',
    );
    expect(await metadata('set_custom_types', customTypes)).toEqual({ status: 200, body: { message: 'success' } });
  });

  it('create_action, update_action and the permission operations answer as Hasura does', async () => {
    const definition = {
      kind: 'synchronous',
      type: 'mutation',
      handler: '{{ACTION_BASE}}/signup',
      arguments: [
        { name: 'name', type: 'String!' },
        { name: 'profile', type: 'Profile' },
      ],
      output_type: 'SignupOutput',
      headers: [
        { name: 'x-fixed', value: 'v' },
        { name: 'x-secret', value_from_env: 'ACTION_SECRET' },
      ],
      forward_client_headers: true,
      timeout: 5,
    };
    expect(await metadata('create_action', { name: 'signup', definition, comment: 'sign up' })).toEqual({ status: 200, body: { message: 'success' } });
    expect((await metadata('create_action', { name: 'signup', definition })).body).toEqual({
      path: '$.args',
      code: 'already-exists',
      error: 'action with name "signup" already exists',
    });
    const badArg = await metadata('create_action', { name: 'bad', definition: { ...definition, arguments: [{ name: 'x', type: 'SignupOutput' }] } });
    expect(badArg.body).toEqual({
      path: '$.args',
      code: 'invalid-configuration',
      error: 'Inconsistent object: in action "bad"; the type: "SignupOutput" is not defined in custom types or it is not a scalar/enum/input_object',
    });
    const badOutput = await metadata('create_action', { name: 'bad', definition: { ...definition, output_type: 'Profile' } });
    expect(badOutput.body.error).toBe('Inconsistent object: in action "bad"; the type: "Profile" is not an object type defined in custom types');
    expect((await metadata('update_action', { name: 'nope', definition })).body).toEqual({ path: '$.args', code: 'not-exists', error: 'action with name "nope" does not exist' });
    expect((await metadata('create_action', { name: 'x' })).body).toMatchObject({ code: 'parse-failed', error: 'key "definition" not found' });

    expect((await metadata('create_action_permission', { action: 'signup', role: 'user' })).status).toBe(200);
    expect((await metadata('create_action_permission', { action: 'signup', role: 'user' })).body).toEqual({
      path: '$.args',
      code: 'already-exists',
      error: 'permission for role "user" is already defined on "signup"',
    });
    expect((await metadata('drop_action_permission', { action: 'signup', role: 'guest' })).body).toEqual({
      path: '$.args',
      code: 'not-exists',
      error: 'permission for role: "guest" is not defined on "signup"',
    });
    // A custom type an action uses cannot be taken away under it.
    const breaking = await metadata('set_custom_types', { ...customTypes, objects: customTypes.objects.filter((o) => o.name !== 'SignupOutput') });
    expect(breaking.body).toMatchObject({ code: 'unexpected', error: 'cannot continue due to new inconsistent metadata' });

    const exported = (await metadata('export_metadata', {})).body;
    expect(exported.actions).toEqual([{ name: 'signup', definition, comment: 'sign up', permissions: [{ role: 'user' }] }]);
    expect(exported.custom_types).toEqual(customTypes);
  });

  it('shows an action only to roles with a permission (admin always), with its custom types', async () => {
    const fields = async (headers: Record<string, string>) =>
      ((await graphql('{ __schema { mutationType { fields { name } } } }', {}, headers)).data.__schema.mutationType?.fields ?? []).map((f: { name: string }) => f.name);
    expect(await fields({})).toContain('signup');
    expect(await fields(as('user', alice))).toContain('signup');
    expect(await fields(as('guest'))).not.toContain('signup');
    const type = await graphql('{ __type(name: "SignupOutput") { fields { name type { name kind ofType { name } } } } }', {}, as('user', alice));
    // Introspection lists fields by name, as Hasura's does.
    expect(type.data.__type.fields.map((f: { name: string }) => f.name)).toEqual(['note', 'notes', 'token', 'user', 'user_id']);
    const plan = await graphql('{ __type(name: "Plan") { enumValues { name } } }', {}, as('user', alice));
    expect(plan.data.__type.enumValues.map((v: { name: string }) => v.name)).toEqual(['free', 'paid']);
    const guest = await graphql('mutation { signup(name: "x") { token } }', {}, as('guest'));
    expect(guest.errors[0].extensions.code).toBe('validation-failed');
  });

  it("posts Hasura's payload with the configured and forwarded headers, and shapes the output with relationships under the role's permissions", async () => {
    replies.set('/signup', () => ({ status: 200, body: JSON.stringify({ user_id: alice, token: 't0k3n', note: null }) }));
    const query = `mutation Signup($name: String!, $profile: Profile) {
      signup(name: $name, profile: $profile) { __typename token me: user { name } notes(order_by: {body: desc}) { body } user_id note }
    }`;
    const result = await graphql(
      query,
      { name: 'alice', profile: { email: 'a@x.io', plan: 'paid' } },
      { ...as('user', alice), 'x-client-trace': 'abc', 'x-secret': 'from-client' },
    );
    expect(result).toEqual({
      data: { signup: { __typename: 'SignupOutput', token: 't0k3n', me: { name: 'alice' }, notes: [{ body: 'second' }, { body: 'first' }], user_id: alice, note: null } },
    });
    const request = lastTo('/signup');
    expect(request.body).toEqual({
      action: { name: 'signup' },
      input: { name: 'alice', profile: { email: 'a@x.io', plan: 'paid' } },
      session_variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': alice },
      request_query: query,
    });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-fixed']).toBe('v');
    // Configured headers win over the client's; session variables and the admin secret are never forwarded.
    expect(request.headers['x-secret']).toBe('s3cret');
    expect(request.headers['x-client-trace']).toBe('abc');
    expect(request.headers['x-hasura-user-id']).toBeUndefined();
    expect(request.headers['x-hasura-admin-secret']).toBeUndefined();

    // Bob's session cannot see Alice's row through the relationship.
    const asBob = await graphql('mutation { signup(name: "b") { user { name } notes { body } } }', {}, as('user', bob));
    expect(asBob.data.signup).toEqual({ user: null, notes: [] });
  });

  it("turns the handler's errors into GraphQL errors as Hasura does", async () => {
    const run = async (reply: Reply) => {
      replies.set('/signup', () => reply);
      return graphql('mutation { signup(name: "x") { token } }', {}, as('user', alice));
    };
    expect(await run({ status: 400, body: JSON.stringify({ message: 'name taken', extensions: { code: 'username-taken', field: 'name' } }) })).toEqual({
      errors: [{ message: 'name taken', extensions: { code: 'username-taken', field: 'name' } }],
    });
    expect(await run({ status: 401, body: JSON.stringify({ message: 'nope' }) })).toEqual({ errors: [{ message: 'nope', extensions: { path: '$', code: 'unexpected' } }] });
    expect(await run({ status: 422, body: JSON.stringify({ message: 'coded', code: 'my-code' }) })).toEqual({
      errors: [{ message: 'coded', extensions: { path: '$', code: 'my-code' } }],
    });
    // Fields beyond the output type are ignored, as in Hasura v2; an answer that is no object is refused.
    expect(await run({ status: 200, body: JSON.stringify({ user_id: alice, token: 't', extra: 1 }) })).toEqual({ data: { signup: { token: 't' } } });
    expect((await run({ status: 200, body: '"some-string"' })).errors[0]).toMatchObject({
      message: 'expecting object or array of objects for action webhook response',
      extensions: { path: '$', code: 'parse-failed' },
    });
    expect((await run({ status: 200, body: JSON.stringify({ user_id: alice }) })).errors[0].message).toBe('field "token" expected in webhook response, but not found');
    expect((await run({ status: 200, body: JSON.stringify({ user_id: alice, token: null }) })).errors[0].message).toBe('expecting not null value for field "token"');
    expect((await run({ status: 200, body: JSON.stringify([{ user_id: alice, token: 't' }]) })).errors[0].message).toBe(
      'expecting object for action webhook response but got array',
    );
    expect((await run({ status: 200, body: 'not json' })).errors[0]).toMatchObject({ message: 'not a valid json response from webhook', extensions: { code: 'unexpected' } });
    expect((await run({ status: 503, body: '{}' })).errors[0]).toMatchObject({ message: 'internal error', extensions: { code: 'unexpected' } });
    // Internal detail only for admin.
    const asAdmin = await graphql('mutation { signup(name: "x") { token } }');
    expect(asAdmin.errors[0].extensions.internal).toMatchObject({
      error: 'expecting 2xx or 4xx status code, but found 503',
      request: {
        url: `${handler.url}/signup`,
        body: { action: { name: 'signup' }, input: { name: 'x' } },
        headers: [
          { name: 'x-fixed', value: 'v' },
          { name: 'x-secret', value_from_env: 'ACTION_SECRET' },
        ],
      },
      response: { status: 503, body: {} },
    });
    expect((await run({ delayMs: 6_000 })).errors[0]).toMatchObject({ message: 'http exception when calling webhook', extensions: { code: 'unexpected' } });
  }, 20_000);

  it('serves query actions on the query root, with list outputs', async () => {
    const definition = { kind: 'synchronous', type: 'query', handler: '{{ACTION_BASE}}/greet', arguments: [{ name: 'who', type: 'String' }], output_type: '[Greeting!]!' };
    expect((await metadata('create_action', { name: 'greetings', definition })).status).toBe(200);
    replies.set('/greet', (r) => ({ status: 200, body: JSON.stringify([{ text: `hi ${r.body.input.who}` }, { text: 'bye' }]) }));
    expect(await graphql('query { greetings(who: "you") { text } }')).toEqual({ data: { greetings: [{ text: 'hi you' }, { text: 'bye' }] } });
    expect((await graphql('query { greetings { text } }', {}, as('user', alice))).errors[0].extensions.code).toBe('validation-failed');
    expect((await metadata('update_action', { name: 'greetings', definition: { ...definition, handler: '{{ACTION_BASE}}/greet2' } })).status).toBe(200);
    replies.set('/greet2', () => ({ status: 200, body: '[]' }));
    expect(await graphql('query { greetings { text } }')).toEqual({ data: { greetings: [] } });
    expect((await metadata('drop_action', { name: 'greetings' })).status).toBe(200);
    expect((await graphql('query { greetings { text } }')).errors[0].extensions.code).toBe('validation-failed');
    expect((await metadata('drop_action', { name: 'greetings' })).body).toMatchObject({ code: 'not-exists', error: 'action with name "greetings" does not exist' });
  });

  it('runs async actions from hdb_action_log: the id at once, the result for the session that asked, errors kept', async () => {
    const definition = { kind: 'asynchronous', handler: '{{ACTION_BASE}}/later', arguments: [{ name: 'name', type: 'String!' }], output_type: 'SignupOutput' };
    expect((await metadata('create_action', { name: 'signupLater', definition })).status).toBe(200);
    expect((await metadata('create_action_permission', { action: 'signupLater', role: 'user' })).status).toBe(200);
    replies.set('/later', (r) =>
      r.body.input.name === 'fail'
        ? { status: 400, body: JSON.stringify({ message: 'cannot', code: 'nope' }) }
        : { status: 200, body: JSON.stringify({ user_id: alice, token: `tok-${r.body.input.name}` }) },
    );
    const started = await graphql('mutation { signupLater(name: "al") }', {}, { ...as('user', alice), authorization: 'Bearer abc' });
    const id = started.data.signupLater as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await pool.query(`SELECT action_name, input_payload, session_variables, request_headers, status FROM hdb_catalog.hdb_action_log WHERE id = $1`, [id]);
    expect(row.rows[0]).toMatchObject({ action_name: 'signupLater', input_payload: { name: 'al' }, session_variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': alice } });
    expect(row.rows[0].request_headers.authorization).toBe('Bearer abc');
    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_action_log WHERE id = $1`, [id])) === 'completed', 'the async action completed', 10_000);
    expect(lastTo('/later').body).toEqual({ action: { name: 'signupLater' }, input: { name: 'al' }, session_variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': alice } });

    const read = `query ($id: uuid!) { signupLater(id: $id) { __typename id created_at errors output { token user { name } } } }`;
    const mine = await graphql(read, { id }, as('user', alice));
    expect(mine.data.signupLater).toMatchObject({ __typename: 'signupLater', id, errors: null, output: { token: 'tok-al', user: { name: 'alice' } } });
    expect(mine.data.signupLater.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await graphql(read, { id }, as('user', bob))).data.signupLater).toBeNull();
    expect((await graphql(read, { id })).data.signupLater.output.token).toBe('tok-al');

    // The subscription answers at once with the entry, and again when the result is written.
    replies.set('/later', (r) => ({ status: 200, delayMs: 300, body: JSON.stringify({ user_id: alice, token: `tok-${r.body.input.name}` }) }));
    const socket = new RawClient(engine.url.replace('http', 'ws') + '/v1/graphql', 'graphql-transport-ws');
    socket.send({ type: 'connection_init', payload: { headers: { ...admin, ...as('user', alice) } } });
    expect((await socket.next()).type).toBe('connection_ack');
    const watched = (await graphql('mutation { signupLater(name: "live") }', {}, as('user', alice))).data.signupLater;
    socket.send({ id: '1', type: 'subscribe', payload: { query: 'subscription ($id: uuid!) { signupLater(id: $id) { id output { token } } }', variables: { id: watched } } });
    const outputs: unknown[] = [];
    for (;;) {
      const frame = await socket.next();
      expect(frame.type).toBe('next');
      const entry = (frame.payload as { data: { signupLater: { output: { token: string } | null } } }).data.signupLater;
      outputs.push(entry.output);
      if (entry.output) break;
    }
    expect(outputs.at(-1)).toEqual({ token: 'tok-live' });
    socket.close();
    replies.set('/later', (r) =>
      r.body.input.name === 'fail'
        ? { status: 400, body: JSON.stringify({ message: 'cannot', code: 'nope' }) }
        : { status: 200, body: JSON.stringify({ user_id: alice, token: `tok-${r.body.input.name}` }) },
    );

    const failed = (await graphql('mutation { signupLater(name: "fail") }', {}, as('user', alice))).data.signupLater;
    await waitUntil(async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_action_log WHERE id = $1`, [failed])) === 'error', 'the async action failed', 10_000);
    const failedRead = await graphql(read, { id: failed }, as('user', alice));
    expect(failedRead.data.signupLater).toMatchObject({ output: null, errors: { path: '$', error: 'cannot', code: 'nope' } });

    // drop_action clears the action's log unless asked to keep it.
    expect((await metadata('drop_action', { name: 'signupLater' })).status).toBe(200);
    expect(Number(await scalar(pool, `SELECT count(*) FROM hdb_catalog.hdb_action_log WHERE action_name = 'signupLater'`))).toBe(0);
  });
  it('delivers an entry again when the delivery holding it died (at least once), and two engines deliver each entry once', async () => {
    const definition = { kind: 'asynchronous', handler: '{{ACTION_BASE}}/twice', arguments: [{ name: 'name', type: 'String!' }], output_type: 'SignupOutput', timeout: 5 };
    expect((await metadata('create_action', { name: 'twice', definition })).status).toBe(200);
    let hangOnce = true;
    replies.set('/twice', (r) => {
      if (r.body.input.name === 'crash' && hangOnce) {
        hangOnce = false;
        return { hang: true };
      }
      return { status: 200, body: JSON.stringify({ user_id: alice, token: r.body.input.name }) };
    });
    const crashed = (await graphql('mutation { twice(name: "crash") }')).data.twice as string;
    await handler.waitFor((rs) => rs.some((r) => r.path === '/twice'), 10_000);
    // The delivery's connection dies mid-call (as when its engine is killed): its transaction rolls back.
    // It is the one transaction that changed a row (has an xid); empty claims pass through without.
    const holders = await pool.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND backend_xid IS NOT NULL AND query ILIKE '%hdb_action_log%'`,
    );
    expect(holders.rows).toHaveLength(1);
    await pool.query('SELECT pg_terminate_backend($1)', [holders.rows[0].pid]);
    await waitUntil(
      async () => (await scalar(pool, `SELECT status FROM hdb_catalog.hdb_action_log WHERE id = $1`, [crashed])) === 'completed',
      'the entry delivered again',
      15_000,
    );
    expect(handler.requests.filter((r) => r.path === '/twice' && r.body.input.name === 'crash')).toHaveLength(2);

    const second = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
        HASURA_GRAPHQL_ASYNC_ACTIONS_FETCH_INTERVAL: '200',
        ACTION_BASE: handler.url,
        ACTION_SECRET: 's3cret',
      }),
      { logger: silentLogger() },
    );
    try {
      const names = Array.from({ length: 30 }, (_, i) => `n${i}`);
      const ids: string[] = [];
      for (const name of names) ids.push((await graphql(`mutation { twice(name: "${name}") }`)).data.twice);
      await waitUntil(
        async () => Number(await scalar(pool, `SELECT count(*) FROM hdb_catalog.hdb_action_log WHERE id = ANY($1::uuid[]) AND status = 'completed'`, [ids])) === ids.length,
        'every entry delivered',
        20_000,
      );
      for (const name of names)
        expect(
          handler.requests.filter((r) => r.path === '/twice' && r.body.input.name === name),
          name,
        ).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 60_000);
  it('lists an action that does not resolve in get_inconsistent_metadata, and leaves it out of the schema', async () => {
    const exported = (await metadata('export_metadata', {})).body;
    const broken = { name: 'broken', definition: { kind: 'synchronous', handler: 'http://x', arguments: [], output_type: 'Nope', type: 'mutation' } };
    const replaced = await metadata('replace_metadata', { allow_inconsistent_metadata: true, metadata: { ...exported, actions: [...(exported.actions ?? []), broken] } });
    expect(replaced.status).toBe(200);
    const report = (await metadata('get_inconsistent_metadata', {})).body;
    expect(report.is_consistent).toBe(false);
    expect(report.inconsistent_objects).toContainEqual({
      definition: broken,
      name: 'action broken',
      reason: 'Inconsistent object: in action "broken"; the type: "Nope" is not an object type defined in custom types',
      type: 'action',
    });
    const fields = (await graphql('{ __schema { mutationType { fields { name } } } }')).data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('signup');
    expect(fields).not.toContain('broken');
  });
});
