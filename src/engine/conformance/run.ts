import { join } from 'node:path';
import { readCaseFile, readYamlFile, type CaseEntry } from './case-file.js';
import { createEngineClient, type AuthMode, type EngineClient } from './client.js';
import { compareResponse, headersMatch, sameErrorCodes } from './compare.js';
import { CLEAR_DB_FILE, ISSUE_3_DIRECTORIES, loadSuite, secondSetDirectory, type SetupStep, type Suite } from './suites.js';
import { CONFORMANCE_ADMIN_SECRET, conformanceDataRoot } from './defaults.js';

/**
 * Runs Hasura's YAML cases against a running engine with the harness's setup conventions and
 * comparison rules, one directory after another, and returns a machine-readable summary.
 * A case is one file; it passes when every request in it passes. A case that cannot run
 * (its directory's setup failed) is a failure with that reason.
 */
export interface CaseResult {
  file: string;
  entries: number;
  outcome: 'pass' | 'soft-pass' | 'fail';
  /** Why it failed, or what the harness would only have warned about. */
  reason?: string;
  /** A soft pass whose error bodies still carry the expected `code`s (what a client branches on). */
  sameCodes?: boolean;
}

export interface SuiteResult {
  dir: string;
  name: string;
  cases: CaseResult[];
  passed: number;
  softPassed: number;
  /** Passed, or soft-passed with the expected error codes. */
  sameCodes: number;
  failed: number;
  setupError?: string;
  teardownError?: string;
}

export interface ConformanceSummary {
  engineUrl: string;
  startedAt: string;
  durationMs: number;
  totals: { cases: number; passed: number; softPassed: number; sameCodes: number; failed: number; passRate: number; strictPassRate: number };
  suites: SuiteResult[];
}

export interface ConformanceOptions {
  /** Data root holding `server/` and `legacy-*`; defaults to ../shared/hasura-conformance. */
  root?: string;
  engineUrl: string;
  /** Defaults to the secret `startConformanceEngine` configures. */
  adminSecret?: string;
  jwtKey?: string;
  /** Directories relative to the root; defaults to the issue 3 list. */
  dirs?: readonly string[];
  log?: (line: string) => void;
  /**
   * Starts an engine on the same database with further settings, for directories whose class
   * runs with them (`HASURA_GRAPHQL_INFER_FUNCTION_PERMISSIONS=false`, ...). Without it those
   * directories run on the main engine.
   */
  engineWith?: (settings: Readonly<Record<string, string>>) => Promise<{ url: string; stop: () => Promise<void> }>;
}

/**
 * Cases that assert behaviour of Hasura's JWT/webhook auth modes (no admin secret sent):
 * the harness runs them only in those modes, so they are sent with a JWT built from the headers.
 */
const JWT_MODE_CASES = new Set(['backend_user_no_admin_secret_fail.yaml']);

function describeBody(body: unknown): string {
  const text = JSON.stringify(body);
  return text.length > 600 ? text.slice(0, 600) + '…' : text;
}

async function postSetup(client: EngineClient, root: string, suite: Suite, steps: readonly SetupStep[]): Promise<void> {
  for (const { file, url } of steps) {
    const body = readYamlFile(join(root, suite.dir, file));
    const result = await client.post(url, body);
    if (result.status !== 200) throw new Error(`${file}: HTTP ${result.status} ${describeBody(result.body)}`);
  }
}

async function checkEntry(client: EngineClient, entry: CaseEntry, mode: AuthMode): Promise<{ ok: boolean; soft?: string; sameCodes?: boolean; reason?: string }> {
  const result = await client.post(entry.url, entry.query, entry.headers ?? {}, mode, entry.method ?? 'POST');
  const where = entry.description ? `"${entry.description}": ` : '';
  if (result.status !== entry.status) {
    return { ok: false, reason: `${where}expected HTTP ${entry.status}, got ${result.status}: ${describeBody(result.body)}` };
  }
  const candidates = entry.allowed_responses ?? (entry.response !== undefined ? [{ response: entry.response, resp_headers: entry.resp_headers }] : []);
  if (candidates.length === 0) return { ok: true };
  let soft: string | undefined;
  let codes = false;
  let last = '';
  for (const candidate of candidates) {
    const verdict = compareResponse(candidate.response, result.body, entry.query);
    if (!headersMatch(candidate.resp_headers as Record<string, unknown> | undefined, result.headers)) {
      last = 'response headers differ';
      continue;
    }
    if (verdict.match === 'exact') return { ok: true };
    if (verdict.match === 'soft') {
      soft = `${where}${verdict.note}: got ${describeBody(result.body)}`;
      codes ||= sameErrorCodes(candidate.response, result.body);
    } else last = verdict.note;
  }
  if (soft) return { ok: true, soft, sameCodes: codes };
  return { ok: false, reason: `${where}${last}: expected ${describeBody(candidates[0]!.response)}, got ${describeBody(result.body)}` };
}

async function runCase(client: EngineClient, root: string, suite: Suite, file: string): Promise<CaseResult> {
  let entries: CaseEntry[];
  try {
    entries = readCaseFile(join(root, suite.dir, file));
    const continuation = suite.continuations[file];
    if (continuation) entries = [...entries, ...readCaseFile(join(root, suite.dir, continuation))];
  } catch (error) {
    return { file, entries: 0, outcome: 'fail', reason: `unreadable case file: ${(error as Error).message}` };
  }
  const result = await runEntries(client, root, suite, file, entries);
  // A case that stopped half-way leaves the sources it added behind it; the next case must not inherit them.
  if (result.outcome === 'fail') await dropAddedSources(client);
  return result;
}

/**
 * Drops every source but `default`, emptying its database first: what a multi-source case's own
 * last steps do when it runs to the end.
 */
async function dropAddedSources(client: EngineClient): Promise<void> {
  const exported = await client.post('/v1/metadata', { type: 'export_metadata', args: {} });
  const sources = ((exported.body as { sources?: { name: string }[] } | undefined)?.sources ?? []).filter((s) => s.name !== 'default');
  for (const { name } of sources) {
    await client.post('/v1/query', { type: 'run_sql', args: { source: name, sql: 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;', cascade: true } });
    await client.post('/v1/metadata', { type: 'pg_drop_source', args: { name, cascade: true } });
  }
}

async function runEntries(client: EngineClient, root: string, suite: Suite, file: string, entries: CaseEntry[]): Promise<CaseResult> {
  const mode: AuthMode = JWT_MODE_CASES.has(file) ? 'jwt' : 'admin-secret';
  const softNotes: string[] = [];
  let sameCodes = true;
  try {
    await postSetup(client, root, suite, suite.beforeEach);
    await postSetup(client, root, suite, suite.caseSteps[file]?.before ?? []);
    for (const entry of entries) {
      const check = await checkEntry(client, entry, mode);
      if (!check.ok) return { file, entries: entries.length, outcome: 'fail', reason: check.reason };
      if (check.soft) {
        softNotes.push(check.soft);
        sameCodes &&= check.sameCodes === true;
      }
    }
  } catch (error) {
    return { file, entries: entries.length, outcome: 'fail', reason: `could not run: ${(error as Error).message}` };
  } finally {
    await postSetup(client, root, suite, suite.caseSteps[file]?.after ?? []).catch(() => undefined);
    await postSetup(client, root, suite, suite.afterEach).catch(() => undefined);
  }
  return softNotes.length > 0
    ? { file, entries: entries.length, outcome: 'soft-pass', reason: softNotes.join(' | '), sameCodes }
    : { file, entries: entries.length, outcome: 'pass' };
}

/** Puts the database back to empty when a directory's teardown did not. */
async function hardReset(client: EngineClient): Promise<void> {
  await client.post('/v1/metadata', { type: 'clear_metadata', args: {} });
  await client.post('/v2/query', {
    type: 'run_sql',
    args: { sql: 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; CREATE EXTENSION IF NOT EXISTS postgis;', cascade: true },
  });
}

async function runSuite(client: EngineClient, root: string, suite: Suite, log: (line: string) => void): Promise<SuiteResult> {
  const dir = suite.dir;
  const result: SuiteResult = { dir, name: suite.name, cases: [], passed: 0, softPassed: 0, sameCodes: 0, failed: 0 };
  try {
    await postSetup(client, root, suite, suite.before);
  } catch (error) {
    result.setupError = (error as Error).message;
  }
  for (const file of suite.cases) {
    const outcome = result.setupError ? { file, entries: 0, outcome: 'fail' as const, reason: `setup failed: ${result.setupError}` } : await runCase(client, root, suite, file);
    result.cases.push(outcome);
    if (outcome.outcome === 'pass') result.passed++;
    else if (outcome.outcome === 'soft-pass') result.softPassed++;
    else result.failed++;
    if (outcome.outcome === 'pass' || outcome.sameCodes) result.sameCodes++;
  }
  try {
    await postSetup(client, root, suite, suite.after);
  } catch (error) {
    result.teardownError = (error as Error).message;
  }
  if (result.setupError || result.teardownError) await hardReset(client);
  log(
    `${suite.name}: ${result.passed + result.softPassed}/${suite.cases.length} passed, ${result.sameCodes} with identical error codes${result.softPassed ? ` (${result.softPassed} with differing error messages)` : ''}`,
  );
  return result;
}

async function clearDb(client: EngineClient, root: string): Promise<void> {
  const clear = await client.post('/v2/query', readYamlFile(join(root, CLEAR_DB_FILE)));
  if (clear.status !== 200) throw new Error(`clear_db.yaml failed: HTTP ${clear.status} ${describeBody(clear.body)}`);
}

/**
 * A second-set directory: `clear_db.yaml` first, as before every tests-py class, and on an engine
 * with the directory's settings when it has some. The main engine reloads its metadata afterwards,
 * since the other engine changed the catalog under it.
 */
async function runSecondSetSuite(
  options: ConformanceOptions & { root: string; adminSecret: string },
  client: EngineClient,
  suite: Suite,
  log: (line: string) => void,
): Promise<SuiteResult> {
  if (!suite.settings || !options.engineWith) {
    await clearDb(client, options.root);
    return runSuite(client, options.root, suite, log);
  }
  const engine = await options.engineWith(suite.settings);
  try {
    const own = createEngineClient({ ...options, engineUrl: engine.url });
    await clearDb(own, options.root);
    return await runSuite(own, options.root, suite, log);
  } finally {
    await engine.stop();
    await client.post('/v1/metadata', { type: 'reload_metadata', args: {} });
  }
}

export async function runConformance(input: ConformanceOptions): Promise<ConformanceSummary> {
  const options = { ...input, root: input.root ?? conformanceDataRoot(), adminSecret: input.adminSecret ?? CONFORMANCE_ADMIN_SECRET };
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const client = createEngineClient(options);
  await clearDb(client, options.root);
  // Hasura's CI databases have PostGIS installed; the permissions and update/delete setups rely on it.
  const postgis = await client.post('/v2/query', { type: 'run_sql', args: { sql: 'CREATE EXTENSION IF NOT EXISTS postgis;' } });
  if (postgis.status !== 200) log(`warning: could not create the postgis extension: ${describeBody(postgis.body)}`);

  const suites: SuiteResult[] = [];
  for (const dir of options.dirs ?? ISSUE_3_DIRECTORIES) {
    const suite = loadSuite(options.root, dir);
    suites.push(secondSetDirectory(dir) ? await runSecondSetSuite(options, client, suite, log) : await runSuite(client, options.root, suite, log));
  }

  const cases = suites.reduce((n, s) => n + s.cases.length, 0);
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const softPassed = suites.reduce((n, s) => n + s.softPassed, 0);
  const sameCodes = suites.reduce((n, s) => n + s.sameCodes, 0);
  return {
    engineUrl: options.engineUrl,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    totals: {
      cases,
      passed,
      softPassed,
      sameCodes,
      failed: cases - passed - softPassed,
      passRate: cases === 0 ? 0 : (passed + softPassed) / cases,
      strictPassRate: cases === 0 ? 0 : passed / cases,
    },
    suites,
  };
}
