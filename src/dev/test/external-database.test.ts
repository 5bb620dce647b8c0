import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';
import { repoRoot } from '../src/paths.js';
import { processesMentioning } from './helpers/processes.js';
import { spawnStack, stackDataDir, stackEnv } from './helpers/stack-process.js';

let db: TestDatabase;
const dir = stackDataDir();
beforeAll(async () => {
  db = await createTestDatabase('empty');
});
afterAll(async () => {
  for (const pid of processesMentioning(dir)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await db?.drop();
});

describe('npm start with DATABASE_URL', () => {
  it('uses that Postgres through its own pgBouncer, applies the schema there, and starts no local server', async () => {
    const ports = await stackEnv(dir);
    const env = { ...ports, DATABASE_URL: db.url, DEV_PARTS: 'none' };
    const stack = spawnStack('tsx', env);
    await stack.waitForLine(/^ready$/);
    expect(stack.lines.some((l) => l.startsWith('  postgres (external) '))).toBe(true);
    expect(stack.lines.join('\n')).not.toContain(':postgres@'); // the password stays off the screen
    expect(existsSync(join(dir, 'postgres'))).toBe(false);

    const pooled = new URL(db.url);
    pooled.port = ports.PGBOUNCER_PORT!;
    const client = new pg.Client({ connectionString: pooled.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(`SELECT name FROM dev_stack.applied_files ORDER BY name`);
      const expected = ['schema.sql', 'seed.sql'].filter((f) => existsSync(join(repoRoot, f)));
      expect(rows.map((r) => r.name)).toEqual(expected);
    } finally {
      await client.end();
    }

    stack.child.kill('SIGTERM');
    expect(await stack.exit).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dir)).toEqual([]);
  });
});
