import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';
import type { RunningEngine } from '../../src/engine.js';
import {
  CONFORMANCE_ADMIN_SECRET, CONFORMANCE_JWT_KEY, conformanceDataExists, conformanceDataRoot, ensureLocale, formatReport, runConformance,
  startConformanceEngine,
} from '../../conformance/index.js';

/**
 * Hasura's own YAML cases (read from ../shared/hasura-conformance, never copied here) against
 * the real engine on a fresh database. The pass count must not drop below the committed floor.
 */
const floor = (JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as { passed: number }).passed;

describe.runIf(conformanceDataExists())('Hasura conformance cases (issue 3 directories)', () => {
  let db: TestDatabase;
  let engine: RunningEngine;

  beforeAll(async () => {
    // The test cluster is already running: a locale generated now only helps the next run.
    ensureLocale((line) => process.stdout.write(line + '\n'));
    db = await createTestDatabase('empty');
    engine = await startConformanceEngine(db.url);
  });

  afterAll(async () => {
    await engine?.stop();
    await db?.drop();
  });

  it(`passes at least ${floor} case files`, async () => {
    const summary = await runConformance({
      root: conformanceDataRoot(),
      engineUrl: engine.url,
      adminSecret: CONFORMANCE_ADMIN_SECRET,
      jwtKey: CONFORMANCE_JWT_KEY,
    });
    const out = join(repoRoot, '.data', 'conformance');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.test.json'), JSON.stringify(summary, null, 2) + '\n');
    process.stdout.write(formatReport(summary));
    expect(summary.totals.cases).toBeGreaterThan(150);
    expect(summary.totals.passed + summary.totals.softPassed).toBeGreaterThanOrEqual(floor);
  }, 900_000);
});
