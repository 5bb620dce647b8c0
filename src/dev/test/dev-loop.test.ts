import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';
import { loadMetadataDirectory } from '../src/metadata/load-directory.js';
import { metadataApi } from '../src/metadata/metadata-api.js';
import { startTestStack, type TestStack } from '../src/testing/test-stack.js';

/**
 * The developer's loop against a running `npm start` (engine and functions): saves under
 * the functions' sources and the metadata directory are picked up while it runs. The stack
 * runs on copies of src/backend/src and hasura/metadata, which the tests edit; the real
 * ones are never touched. Nothing here measures time: every wait polls with a generous limit.
 */
const ADMIN_SECRET = 'dev-loop-admin-secret';
const WEBHOOK_SECRET = 'dev-loop-webhook-secret';
const ALICE = '00000000-0000-4000-8000-00000000a11c';

let stack: TestStack;
let sql: pg.Pool;
let metadataDir: string;
let functionsDir: string;
let scratch: string;
const lines: string[] = [];

const env = () => ({
  ...process.env,
  BOOTSTRAP_SKIP_INSTALL: '1',
  DATABASE_URL: '',
  DEV_DATA_DIR: stack.dataDir,
  DEV_METADATA_DIR: metadataDir,
  DEV_FUNCTIONS_DIR: functionsDir,
  POSTGRES_PORT: String(stack.ports.postgres),
  PGBOUNCER_PORT: String(stack.ports.pgbouncer),
  HASURA_GRAPHQL_SERVER_PORT: String(stack.ports.engine),
  FUNCTIONS_PORT: String(stack.ports.functions),
  HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
  EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
});

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dev-loop-'));
  metadataDir = join(scratch, 'metadata');
  cpSync(join(repoRoot, 'hasura', 'metadata'), metadataDir, { recursive: true });
  // Inside the repository, so the copy resolves its packages from the repository's node_modules.
  functionsDir = mkdtempSync(join(repoRoot, '.data', 'dev-loop-functions-'));
  cpSync(join(repoRoot, 'src', 'backend', 'src'), functionsDir, { recursive: true });
  stack = await startTestStack({
    parts: 'engine,functions',
    env: { DEV_METADATA_DIR: metadataDir, DEV_FUNCTIONS_DIR: functionsDir, HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET, EVENT_WEBHOOK_SECRET: WEBHOOK_SECRET },
    onLine: (line) => lines.push(line),
  });
  sql = new pg.Pool({ connectionString: stack.databaseUrl, max: 3 });
}, 240_000);

afterAll(async () => {
  await sql?.end();
  await stack?.stop();
  if (functionsDir) rmSync(functionsDir, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the stack said:\n${lines.slice(-40).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const lineMatching = (pattern: RegExp, from = 0) => until(`a line matching ${pattern}`, () => lines.slice(from).find((l) => pattern.test(l)));

/** A save the way editors that write a new file and rename it over the old one do it. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp-save`, text);
  renameSync(`${file}.tmp-save`, file);
}

function editFile(file: string, edit: (text: string) => string, how: 'in place' | 'rename' = 'in place'): void {
  const next = edit(readFileSync(file, 'utf8'));
  if (how === 'rename') saveByRename(file, next);
  else writeFileSync(file, next);
}

async function graphql(query: string, role?: string): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }> {
  const response = await fetch(`http://127.0.0.1:${stack.ports.engine}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET, ...(role ? { 'x-hasura-role': role } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

/** An order with no lines: validate-order rejects it, with a reason the test can change. */
async function placeEmptyOrder(): Promise<string> {
  const id = randomUUID();
  await sql.query(`INSERT INTO orders (id, customer_id, restaurant_id, delivery_address) SELECT $1, $2, min(id), '1 Loop Street' FROM restaurants WHERE is_open`, [id, ALICE]);
  return id;
}

const engine = () => ({ url: `http://127.0.0.1:${stack.ports.engine}`, adminSecret: ADMIN_SECRET });
const restaurantsFile = () => join(metadataDir, 'databases', 'default', 'tables', 'public_restaurants.yaml');

function runCommand(entry: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'dev', 'src', 'commands', entry), ...args], { cwd: repoRoot, env: env() });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('functions reload on save', () => {
  it('a changed handler answers differently after the reload, and every event sent meanwhile is still delivered', { timeout: 240_000 }, async () => {
    const before = await placeEmptyOrder();
    const oldReason = await until('the first order to be rejected', async () => {
      const { rows } = await sql.query<{ status: string; rejection_reason: string }>('SELECT status, rejection_reason FROM orders WHERE id = $1', [before]);
      return rows[0]!.status === 'rejected' ? rows[0]!.rejection_reason : undefined;
    });
    expect(oldReason).toBe('The order has no items.');

    const mark = lines.length;
    editFile(join(functionsDir, 'validate-order', 'validate.ts'), (text) => text.replace("'The order has no items.'", "'The order has no items (reloaded).'"), 'rename');
    // Orders placed while the functions restart: their deliveries fail to connect and are retried.
    const during: string[] = [];
    for (let i = 0; i < 4; i++) {
      during.push(await placeEmptyOrder());
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const reloaded = await lineMatching(/reload\s*\| functions reloaded in \d+\.\d s \(validate-order\/validate\.ts\)/, mark);
    expect(lines.slice(mark).filter((l) => /functions reloaded in/.test(l))).toEqual([reloaded]);
    const after = await placeEmptyOrder();

    const reasons = await until(
      'every order to be rejected',
      async () => {
        const { rows } = await sql.query<{ id: string; status: string; rejection_reason: string | null }>('SELECT id, status, rejection_reason FROM orders WHERE id = ANY($1)', [
          [...during, after],
        ]);
        return rows.length === during.length + 1 && rows.every((r) => r.status === 'rejected') ? new Map(rows.map((r) => [r.id, r.rejection_reason])) : undefined;
      },
      150_000,
    );
    expect(reasons.get(after)).toBe('The order has no items (reloaded).');
    for (const id of during) expect(['The order has no items.', 'The order has no items (reloaded).']).toContain(reasons.get(id));
    // Every event of those orders was delivered (the engine records it right after the answer), none given up on.
    const events = await until('every event to be marked delivered', async () => {
      const { rows } = await sql.query<{ delivered: boolean; error: boolean }>(
        `SELECT delivered, error FROM hdb_catalog.event_log WHERE trigger_name = 'validate-order' AND (payload->'data'->'new'->>'id') = ANY($1)`,
        [[...during, after]],
      );
      return rows.length === during.length + 1 && rows.every((r) => r.delivered) ? rows : undefined;
    });
    expect(events.filter((e) => e.error)).toEqual([]);
  });
});

describe('metadata reloads on save', () => {
  it('a new comment and a new permission are served through GraphQL', { timeout: 120_000 }, async () => {
    editFile(restaurantsFile(), (text) => text.replace(/^table:/m, 'configuration:\n  column_config:\n    name:\n      comment: Shown after a save\ntable:'));
    const description = await until('the comment in the schema', async () => {
      const { data } = await graphql('{ __type(name: "restaurants") { fields { name description } } }');
      const fields = (data?.__type as { fields: Array<{ name: string; description: string | null }> } | undefined)?.fields ?? [];
      return fields.find((f) => f.name === 'name' && f.description === 'Shown after a save')?.description ?? undefined;
    });
    expect(description).toBe('Shown after a save');
    expect((await graphql('{ restaurants { name } }', 'reviewer')).errors).toBeDefined();

    const mark = lines.length;
    editFile(
      restaurantsFile(),
      (text) => text.replace(/^select_permissions:\n/m, 'select_permissions:\n  - role: reviewer\n    permission:\n      columns: [id, name]\n      filter: {}\n'),
      'rename',
    );
    const answer = await until('the reviewer role to read restaurants', async () => {
      const result = await graphql('{ restaurants(limit: 1) { name } }', 'reviewer');
      return result.data ? result : undefined;
    });
    expect((answer.data!.restaurants as unknown[]).length).toBe(1);
    expect(await lineMatching(/reload\s*\| metadata applied in \d+\.\d s \(databases\/default\/tables\/public_restaurants\.yaml\)/, mark)).toBeTruthy();
  });

  it('a broken file is reported with its file and object while the previous metadata keeps serving', { timeout: 120_000 }, async () => {
    const mark = lines.length;
    editFile(restaurantsFile(), (text) => text.replace('columns: [id, name]\n      filter: {}', 'columns: [id, name, no_such_column]\n      filter: {}'));
    await lineMatching(/metadata in .* not applied; the engine keeps serving the previous metadata/, mark);
    const line = await lineMatching(/public_restaurants\.yaml: permission restaurants\.reviewer\.select.*no_such_column/, mark);
    expect(line).toContain('does not exist');
    expect(await lineMatching(/get_inconsistent_metadata: \{"is_consistent":false,"inconsistent_objects":\[/, mark)).toContain('no_such_column');
    // The engine still serves what it had: the reviewer's permission without the broken column.
    expect((await graphql('{ restaurants(limit: 1) { name } }', 'reviewer')).data).toBeDefined();
    const consistent = await metadataApi(engine(), { type: 'get_inconsistent_metadata', args: {} });
    expect(consistent.body).toMatchObject({ is_consistent: true });

    const syntax = lines.length;
    writeFileSync(join(metadataDir, 'version.yaml'), 'version: [\n');
    expect(await lineMatching(/version\.yaml: /, syntax)).toMatch(/version\.yaml: .+/);
    expect((await graphql('{ restaurants(limit: 1) { name } }', 'reviewer')).data).toBeDefined();

    // Fixed again: the next save applies.
    const fixed = lines.length;
    writeFileSync(join(metadataDir, 'version.yaml'), 'version: 3\n');
    editFile(restaurantsFile(), (text) => text.replace('columns: [id, name, no_such_column]', 'columns: [id, name]'));
    await lineMatching(/metadata applied in/, fixed);
  });
});

describe('npm run metadata:export', () => {
  it('writes what the engine serves in the CLI layout, and loading it back gives the same metadata', { timeout: 120_000 }, async () => {
    const exported = await metadataApi(engine(), { type: 'export_metadata', args: {} });
    expect(exported.status).toBe(200);
    const target = join(scratch, 'exported');
    const { code, output } = await runCommand('metadata-export.ts', ['--dir', target]);
    expect(output).toMatch(/written/);
    expect(code).toBe(0);
    for (const file of ['version.yaml', 'databases/databases.yaml', 'databases/default/tables/tables.yaml', 'databases/default/tables/public_orders.yaml', 'actions.yaml']) {
      expect(() => readFileSync(join(target, file))).not.toThrow();
    }
    // Actions the CLI's way: arguments and types as SDL in actions.graphql, handlers in actions.yaml.
    for (const action of (exported.body as { actions?: Array<{ name: string }> }).actions ?? []) {
      expect(readFileSync(join(target, 'actions.graphql'), 'utf8')).toMatch(new RegExp(`^\\s*${action.name}[(:]`, 'm'));
    }
    // Read back by the CLI's rules: the same sources, and every other key the same or, where
    // the export left it out as empty, the empty file the CLI writes for it.
    const loaded = await loadMetadataDirectory(target);
    const body = exported.body as Record<string, unknown>;
    expect(loaded.sources).toStrictEqual(body.sources);
    for (const key of new Set([...Object.keys(loaded), ...Object.keys(body)])) {
      if (key in body) expect(loaded[key]).toStrictEqual(body[key]);
      else expect([[], {}]).toContainEqual(loaded[key]);
    }
    // And applied as `hasura metadata apply` would, the engine exports exactly what it exported before.
    const applied = await metadataApi(engine(), { type: 'replace_metadata', version: 2, args: { metadata: loaded, allow_inconsistent_metadata: false } });
    expect(applied.status).toBe(200);
    expect((await metadataApi(engine(), { type: 'export_metadata', args: {} })).body).toStrictEqual(body);

    // Export over the watched directory: nothing changed, so nothing is rewritten.
    const again = await runCommand('metadata-export.ts', []);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/: 0 written, \d+ unchanged, 0 removed/);
  });
});

describe('npm run invoke', () => {
  it('runs each function locally (event triggers, actions, scheduled events) with the payload the engine would send', { timeout: 240_000 }, async () => {
    const order = randomUUID();
    const client = await sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO orders (id, customer_id, restaurant_id, delivery_address) VALUES ($1, $2, 1, '2 Invoke Road')`, [order, ALICE]);
      await client.query(`INSERT INTO order_items (order_id, menu_item_id, quantity) SELECT $1, min(id), 1 FROM menu_items WHERE restaurant_id = 1 AND is_available`, [order]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await until('the order to be validated', async () => {
      const { rows } = await sql.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [order]);
      return rows[0]!.status !== 'placed' ? rows[0]!.status : undefined;
    });
    await sql.query(`INSERT INTO payments (order_id, payment_token, card_last4) VALUES ($1, 'tok_devloop', '4242')`, [order]);

    const shown = await runCommand('invoke.ts', ['validate-order', '--order', order, '--print-event']);
    expect(shown.output).toMatch(/^event: \{"event":\{"session_variables":\{"x-hasura-role":"admin"\},"op":"MANUAL","data":\{"old":null,"new":\{"id":"/m);
    expect(shown.output).toMatch(/"trigger":\{"name":"validate-order"\},"table":\{"schema":"public","name":"orders"\}\}$/m);
    expect(shown.output).toContain('validate-order answered 200');
    expect(shown.code).toBe(0);

    for (const [fn, args] of [
      ['payment', ['--order', order]],
      ['restaurant-approval', ['--order', order]],
      ['agent-assignment', ['--order', order]],
      ['agent-available', ['--id', '1']],
      // Scheduled: a cron trigger with its payload from the metadata.
      ['order-sweeper', []],
    ] as const) {
      const { code, output } = await runCommand('invoke.ts', [fn, ...args]);
      expect(output).toContain(`${fn} answered 200`);
      expect(code).toBe(0);
    }
    // One-off scheduled events with the order's payload: before the deadline they ask to be
    // delivered later (503 + Retry-After), which is the function's own answer.
    for (const fn of ['payment-timeout', 'kitchen-timeout']) {
      const { code, output } = await runCommand('invoke.ts', [fn, '--order', order]);
      const status = Number(new RegExp(`${fn} answered (\\d{3})`).exec(output)?.[1]);
      expect([200, 503]).toContain(status);
      if (status === 503) expect(output).toContain('"error": "retry-later"');
      expect(code).toBe(status === 200 ? 0 : 1);
    }

    // The auth function through its Actions, with the payload the engine sends an action handler.
    const login = await runCommand('invoke.ts', ['login', '--input', JSON.stringify({ username: 'alice', password: 'password123' })]);
    expect(login.output).toContain('login answered 200');
    expect(login.output).toMatch(/"token": "ey/);
    expect(login.code).toBe(0);
    const wrong = await runCommand('invoke.ts', ['login', '--input', JSON.stringify({ username: 'alice', password: 'not-the-password' })]);
    expect(wrong.output).toMatch(/login answered 4\d\d/);
    expect(wrong.code).toBe(1);

    const eventFile = join(scratch, 'event.json');
    writeFileSync(eventFile, shown.output.split('\n')[0]!.replace(/^event: /, ''));
    const fromFile = await runCommand('invoke.ts', ['validate-order', '--event', eventFile]);
    expect(fromFile.output).toContain('validate-order answered 200');

    const unknown = await runCommand('invoke.ts', ['no-such-function', '--order', order]);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('no-such-function is not an event trigger, an action, a cron trigger or a function folder');
  });
});

describe('npm run migration:new', () => {
  it('writes the migration for an edit of schema.sql in the CLI layout and applies it to the running database', { timeout: 180_000 }, async () => {
    const schemaFile = join(scratch, 'schema.sql');
    const migrations = join(scratch, 'migrations');
    cpSync(join(repoRoot, 'hasura', 'migrations', 'default'), migrations, { recursive: true });
    const before = readdirSync(migrations);
    writeFileSync(schemaFile, readFileSync(join(repoRoot, 'schema.sql'), 'utf8').replace(/(CREATE TABLE restaurants \([^;]*?)(\n\);)/, '$1,\n  notes text$2'));
    expect(readFileSync(schemaFile, 'utf8')).toContain('  notes text\n);');

    const { code, output } = await runCommand('migration-new.ts', ['add restaurant notes', '--schema', schemaFile, '--migrations', migrations]);
    expect(output).toContain('applied to the running database, which now matches schema.sql');
    expect(output).toContain('the engine reloaded its metadata');
    expect(code).toBe(0);
    const added = readdirSync(migrations).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{13}_add_restaurant_notes$/);
    expect(readFileSync(join(migrations, added[0]!, 'up.sql'), 'utf8')).toContain('ALTER TABLE restaurants ADD COLUMN notes text;');
    expect(readFileSync(join(migrations, added[0]!, 'down.sql'), 'utf8')).toContain('ALTER TABLE restaurants DROP COLUMN notes;');

    await sql.query('UPDATE restaurants SET notes = $1 WHERE id = 1', ['Closed on Mondays']);
    const answer = await graphql('{ restaurants(where: {id: {_eq: 1}}) { notes } }');
    expect(answer.data).toEqual({ restaurants: [{ notes: 'Closed on Mondays' }] });

    const again = await runCommand('migration-new.ts', ['nothing', '--schema', schemaFile, '--migrations', migrations]);
    expect(again.output).toContain('no migration to write');
    expect(readdirSync(migrations)).toHaveLength(before.length + 1);
  });
});
