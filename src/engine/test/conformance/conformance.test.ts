import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';
import type { RunningEngine } from '../../src/engine.js';
import {
  CONFORMANCE_ADMIN_SECRET,
  CONFORMANCE_JWT_KEY,
  EXTRA_DIRECTORIES,
  ISSUE_3_DIRECTORIES,
  SECOND_SET_DIRECTORIES,
  conformanceDataExists,
  conformanceDataRoot,
  ensureLocale,
  formatReport,
  runConformance,
  startConformanceEngine,
  type SuiteResult,
} from '../../conformance/index.js';

/**
 * Hasura's own YAML cases (read from ../shared/hasura-conformance, never copied here) against
 * the real engine on a fresh database, over HTTP and through its own metadata API: the one
 * conformance harness (../../conformance, also `npm run conformance`). Every directory runs, the
 * issue 3 list and the further ones; neither the issue 3 total nor any directory may drop below
 * its committed floor.
 */
const floors = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as {
  passed: number;
  suites: Record<string, number>;
  secondSet: { passed: number; sameCodes: number; suites: Record<string, number> };
};
const passing = (suite: SuiteResult) => suite.passed + suite.softPassed;

describe.runIf(conformanceDataExists())('Hasura conformance cases', () => {
  let db: TestDatabase;
  /** The further sources of the multi-source cases (HASURA_GRAPHQL_PG_SOURCE_URL_1 and _2), as Hasura's CI has them. */
  let sourceDbs: TestDatabase[] = [];
  let sourceEnv: Record<string, string> = {};
  let engine: RunningEngine;

  beforeAll(async () => {
    // The test cluster is already running: a locale generated now only helps the next run.
    ensureLocale((line) => process.stdout.write(line + '\n'));
    db = await createTestDatabase('empty');
    sourceDbs = [await createTestDatabase('empty'), await createTestDatabase('empty')];
    sourceEnv = Object.fromEntries(sourceDbs.map((source, index) => [`HASURA_GRAPHQL_PG_SOURCE_URL_${index + 1}`, source.url]));
    engine = await startConformanceEngine(db.url, undefined, sourceEnv);
  });

  afterAll(async () => {
    await engine?.stop();
    for (const source of sourceDbs) await source.drop();
    await db?.drop();
  });

  it(`passes at least ${floors.passed} issue 3 case files, and every directory its floor`, async () => {
    const summary = await runConformance({
      root: conformanceDataRoot(),
      engineUrl: engine.url,
      adminSecret: CONFORMANCE_ADMIN_SECRET,
      jwtKey: CONFORMANCE_JWT_KEY,
      dirs: [...ISSUE_3_DIRECTORIES, ...EXTRA_DIRECTORIES],
    });
    const out = join(repoRoot, '.data', 'conformance');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.test.json'), JSON.stringify(summary, null, 2) + '\n');
    process.stdout.write(formatReport(summary));
    expect(summary.totals.cases).toBeGreaterThan(150);
    const issue3 = summary.suites.filter((s) => (ISSUE_3_DIRECTORIES as readonly string[]).includes(s.dir));
    expect(issue3.reduce((n, s) => n + passing(s), 0)).toBeGreaterThanOrEqual(floors.passed);
    const perSuite = Object.fromEntries(summary.suites.map((s) => [s.name, passing(s)]));
    expect(Object.keys(perSuite).sort()).toEqual(Object.keys(floors.suites).sort());
    for (const [name, floor] of Object.entries(floors.suites)) expect(perSuite[name], name).toBeGreaterThanOrEqual(floor);
  }, 900_000);

  // The INDEX's second set: each directory with its tests-py setup convention, and on an engine
  // with the settings its class runs with. Floors are what passes today, so they only go up.
  it(`passes at least ${floors.secondSet.passed} second-set case files, and every directory its floor`, async () => {
    const summary = await runConformance({
      root: conformanceDataRoot(),
      engineUrl: engine.url,
      adminSecret: CONFORMANCE_ADMIN_SECRET,
      jwtKey: CONFORMANCE_JWT_KEY,
      dirs: SECOND_SET_DIRECTORIES.map((d) => d.dir),
      engineWith: (settings) => startConformanceEngine(db.url, undefined, { ...sourceEnv, ...settings }),
    });
    const out = join(repoRoot, '.data', 'conformance');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.second-set.test.json'), JSON.stringify(summary, null, 2) + '\n');
    process.stdout.write(formatReport(summary));
    expect(summary.totals.passed + summary.totals.softPassed).toBeGreaterThanOrEqual(floors.secondSet.passed);
    expect(summary.totals.sameCodes).toBeGreaterThanOrEqual(floors.secondSet.sameCodes);
    const perSuite = Object.fromEntries(summary.suites.map((s) => [s.name, passing(s)]));
    expect(Object.keys(perSuite).sort()).toEqual(Object.keys(floors.secondSet.suites).sort());
    for (const [name, floor] of Object.entries(floors.secondSet.suites)) expect(perSuite[name], name).toBeGreaterThanOrEqual(floor);
  }, 900_000);
});
