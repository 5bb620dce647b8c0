import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { catalogFingerprint, fingerprintDifference } from '@3factor/dev/migrations/catalog-fingerprint.js';
import { fingerprintOfSchema } from '@3factor/dev/migrations/apply-migration.js';
import { migrationFolders } from '@3factor/dev/migrations/migration-files.js';
import { createTestDatabase } from '@3factor/dev/testing/database.js';

/**
 * hasura/migrations (what `hasura migrate apply` runs in production) and schema.sql (what a
 * fresh local database gets) describe the same schema. The init migration is schema.sql as
 * it was; later ones come from `npm run migration:new` after an edit of schema.sql.
 */
const dir = join(repoRoot, 'hasura', 'migrations', 'default');
const versions = migrationFolders(dir);
const read = (version: string, file: string) => readFileSync(join(dir, version, file), 'utf8');
const schemaSql = readFileSync(join(repoRoot, 'schema.sql'), 'utf8');

describe('hasura/migrations is derived from schema.sql', () => {
  it('starts with the init migration, in the Hasura CLI layout', () => {
    expect(versions.length).toBeGreaterThanOrEqual(1);
    expect(versions[0]).toMatch(/^\d{13}_init$/);
    for (const version of versions) {
      expect(version).toMatch(/^\d{13}_[a-z0-9_]+$/);
      expect(() => [read(version, 'up.sql'), read(version, 'down.sql')]).not.toThrow();
    }
  });

  it.runIf(versions.length === 1)('has one init migration whose up.sql is schema.sql, byte for byte', () => {
    expect(read(versions[0]!, 'up.sql')).toBe(schemaSql);
  });

  it('applies up in order to the schema of schema.sql, then down in reverse to nothing, and up again', { timeout: 60_000 }, async () => {
    const db = await createTestDatabase('empty');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const version of versions) await client.query(read(version, 'up.sql'));
      expect(fingerprintDifference(await fingerprintOfSchema(db.url, schemaSql), await catalogFingerprint(client))).toEqual([]);
      for (const version of [...versions].reverse()) await client.query(read(version, 'down.sql'));
      const left = await client.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v')`);
      expect(left.rows[0].n).toBe(0);
      for (const version of versions) await client.query(read(version, 'up.sql'));
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
