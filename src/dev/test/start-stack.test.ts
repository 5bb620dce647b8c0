import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';
import { stackConfigFromEnv } from '../src/stack/config.js';
import { databaseUrls } from '../src/stack/database-urls.js';
import { planParts } from '../src/stack/parts.js';
import { prefixFor } from '../src/stack/prefixed-lines.js';
import { isAlive, processesMentioning } from './helpers/processes.js';
import { eventually, spawnStack, stackDataDir, stackEnv } from './helpers/stack-process.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    // Nothing should be left; if a test failed half-way, do not leave servers behind either.
    for (const pid of processesMentioning(dir)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

async function setup(extra: Record<string, string> = {}) {
  const dir = stackDataDir();
  dirs.push(dir);
  return { dir, env: { ...(await stackEnv(dir)), ...extra } };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL after the label in the list `npm start` prints before `ready`. */
function printedUrl(lines: string[], label: string): string {
  const line = lines.find((l) => l.startsWith(`  ${label} `));
  if (!line) throw new Error(`no ${label} line in:\n${lines.join('\n')}`);
  return line.trim().split(/\s+/)[1]!;
}

const hasOrders = existsSync(join(repoRoot, 'schema.sql')) && readFileSync(join(repoRoot, 'schema.sql'), 'utf8').includes('CREATE TABLE orders');

/** Places an order the way the app would (or, before schema.sql has orders, a stand-in row). */
async function placeOrder(client: pg.Client, id: string): Promise<void> {
  if (hasOrders) {
    await client.query(
      `INSERT INTO orders (id, customer_id, restaurant_id, delivery_address)
       SELECT $1, (SELECT id FROM users WHERE username = 'alice'), (SELECT min(id) FROM restaurants WHERE is_open), '12 Test Street'`,
      [id],
    );
  } else {
    await client.query('CREATE TABLE IF NOT EXISTS dev_stack_test_orders (id uuid PRIMARY KEY)');
    await client.query('INSERT INTO dev_stack_test_orders (id) VALUES ($1)', [id]);
  }
}

async function orderExists(url: string, id: string): Promise<boolean> {
  const table = hasOrders ? 'orders' : 'dev_stack_test_orders';
  return withClient(url, async (c) => (await c.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1);
}

describe('npm start', () => {
  it('keeps orders across a restart; the functions reach Postgres through pgBouncer in transaction mode', async () => {
    const { dir, env } = await setup({ DEV_PARTS: 'none' });
    const first = spawnStack('tsx', env);
    await first.waitForLine(/^ready$/);
    expect(first.lines.some((l) => /applied schema\.sql/.test(l))).toBe(hasOrders || existsSync(join(repoRoot, 'schema.sql')));

    const pooled = printedUrl(first.lines, 'pgbouncer');
    const direct = printedUrl(first.lines, 'postgres');
    const config = stackConfigFromEnv({ ...env, DEV_PARTS: '' }, repoRoot);
    const functions = planParts(config, databaseUrls(config), () => true).find((p) => p.name === 'functions')!;
    expect(functions.env.DATABASE_URL).toBe(pooled);
    expect(new URL(pooled).port).toBe(env.PGBOUNCER_PORT);

    const orderId = crypto.randomUUID();
    const admin = new URL(pooled);
    admin.pathname = '/pgbouncer';
    await withClient(pooled, async (client) => {
      await client.query('BEGIN');
      await placeOrder(client, orderId);
      // While the transaction is open, pgBouncer shows it holding a server connection of `app`.
      await withClient(admin.toString(), async (console) => {
        const pools = (await console.query('SHOW POOLS')).rows as Array<Record<string, unknown>>;
        const app = pools.find((p) => p.database === 'app' && p.user === 'postgres');
        expect(app).toBeDefined();
        expect(Number(app!.cl_active)).toBeGreaterThanOrEqual(1);
        expect(Number(app!.sv_active)).toBeGreaterThanOrEqual(1);
        const settings = (await console.query('SHOW CONFIG')).rows as Array<{ key: string; value: string }>;
        expect(settings.find((s) => s.key === 'pool_mode')?.value).toBe('transaction');
      });
      await client.query('COMMIT');
    });

    first.child.kill('SIGTERM');
    expect(await first.exit).toEqual({ code: 0, signal: null });
    expect(first.lines).toContain(`${prefixFor('npm start')} stopped`);
    expect(processesMentioning(dir)).toEqual([]);

    const second = spawnStack('tsx', env);
    await second.waitForLine(/^ready$/);
    expect(second.lines.some((l) => /applied schema\.sql/.test(l))).toBe(false);
    expect(await orderExists(direct, orderId)).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.exit).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dir)).toEqual([]);
  });

  it('stops what a killed stack left running (servers and parts) before starting again', { timeout: 240_000 }, async () => {
    const { dir, env } = await setup();
    const killed = spawnStack('node', env);
    await killed.waitForLine(/^ready$/);
    const parts = JSON.parse(readFileSync(join(dir, 'run', 'children.json'), 'utf8')) as Array<{ pid: number }>;
    killed.child.kill('SIGKILL');
    await killed.exit;
    // The servers and the parts run in their own process groups, so they outlive it.
    const orphans = [...processesMentioning(dir), ...parts.map((p) => p.pid)];
    expect(orphans.filter(isAlive).length).toBeGreaterThanOrEqual(2 + parts.length);

    const next = spawnStack('tsx', env);
    await next.waitForLine(/^ready$/);
    expect(next.lines.filter((l) => /left running by an earlier start/.test(l))).toHaveLength(2 + parts.length);
    expect(orphans.filter(isAlive)).toEqual([]);
    next.child.kill('SIGTERM');
    expect((await next.exit).code).toBe(0);
    expect(processesMentioning(dir)).toEqual([]);
  });

  it('stops when npm is killed: npm hands SIGTERM to its shell, which dies and orphans the bootstrap', async () => {
    const { dir, env } = await setup({ DEV_PARTS: 'none' });
    const stack = spawnStack('npm', env);
    await stack.waitForLine(/^ready$/);
    expect(processesMentioning(dir).length).toBeGreaterThanOrEqual(2);
    stack.child.kill('SIGTERM');
    await stack.exit;
    await eventually(() => processesMentioning(dir).length === 0);
    expect(processesMentioning(dir)).toEqual([]);
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false); // a clean shutdown removes it
  });

  it('stops when the bootstrap above it is killed outright', async () => {
    const { dir, env } = await setup({ DEV_PARTS: 'none' });
    const stack = spawnStack('bootstrap', env);
    await stack.waitForLine(/^ready$/);
    stack.child.kill('SIGKILL');
    await stack.exit;
    await eventually(() => processesMentioning(dir).length === 0);
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('a second start on the same data folder refuses and leaves the running stack alone', async () => {
    const { env } = await setup({ DEV_PARTS: 'none' });
    const first = spawnStack('tsx', env);
    await first.waitForLine(/^ready$/);
    const second = spawnStack('tsx', env);
    expect((await second.exit).code).toBe(1);
    expect(second.lines.join('\n')).toMatch(/another npm start \(pid \d+\) is running with this data folder/);
    const direct = printedUrl(first.lines, 'postgres');
    expect(await withClient(direct, async (c) => (await c.query('SELECT 1 AS one')).rows)).toEqual([{ one: 1 }]);
    first.child.kill('SIGTERM');
    expect((await first.exit).code).toBe(0);
  });

  it('refuses to start on a taken port, naming the variable that moves it', async () => {
    const { dir, env } = await setup({ DEV_PARTS: 'none' });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.POSTGRES_PORT), '127.0.0.1', resolve));
    try {
      const stack = spawnStack('tsx', env);
      expect((await stack.exit).code).toBe(1);
      expect(stack.lines.join('\n')).toMatch(new RegExp(`port ${env.POSTGRES_PORT} \\(postgres\\) is in use: .* set POSTGRES_PORT`));
      expect(processesMentioning(dir)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('through the bootstrap: every part that exists answers at its URL, and Ctrl-C stops them all', { timeout: 240_000 }, async () => {
    const { dir, env } = await setup();
    const stack = spawnStack('bootstrap', env);
    await stack.waitForLine(/^ready$/);
    const recorded = JSON.parse(readFileSync(join(dir, 'run', 'children.json'), 'utf8')) as Array<{ name: string; pid: number }>;
    const config = stackConfigFromEnv(env, repoRoot);
    const expected = planParts(config, databaseUrls(config), existsSync).map((p) => p.name);
    expect(recorded.map((c) => c.name).sort()).toEqual([...expected].sort());
    const urls = stack.lines.filter((l) => /^ {2}\S.* http:\/\//.test(l)).map((l) => l.trim().split(/\s+/).at(-1)!);
    expect(urls).toHaveLength(recorded.length);
    for (const url of urls) {
      const response = await fetch(url);
      await response.body?.cancel();
      expect(response.status).toBeLessThan(500);
    }
    stack.child.kill('SIGINT');
    expect(await stack.exit).toEqual({ code: 0, signal: null });
    expect(recorded.map((c) => c.pid).filter(isAlive)).toEqual([]);
    expect(processesMentioning(dir)).toEqual([]);
    expect(existsSync(join(dir, 'run', 'children.json'))).toBe(false);
  });
});
