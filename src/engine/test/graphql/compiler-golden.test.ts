import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import type { Session } from '../../src/auth/session.js';
import { configFromEnv } from '../../src/config.js';
import { HasuraGraphQLService } from '../../src/graphql/service.js';
import type { HasuraMetadata } from '../../src/metadata/types.js';
import { recordingPool, type RecordedStatement } from './golden/recording-pool.js';

/**
 * Golden files for the compiler: each `cases/<name>.graphql` (with `# role:`, `# session:`,
 * `# variables:` header comments) has the SQL the engine sent (`<name>.sql`) and the response
 * (`<name>.json`) committed next to it. `UPDATE_GOLDEN=1` rewrites them; CI never sets it.
 */
const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const casesDir = join(dir, 'cases');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case {
  name: string;
  query: string;
  session: Session;
  variables: Record<string, unknown>;
}

function readCase(file: string): Case {
  const query = readFileSync(join(casesDir, file), 'utf8');
  const header = (key: string) => query.match(new RegExp(`^# ${key}: (.*)$`, 'm'))?.[1];
  const role = header('role') ?? 'admin';
  const variables = JSON.parse(header('variables') ?? '{}') as Record<string, unknown>;
  const sessionVars = JSON.parse(header('session') ?? '{}') as Record<string, string>;
  return { name: file.replace(/\.graphql$/, ''), query, variables, session: { role, variables: { ...sessionVars, 'x-hasura-role': role }, isAdmin: role === 'admin' } };
}

function renderStatements(statements: RecordedStatement[]): string {
  return statements.map((s) => `${s.text};\n-- values: ${JSON.stringify(s.values)}\n`).join('\n');
}

function compareOrWrite(path: string, actual: string): void {
  if (update || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('compiler golden files', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let service: HasuraGraphQLService;
  const log: RecordedStatement[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on('error', () => undefined);
    await pool.query(readFileSync(join(dir, 'setup.sql'), 'utf8'));
    const metadata = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as HasuraMetadata;
    // The files record the compiler's SQL; how the API limits wrap it is tested in test/limits.
    service = new HasuraGraphQLService(recordingPool(pool, log), configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url, HASURA_GRAPHQL_API_LIMITS_DISABLED: 'true' }));
    await service.reload(metadata);
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  for (const file of readdirSync(casesDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    it(file, async () => {
      const c = readCase(file);
      log.length = 0;
      const response = await service.execute({ query: c.query, variables: c.variables }, c.session);
      compareOrWrite(join(casesDir, `${c.name}.json`), JSON.stringify(response, null, 2) + '\n');
      compareOrWrite(join(casesDir, `${c.name}.sql`), renderStatements(log));
      // The same request again reuses the compiled plan: identical SQL text, new values only.
      if (!c.query.trimStart().startsWith('mutation') && !c.query.includes('\nmutation')) {
        const first = log.slice();
        log.length = 0;
        const again = await service.execute({ query: c.query, variables: c.variables }, c.session);
        expect(again).toEqual(response);
        expect(log.map((s) => s.text)).toEqual(first.map((s) => s.text));
        // The serialized path passes Postgres's JSON through: same response, numbers with every digit.
        const text = await service.executeJson({ query: c.query, variables: c.variables }, c.session);
        expect(JSON.parse(text)).toEqual(response);
        if (c.name === '01_list_where_order_limit') expect(text).toContain('"views" : 9007199254740993');
      }
    });
  }
});
