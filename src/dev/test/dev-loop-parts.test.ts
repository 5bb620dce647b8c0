import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../bootstrap/requirements.mjs';
import { repoRoot } from '../src/paths.js';
import { ChangeQueue } from '../src/reload/change-queue.js';
import { watchTree } from '../src/reload/watch-tree.js';
import { fileOfObject, inconsistencyLines } from '../src/metadata/inconsistency-lines.js';
import { exportLayout } from '../src/metadata/export-layout.js';
import { writeMetadataDirectory } from '../src/metadata/write-directory.js';
import { eventTriggers } from '../src/invoke/trigger-lookup.js';
import { migrationName, nextVersion } from '../src/migrations/migration-files.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dev-loop-parts-'));
  dirs.push(dir);
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

describe('ChangeQueue', () => {
  it('runs once per burst, never twice at once, and once more for what arrived meanwhile', async () => {
    const runs: string[][] = [];
    let running = 0;
    let overlap = false;
    const queue = new ChangeQueue(async (changed) => {
      running++;
      if (running > 1) overlap = true;
      runs.push(changed);
      await sleep(100);
      running--;
    }, 30);
    queue.add('b.ts');
    queue.add('a.ts');
    queue.add('a.ts');
    await until(() => runs.length === 1);
    queue.add('c.ts');
    await queue.idle();
    expect(runs).toEqual([['a.ts', 'b.ts'], ['c.ts']]);
    expect(overlap).toBe(false);
    queue.close();
  });
});

describe('watchTree', () => {
  it('sees saves in place, by rename over the file, and in folders created later', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'f.yaml'), 'x: 1\n');
    const seen: string[] = [];
    const watcher = watchTree(
      dir,
      async (changed) => {
        seen.push(...changed);
      },
      (file) => file.endsWith('.yaml'),
    );
    try {
      // A rename over the file, as vim or sed -i save: the file must still be watched afterwards.
      writeFileSync(join(dir, 'a', '.f.yaml.tmp'), 'x: 2\n');
      renameSync(join(dir, 'a', '.f.yaml.tmp'), join(dir, 'a', 'f.yaml'));
      await until(() => seen.includes('a/f.yaml'));
      seen.length = 0;
      writeFileSync(join(dir, 'a', 'f.yaml'), 'x: 3\n');
      await until(() => seen.includes('a/f.yaml'));
      mkdirSync(join(dir, 'b'));
      await sleep(200);
      writeFileSync(join(dir, 'b', 'g.yaml'), 'y: 1\n');
      await until(() => seen.includes('b/g.yaml'));
      writeFileSync(join(dir, 'b', 'ignored.txt'), 'z');
      await sleep(300);
      expect(seen).not.toContain('b/ignored.txt');
    } finally {
      watcher.close();
    }
  });
});

describe('inconsistency lines', () => {
  it('name the file of the table, or the function, an object belongs to', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'databases', 'default', 'tables'), { recursive: true });
    writeFileSync(join(dir, 'databases', 'default', 'tables', 'public_orders.yaml'), '');
    const permission = {
      definition: { source: 'default', table: { schema: 'public', name: 'orders' }, role: 'x' },
      name: 'permission orders.x.select in source "default"',
      reason: 'column "nope" does not exist',
      type: 'select_permission',
    };
    expect(fileOfObject(dir, permission)).toBe(join(dir, 'databases', 'default', 'tables', 'public_orders.yaml'));
    expect(fileOfObject(dir, { ...permission, definition: { table: { schema: 'public', name: 'gone' } } })).toBe(join(dir, 'databases', 'databases.yaml'));
    expect(inconsistencyLines(dir, [permission])).toEqual([
      'databases/default/tables/public_orders.yaml: permission orders.x.select in source "default": column "nope" does not exist',
    ]);
  });
});

describe('export layout', () => {
  const metadata = {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } },
        tables: [{ table: { schema: 'public', name: 'orders' }, select_permissions: [{ role: 'a', permission: { columns: ['id', 'status'], filter: {} } }] }],
        functions: [{ function: { schema: 'public', name: 'f' } }],
      },
    ],
  };

  it('is the CLI layout: one file per table and function, included from databases.yaml', () => {
    const files = exportLayout(metadata);
    expect([...files.keys()].sort()).toEqual(
      [
        'actions.yaml',
        'allow_list.yaml',
        'api_limits.yaml',
        'cron_triggers.yaml',
        'databases/databases.yaml',
        'databases/default/functions/functions.yaml',
        'databases/default/functions/public_f.yaml',
        'databases/default/tables/public_orders.yaml',
        'databases/default/tables/tables.yaml',
        'inherited_roles.yaml',
        'network.yaml',
        'query_collections.yaml',
        'remote_schemas.yaml',
        'rest_endpoints.yaml',
        'version.yaml',
      ].sort(),
    );
    expect(files.get('databases/default/tables/tables.yaml')).toBe('- "!include public_orders.yaml"\n');
    expect(files.get('databases/databases.yaml')).toContain('tables: "!include default/tables/tables.yaml"');
    expect(files.get('databases/default/tables/public_orders.yaml')).toContain('columns: [id, status]');
  });

  it('leaves a file that says the same alone, and removes the file of a table no longer tracked', () => {
    const dir = tempDir();
    const first = writeMetadataDirectory(dir, exportLayout(metadata));
    expect(first.unchanged).toEqual([]);
    // The same meaning in another layout, with a comment: kept as written.
    writeFileSync(
      join(dir, 'databases/default/tables/public_orders.yaml'),
      '# kept\ntable: {schema: public, name: orders}\nselect_permissions:\n  - role: a\n    permission:\n      filter: {}\n      columns:\n        - id\n        - status\n',
    );
    writeFileSync(join(dir, 'databases/default/tables/public_old.yaml'), 'table: {schema: public, name: old}\n');
    const second = writeMetadataDirectory(dir, exportLayout(metadata));
    expect(second.written).toEqual([]);
    expect(second.removed).toEqual(['databases/default/tables/public_old.yaml']);
  });
});

describe('invoke: event triggers from the metadata', () => {
  it('finds each trigger with its table, operations and retry count', () => {
    const triggers = eventTriggers({
      sources: [
        {
          tables: [
            {
              table: { schema: 'public', name: 'orders' },
              event_triggers: [{ name: 'validate-order', definition: { insert: { columns: '*' } }, retry_conf: { num_retries: 100 }, enable_manual: true }],
            },
          ],
        },
      ],
    });
    expect(triggers).toEqual([{ name: 'validate-order', table: { schema: 'public', name: 'orders' }, ops: ['INSERT', 'MANUAL'], maxRetries: 100 }]);
  });
});

describe('migration names', () => {
  it('are the CLI folder form, and versions only grow', () => {
    expect(migrationName('Add order notes!')).toBe('add_order_notes');
    expect(() => migrationName('  ')).toThrow();
    expect(nextVersion(['1763800000000_init'], 1_000)).toBe(1763800000001);
    expect(nextVersion(['1763800000000_init'], 1_900_000_000_000)).toBe(1_900_000_000_000);
  });
});

describe('--help', () => {
  for (const command of COMMANDS) {
    const script = command.replace(/^(metadata|migration)-/, '$1:');
    it(`npm ${command === 'start' || command === 'test' ? command : `run ${script}`} -- --help prints its usage and exits 0`, { timeout: 60_000 }, async () => {
      const child = spawn(process.execPath, [join(repoRoot, 'src', 'dev', 'bootstrap.mjs'), command, '--help'], {
        cwd: repoRoot,
        env: { ...process.env, BOOTSTRAP_SKIP_INSTALL: '1', HASURA_GRAPHQL_DATABASE_URL: 'postgres://unused@127.0.0.1:1/x' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(output).toMatch(/usage: /);
      expect(code).toBe(0);
    });
  }

  it('npm run graphql-schema -- --help prints its usage and exits 0', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'dev', 'src', 'commands', 'export-graphql-schema.ts'), '--help'], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(output).toMatch(/^usage: npm run graphql-schema/);
    expect(code).toBe(0);
  });
});
