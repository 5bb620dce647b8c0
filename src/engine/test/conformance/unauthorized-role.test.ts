import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '../../src/config.js';
import { silentLogger, startEngine, type RunningEngine } from '../../src/engine.js';
import { readCaseFile, readYamlFile } from '../../conformance/case-file.js';
import { compareResponse } from '../../conformance/compare.js';
import { conformanceDataExists, conformanceDataRoot } from '../../conformance/defaults.js';

/**
 * Hasura's `unauthorized_role` cases: JWT mode, requests sent exactly as written (no token, no
 * admin secret), once with HASURA_GRAPHQL_UNAUTHORIZED_ROLE=anonymous and once without.
 */
const dir = 'server/tests-py/queries/unauthorized_role';
const SECRET = 'unauthorized-role-admin-secret';

describe.runIf(conformanceDataExists())('Hasura unauthorized_role cases', () => {
  let db: TestDatabase;
  const engines: RunningEngine[] = [];

  async function engineWith(extra: Record<string, string>): Promise<RunningEngine> {
    const engine = await startEngine(
      configFromEnv({
        HASURA_GRAPHQL_DATABASE_URL: db.url,
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_SERVER_PORT: '0',
        HASURA_GRAPHQL_ADMIN_SECRET: SECRET,
        HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS256', key: 'unauthorized-role-test-key-of-32-characters' }),
        ...extra,
      }),
      { logger: silentLogger() },
    );
    engines.push(engine);
    return engine;
  }

  async function runCase(engine: RunningEngine, file: string): Promise<void> {
    for (const entry of readCaseFile(join(conformanceDataRoot(), dir, file))) {
      const response = await fetch(engine.url + entry.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(entry.headers ?? {}) },
        body: JSON.stringify(entry.query),
      });
      expect(response.status).toBe(entry.status);
      const verdict = compareResponse(entry.response, await response.json(), entry.query);
      expect(verdict, `${file}: ${JSON.stringify(verdict)}`).toEqual({ match: 'exact' });
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    const engine = await engineWith({ HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous' });
    const setup = await fetch(engine.url + '/v1/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': SECRET },
      body: JSON.stringify(readYamlFile(join(conformanceDataRoot(), dir, 'setup.yaml'))),
    });
    expect(setup.status).toBe(200);
  });

  afterAll(async () => {
    for (const engine of engines) await engine.stop();
    await db?.drop();
  });

  it('uses the unauthorized role when no token is sent, ignoring the role header', async () => {
    await runCase(engines[0]!, 'unauthorized_role.yaml');
    await runCase(engines[0]!, 'cookie_header_absent_unauth_role_set.yaml');
  });

  it('refuses a request without a token when no unauthorized role is configured', async () => {
    await runCase(await engineWith({}), 'cookie_header_absent_unauth_role_not_set.yaml');
  });
});
