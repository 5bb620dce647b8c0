import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { parse } from 'yaml';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { metadataDir } from '@3factor/dev/paths.js';

const tablesDir = join(metadataDir, 'databases', 'default', 'tables');

interface TableYaml {
  table: { name: string; schema: string };
  select_permissions?: { role: string; permission: { columns: string[]; filter: object } }[];
  [other: string]: unknown;
}

function analyticsTables(): TableYaml[] {
  const includes = parse(readFileSync(join(tablesDir, 'tables.yaml'), 'utf8')) as string[];
  return includes
    .map((line) => line.replace('!include ', '').trim())
    .filter((file) => file.startsWith('public_analytics_'))
    .map((file) => parse(readFileSync(join(tablesDir, file), 'utf8')) as TableYaml);
}

describe('metadata for the analytics views', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('tracks every analytics view the dashboard reads, and nothing internal', async () => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.views WHERE table_schema = 'public' AND table_name LIKE 'analytics\\_%' ORDER BY 1`,
    );
    const internal = ['analytics_funnel_counts', 'analytics_paid_today'];
    expect(
      analyticsTables()
        .map((t) => t.table.name)
        .sort(),
    ).toEqual(rows.map((r) => r.name).filter((n) => !internal.includes(n)));
  });

  it('lets only the analyst role select them, every column, all rows, and nothing else', async () => {
    for (const table of analyticsTables()) {
      const { rows } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table.table.name],
      );
      expect(Object.keys(table).sort()).toEqual(['select_permissions', 'table']);
      expect(table.select_permissions).toEqual([{ role: 'analyst', permission: { columns: rows.map((r) => r.column_name), filter: {} } }]);
    }
  });
});
