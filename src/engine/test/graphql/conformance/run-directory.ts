import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { parse as parseYaml } from 'yaml';
import { createTestDatabase } from '@3factor/dev/testing/database.js';
import type { Session } from '../../../src/auth/session.js';
import { configFromEnv } from '../../../src/config.js';
import { HasuraGraphQLService } from '../../../src/graphql/service.js';
import { MetadataBuilder } from './metadata-builder.js';
import { responseMatches } from './compare.js';
import { conformanceDataExists, conformanceDataRoot } from '../../../conformance/defaults.js';

/** ../shared/hasura-conformance next to the repository, or HASURA_CONFORMANCE_DIR. */
export const CONFORMANCE_ROOT = conformanceDataRoot();
export const conformanceDataPresent = conformanceDataExists();
export const QUERIES = join(CONFORMANCE_ROOT, 'server', 'tests-py', 'queries');
export const LEGACY_BASIC = join(CONFORMANCE_ROOT, 'legacy-e48f3cbe', 'server', 'tests-py', 'queries', 'graphql_query', 'basic');

const SETUP_FILES = new Set([
  'setup.yaml', 'teardown.yaml', 'schema_setup.yaml', 'schema_teardown.yaml', 'values_setup.yaml', 'values_teardown.yaml',
  'pre_setup.yaml', 'post_teardown.yaml',
]);

export interface CaseResult {
  file: string;
  index: number;
  description: string;
  passed: boolean;
  /** Passed, but with a different error message, code or path (Hasura's harness only warns). */
  warning?: boolean;
  detail?: string;
}

function errorsDiffer(actual: unknown, expected: unknown): boolean {
  const errors = (body: unknown) => (body as { errors?: { message: string; extensions?: { code?: string; path?: string } }[] })?.errors;
  const a = errors(actual);
  const e = errors(expected);
  if (!a || !e) return false;
  const key = (x: { message: string; extensions?: { code?: string; path?: string } }) => `${x.extensions?.code}|${x.extensions?.path}|${x.message.trim()}`;
  return a.map(key).join('\n') !== e.map(key).join('\n');
}

interface CaseEntry {
  description?: string;
  url: string;
  status?: number;
  headers?: Record<string, string>;
  query: unknown;
  response?: unknown;
  allowed_responses?: { response: unknown }[];
}

function readYaml(path: string): any {
  return parseYaml(readFileSync(path, 'utf8'));
}

export function sessionFromHeaders(headers: Record<string, string> | undefined): Session {
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase().startsWith('x-hasura-')) variables[k.toLowerCase()] = String(v);
  const role = variables['x-hasura-role'] ?? 'admin';
  variables['x-hasura-role'] = role;
  return { role, variables, isAdmin: true };
}

export interface DirectoryOptions {
  /** Hasura runs some classes with HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES=true. */
  stringifyNumeric?: boolean;
  /** Mutation classes reset rows around every case file with values_setup/values_teardown. */
  perFileValues?: boolean;
}

/** Runs every case of one conformance directory through GraphQLService.execute, in process. */
export async function runDirectory(dir: string, options: DirectoryOptions = {}): Promise<CaseResult[]> {
  const db = await createTestDatabase('empty');
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  // Dropping the database at the end terminates idle connections; that is expected.
  pool.on('error', () => undefined);
  const results: CaseResult[] = [];
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS postgis; CREATE SCHEMA IF NOT EXISTS hge_tests');
    const builder = new MetadataBuilder(pool);
    for (const name of ['setup.yaml', 'schema_setup.yaml']) if (existsSync(join(dir, name))) await builder.apply(readYaml(join(dir, name)));
    const config = { ...configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: db.url }), stringifyNumericTypes: options.stringifyNumeric === true };
    const service = new HasuraGraphQLService(pool, config);
    await service.reload(builder.metadata);
    builder.dirty = false;
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !SETUP_FILES.has(f)).sort();
    for (const file of files) {
      const content = readYaml(join(dir, file));
      const entries: CaseEntry[] = (Array.isArray(content) ? content : [content]).filter((e) => e && typeof e === 'object' && 'url' in e);
      if (entries.length === 0) continue;
      if (options.perFileValues && existsSync(join(dir, 'values_setup.yaml'))) await builder.apply(readYaml(join(dir, 'values_setup.yaml')));
      for (const [index, entry] of entries.entries()) {
        const description = entry.description ?? file;
        if (!/graphql$/.test(entry.url)) {
          try {
            await builder.apply(entry.query as { type: string; args: unknown });
          } catch (error) {
            if ((entry.status ?? 200) === 200) results.push({ file, index, description, passed: false, detail: `setup step failed: ${(error as Error).message}` });
          }
          continue;
        }
        if (builder.dirty) {
          await service.reload(builder.metadata);
          builder.dirty = false;
        }
        const session = sessionFromHeaders(entry.headers);
        const requests = Array.isArray(entry.query) ? entry.query : [entry.query];
        const responses = [];
        for (const request of requests) responses.push(await service.execute(request as never, session));
        const actual = Array.isArray(entry.query) ? responses : responses[0];
        const expected = entry.allowed_responses ? entry.allowed_responses.map((r) => r.response) : [entry.response];
        const passed = entry.response === undefined && !entry.allowed_responses
          ? true
          : expected.some((e) => responseMatches(JSON.parse(JSON.stringify(actual)), e));
        const warning = passed && errorsDiffer(actual, expected[0]);
        results.push({
          file, index, description, passed, warning,
          detail: passed && !warning ? undefined : `expected ${JSON.stringify(expected[0])}\n     got ${JSON.stringify(actual)}`,
        });
      }
      if (options.perFileValues && existsSync(join(dir, 'values_teardown.yaml'))) {
        await builder.apply(readYaml(join(dir, 'values_teardown.yaml')));
        builder.dirty = false;
      }
    }
  } finally {
    await pool.end();
    await db.drop();
  }
  return results;
}

export function summarize(name: string, results: CaseResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  const lines = [`${name}: ${passed}/${results.length}`];
  for (const r of results.filter((x) => !x.passed)) lines.push(`  FAIL ${r.file}#${r.index} ${r.description}\n     ${r.detail ?? ''}`);
  const warnings = results.filter((x) => x.warning);
  if (warnings.length > 0) lines.push(`  (${warnings.length} error cases differ in message, code or path)`);
  if (process.env.CONFORMANCE_WARNINGS === '1') for (const r of warnings) lines.push(`  WARN ${r.file}#${r.index}\n     ${r.detail ?? ''}`);
  return lines.join('\n');
}
