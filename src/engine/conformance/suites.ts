import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from './case-file.js';

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

/**
 * The second set (INDEX.md, "Second set"), each with the setup convention its tests-py class uses
 * and the engine settings it needs beyond the ones every tests-py run has:
 * - `class`: `setup.yaml` to /v1/query once, `teardown.yaml` after;
 * - `class-v2` (`setup_metadata_api_version = "v2"`): `schema_setup.yaml` to /v2/query then
 *   `setup.yaml` to /v1/metadata once; teardown the other way round;
 * - `method` (`per_method_tests_db_state`): the class setup and teardown around every case file;
 * - `mutation`: `schema_setup.yaml` once, `values_setup.yaml`/`values_teardown.yaml` around every case;
 * - `mutation-v2`: `pre_setup.yaml` (/v1/metadata), `schema_setup.yaml` (/v2/query), `setup.yaml`
 *   (/v1/metadata) once, values around every case.
 * `clear_db.yaml` goes to /v2/query before every second-set directory.
 */
export type Convention = 'class' | 'class-v2' | 'method' | 'mutation' | 'mutation-v2';

export interface SecondSetDirectory {
  dir: string;
  convention: Convention;
  /** Engine settings (environment variables) the directory's class runs with. */
  settings?: Readonly<Record<string, string>>;
  /** Metadata calls a test method posts around one case file (its `hge_ctx.v1metadataq_f` steps), by case file. */
  caseSteps?: Readonly<Record<string, CaseSteps>>;
  /** Case files the directory's tests-py class does not run (commented out or skipped there), with why. */
  notRun?: Readonly<Record<string, string>>;
}

export interface CaseSteps {
  before: readonly string[];
  after?: readonly string[];
}

const Q = 'server/tests-py/queries/';
const NO_INFERRED_FUNCTION_PERMISSIONS = { HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS: 'false' } as const;

/** test_metadata.py's TestMetadata leaves these files out. */
const V1_METADATA_NOT_RUN = {
  'export_metadata.yaml': 'test_export_metadata is commented out upstream: the export carries the source configuration of --database-url',
  'pg_add_source_with_parameters.yaml': "skipped upstream unless HASURA_GRAPHQL_PG_SOURCE_URL_1 is Circle CI's postgresql://gql_test@localhost:5432/pg_source_1",
} as const;

export const SECOND_SET_DIRECTORIES: readonly SecondSetDirectory[] = [
  { dir: Q + 'graphql_query/boolexp/postgis', convention: 'class' },
  { dir: Q + 'graphql_query/boolexp/ltree', convention: 'class' },
  { dir: Q + 'graphql_query/computed_fields', convention: 'class' },
  { dir: Q + 'graphql_query/custom_schema', convention: 'class' },
  { dir: Q + 'graphql_query/enums', convention: 'class' },
  { dir: Q + 'graphql_query/permissions/inherited_roles', convention: 'class-v2' },
  { dir: Q + 'graphql_query/permissions/roles_inheritance', convention: 'mutation-v2' },
  {
    dir: Q + 'graphql_query/functions/permissions',
    convention: 'method',
    settings: NO_INFERRED_FUNCTION_PERMISSIONS,
    caseSteps: { 'get_articles_with_permission_configured.yaml': { before: ['add_function_permission_get_articles.yaml'] } },
  },
  { dir: Q + 'graphql_query/allowlist', convention: 'class', settings: { HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true' } },
  { dir: Q + 'graphql_mutation/insert/geojson', convention: 'mutation' },
  { dir: Q + 'graphql_mutation/insert/views', convention: 'mutation' },
  { dir: Q + 'graphql_mutation/insert/nullprefixcolumn', convention: 'class' },
  { dir: Q + 'graphql_mutation/custom_schema', convention: 'mutation' },
  { dir: Q + 'graphql_mutation/enums', convention: 'mutation' },
  {
    dir: Q + 'graphql_mutation/functions',
    convention: 'mutation',
    settings: NO_INFERRED_FUNCTION_PERMISSIONS,
    caseSteps: {
      'function_as_mutations_permissions.yaml': { before: ['create_function_permission_add_to_score.yaml'], after: ['drop_function_permission_add_to_score.yaml'] },
      'single_row_function_as_mutation.yaml': {
        before: ['create_function_permission_add_to_score_by_user_id.yaml'],
        after: ['drop_function_permission_add_to_score_by_user_id.yaml'],
      },
    },
  },
  { dir: Q + 'graphql_mutation/roles_inheritance', convention: 'mutation-v2' },
  { dir: Q + 'graphql_mutation/functions/permissions/roles_inheritance', convention: 'mutation-v2', settings: NO_INFERRED_FUNCTION_PERMISSIONS },
  { dir: Q + 'graphql_mutation/transactions', convention: 'mutation' },
  { dir: Q + 'graphql_introspection', convention: 'class' },
  { dir: Q + 'graphql_introspection/descriptions', convention: 'class-v2' },
  { dir: Q + 'graphql_introspection/nullable_object_relationship', convention: 'class' },
  { dir: Q + 'graphql_introspection/custom_table_name', convention: 'class' },
  ...['run_sql', 'relationships', 'track_table', 'permissions', 'set_table_custom_fields', 'computed_fields', 'bulk', 'metadata', 'non_empty_text', 'basic', 'ddl'].map((name) => ({
    dir: Q + 'v1/' + name,
    convention: 'method' as const,
    ...(name === 'metadata' ? { notRun: V1_METADATA_NOT_RUN } : {}),
  })),
];

export function secondSetDirectory(dir: string): SecondSetDirectory | undefined {
  return SECOND_SET_DIRECTORIES.find((d) => d.dir === dir);
}

export const CLEAR_DB_FILE = 'server/tests-py/queries/clear_db.yaml';

const SETUP_FILE = /^(setup|teardown|schema_setup|schema_teardown|values_setup|values_teardown|pre_setup|post_teardown)(_.*)?\.yaml$/;

export interface Suite {
  /** Path relative to the data root. */
  dir: string;
  /** Short name for reports (`graphql_query/basic (legacy)`). */
  name: string;
  kind: 'query' | 'mutation';
  convention: Convention;
  settings?: Readonly<Record<string, string>>;
  /** Files posted once before the cases (in order), with the endpoint each goes to. */
  before: SetupStep[];
  /** Files posted once after the cases. */
  after: SetupStep[];
  /** Files posted before and after every case. */
  beforeEach: SetupStep[];
  afterEach: SetupStep[];
  /** Metadata files posted around one case (after `beforeEach`, before `afterEach`), by case file. */
  caseSteps: Readonly<Record<string, { before: SetupStep[]; after: SetupStep[] }>>;
  /** Case files, in name order. */
  cases: string[];
  /**
   * A case continued by another file: `X_setup.yaml` by `X_teardown.yaml`, which tests-py checks in
   * the same test method (pg_track_function_with_comment_*), so the second sees the first's state.
   */
  continuations: Readonly<Record<string, string>>;
}

export interface SetupStep {
  file: string;
  url: '/v1/query' | '/v2/query' | '/v1/metadata';
}

export function suiteName(dir: string): string {
  const short = dir.replace(/^.*tests-py\/queries\//, '');
  return dir.startsWith('legacy-') ? `${short} (legacy)` : short;
}

/**
 * Whether a file holds requests with their expected responses. Some directories also hold bare
 * metadata calls (`graphql_mutation/functions/create_function_permission_*.yaml`) that the
 * Python test methods post as steps; they are not cases of their own.
 */
function isCaseFile(path: string): boolean {
  try {
    const parsed = readYamlFile(path);
    const first: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
    return first === null || typeof first !== 'object' || 'url' in first;
  } catch {
    return true; // an unreadable case is reported as a failing one
  }
}

export function loadSuite(root: string, dir: string): Suite {
  const path = join(root, dir);
  if (!existsSync(path)) throw new Error(`conformance directory not found: ${path}`);
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const has = (f: string) => (files.includes(f) ? f : undefined);
  const second = secondSetDirectory(dir);
  const mutation = files.includes('schema_setup.yaml');
  const convention: Convention = second?.convention ?? (mutation ? 'mutation' : 'class');
  const step = (file: string | undefined, url: SetupStep['url']): SetupStep[] => (file && has(file) ? [{ file, url }] : []);
  const valuesSetup = mutation ? has('values_setup.yaml') : undefined;
  const valuesTeardown = mutation ? has('values_teardown.yaml') : undefined;
  const values = convention === 'mutation' || convention === 'mutation-v2';
  const classSetup: SetupStep[] = {
    class: step('setup.yaml', '/v1/query'),
    method: step('setup.yaml', '/v1/query'),
    mutation: step('schema_setup.yaml', '/v1/query'),
    'class-v2': [...step('schema_setup.yaml', '/v2/query'), ...step('setup.yaml', '/v1/metadata')],
    'mutation-v2': [...step('pre_setup.yaml', '/v1/metadata'), ...step('schema_setup.yaml', '/v2/query'), ...step('setup.yaml', '/v1/metadata')],
  }[convention];
  const classTeardown: SetupStep[] = {
    class: step('teardown.yaml', '/v1/query'),
    method: step('teardown.yaml', '/v1/query'),
    mutation: step('schema_teardown.yaml', '/v1/query'),
    'class-v2': [...step('teardown.yaml', '/v1/metadata'), ...step('schema_teardown.yaml', '/v2/query')],
    'mutation-v2': [...step('teardown.yaml', '/v1/metadata'), ...step('schema_teardown.yaml', '/v2/query'), ...step('post_teardown.yaml', '/v1/metadata')],
  }[convention];
  const perMethod = convention === 'method';
  const notRun = second?.notRun ?? {};
  const caseFiles = files.filter((f) => !SETUP_FILE.test(f) && !(f in notRun) && isCaseFile(join(path, f)));
  const continuations: Record<string, string> = {};
  for (const file of caseFiles) {
    const match = /^(.+)_setup\.yaml$/.exec(file);
    const follow = match ? `${match[1]}_teardown.yaml` : undefined;
    if (follow && caseFiles.includes(follow)) continuations[file] = follow;
  }
  const continued = new Set(Object.values(continuations));
  return {
    dir,
    name: suiteName(dir),
    kind: mutation ? 'mutation' : 'query',
    convention,
    settings: second?.settings,
    cases: caseFiles.filter((f) => !continued.has(f)),
    continuations,
    before: perMethod ? [] : classSetup,
    after: perMethod ? [] : classTeardown,
    beforeEach: perMethod ? classSetup : values ? step(valuesSetup, '/v1/query') : [],
    afterEach: perMethod ? classTeardown : values ? step(valuesTeardown, '/v1/query') : [],
    caseSteps: Object.fromEntries(
      Object.entries(second?.caseSteps ?? {}).map(([file, s]) => [
        file,
        { before: s.before.map((f) => ({ file: f, url: '/v1/metadata' as const })), after: (s.after ?? []).map((f) => ({ file: f, url: '/v1/metadata' as const })) },
      ]),
    ),
  };
}
