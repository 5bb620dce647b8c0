import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The case directories issue 3 asks for, relative to the conformance data root
 * (`../shared/hasura-conformance`), and how Hasura's harness sets each up (conftest.py):
 * - `query`: `setup.yaml` once before the directory's cases, `teardown.yaml` after;
 * - `mutation`: `schema_setup.yaml` once, `values_setup.yaml`/`values_teardown.yaml` around
 *   every case, `schema_teardown.yaml` at the end.
 * All setup files go to /v1/query.
 */
export const ISSUE_3_DIRECTORIES = [
  'legacy-e48f3cbe/server/tests-py/queries/graphql_query/basic',
  'server/tests-py/queries/graphql_query/boolexp/basic',
  'server/tests-py/queries/graphql_query/order_by',
  'server/tests-py/queries/graphql_query/limits',
  'server/tests-py/queries/graphql_query/offset',
  'server/tests-py/queries/graphql_query/aggregations',
  'server/tests-py/queries/graphql_query/agg_perm',
  'server/tests-py/queries/graphql_query/permissions',
  'server/tests-py/queries/graphql_mutation/insert/basic',
  'server/tests-py/queries/graphql_mutation/insert/onconflict',
  'server/tests-py/queries/graphql_mutation/insert/nested',
  'server/tests-py/queries/graphql_mutation/insert/permissions',
  'server/tests-py/queries/graphql_mutation/insert/constraints',
  'server/tests-py/queries/graphql_mutation/update/basic',
  'server/tests-py/queries/graphql_mutation/update/permissions',
  'server/tests-py/queries/graphql_mutation/delete/basic',
  'server/tests-py/queries/graphql_mutation/delete/permissions',
] as const;

/** Further directories of the same data that the issue does not require; `--all` runs them too. */
export const EXTRA_DIRECTORIES = [
  'server/tests-py/queries/graphql_query/boolexp/jsonb',
  'server/tests-py/queries/graphql_query/boolexp/search',
  'server/tests-py/queries/graphql_mutation/update/jsonb',
  'server/tests-py/queries/graphql_mutation/delete/constraints',
] as const;

export const CLEAR_DB_FILE = 'server/tests-py/queries/clear_db.yaml';

const SETUP_FILE = /^(setup|teardown|schema_setup|schema_teardown|values_setup|values_teardown|pre_setup|post_teardown)(_.*)?\.yaml$/;

export interface Suite {
  /** Path relative to the data root. */
  dir: string;
  /** Short name for reports (`graphql_query/basic (legacy)`). */
  name: string;
  kind: 'query' | 'mutation';
  /** Case files, in name order. */
  cases: string[];
  setup?: string;
  teardown?: string;
  valuesSetup?: string;
  valuesTeardown?: string;
}

export function suiteName(dir: string): string {
  const short = dir.replace(/^.*tests-py\/queries\//, '');
  return dir.startsWith('legacy-') ? `${short} (legacy)` : short;
}

export function loadSuite(root: string, dir: string): Suite {
  const path = join(root, dir);
  if (!existsSync(path)) throw new Error(`conformance directory not found: ${path}`);
  const files = readdirSync(path).filter((f) => f.endsWith('.yaml')).sort();
  const has = (f: string) => (files.includes(f) ? f : undefined);
  const mutation = files.includes('schema_setup.yaml');
  return {
    dir,
    name: suiteName(dir),
    kind: mutation ? 'mutation' : 'query',
    cases: files.filter((f) => !SETUP_FILE.test(f)),
    setup: mutation ? has('schema_setup.yaml') : has('setup.yaml'),
    teardown: mutation ? has('schema_teardown.yaml') : has('teardown.yaml'),
    valuesSetup: mutation ? has('values_setup.yaml') : undefined,
    valuesTeardown: mutation ? has('values_teardown.yaml') : undefined,
  };
}
