import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRoleSchemas, type RoleSchema } from '../src/graphql-schema/export-role-schemas.js';
import { ROLE_SCHEMA_FILES } from '../src/graphql-schema/role-schema-files.js';
import { repoRoot } from '../src/paths.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';

/**
 * The apps' GraphQL types are generated from committed SDL files; this keeps those files
 * equal to what the engine serves now for hasura/metadata over schema.sql, so a change to
 * either that the apps do not follow fails here (fix: `npm run graphql-schema -w src/dev`,
 * then `npm run codegen --workspaces --if-present`, and let tsc say what in the apps must
 * change).
 */
let db: TestDatabase;
let exported: RoleSchema[];

beforeAll(async () => {
  db = await createTestDatabase('app');
  exported = await exportRoleSchemas(db.url);
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe('the committed GraphQL schemas', () => {
  it.each(ROLE_SCHEMA_FILES.map((f) => [f.path, f.role] as const))('%s is what the engine serves to %s', (path, role) => {
    const sdl = exported.find((s) => s.role === role)!.sdl;
    expect(readFileSync(join(repoRoot, path), 'utf8'), `${path} is stale: run \`npm run graphql-schema -w src/dev\`, then \`npm run codegen --workspaces --if-present\``).toBe(sdl);
  });

  it('differ between roles: each role sees only what its permissions allow', () => {
    const of = (role: string) => exported.find((s) => s.role === role)!.sdl;
    expect(of('customer')).toMatch(/insert_orders_one/);
    expect(of('restaurant')).not.toMatch(/insert_orders_one/);
    expect(of('anonymous')).not.toMatch(/\borders\b/);
    expect(of('analyst')).toMatch(/analytics_kpis/);
    expect(of('customer')).not.toMatch(/analytics_kpis/);
  });
});
