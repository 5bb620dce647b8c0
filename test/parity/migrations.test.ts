import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/dev/src/paths.js';

describe('hasura/migrations is derived from schema.sql', () => {
  it('has one init migration whose up.sql is schema.sql, byte for byte', () => {
    const dir = join(repoRoot, 'hasura', 'migrations', 'default');
    const versions = readdirSync(dir);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatch(/^\d{13}_init$/);
    const up = readFileSync(join(dir, versions[0]!, 'up.sql'), 'utf8');
    expect(up).toBe(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
  });
});
