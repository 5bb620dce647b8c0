import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummary, suiteSteps } from '../src/commands/test-steps.js';
import { findBenchmarks } from '../src/commands/benchmarks.js';

const root = mkdtempSync(join(tmpdir(), 'dev-commands-'));
const touch = (path: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
};
touch('src/order-app/e2e/vitest.config.ts');
// A stray script is not a suite: every e2e suite runs on vitest.
touch('src/engine/e2e/run.ts');
touch('src/analytics-app/e2e/vitest.config.ts');
touch('src/engine/src/main.ts');
touch('bench/live-queries/index.ts');
touch('bench/events/index.ts');
mkdirSync(join(root, 'bench', 'notes'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm test steps', () => {
  it('typechecks, lints, checks the format, runs vitest, then every e2e suite a part plugged in', () => {
    const steps = suiteSteps(root, []);
    expect(steps.map((s) => s.name)).toEqual([
      'typecheck (tsc -b)',
      'lint (eslint)',
      'format (prettier --check)',
      'unit + integration (vitest)',
      'e2e analytics-app',
      'e2e order-app',
    ]);
    expect(steps[0]).toMatchObject({ command: join(root, 'node_modules/.bin/tsc'), args: ['-b'] });
    expect(steps[1]).toMatchObject({ command: join(root, 'node_modules/.bin/eslint'), args: ['.'] });
    expect(steps[2]).toMatchObject({ command: join(root, 'node_modules/.bin/prettier'), args: ['--check', '.'] });
    expect(steps[4]).toMatchObject({ command: join(root, 'node_modules/.bin/vitest'), args: ['run', '--config', join(root, 'src/analytics-app/e2e/vitest.config.ts')] });
    expect(steps[5]).toMatchObject({ command: join(root, 'node_modules/.bin/vitest'), args: ['run', '--config', join(root, 'src/order-app/e2e/vitest.config.ts')] });
  });

  it('narrows vitest to the given arguments and leaves the e2e suites out, not the static checks', () => {
    const steps = suiteSteps(root, ['src/dev']);
    expect(steps.map((s) => s.name)).toEqual(['typecheck (tsc -b)', 'lint (eslint)', 'format (prettier --check)', 'unit + integration (vitest)']);
    expect(steps[3]!.args).toEqual(['run', 'src/dev']);
  });

  it('summarises failures', () => {
    const lines = formatSummary([
      { name: 'typecheck', ok: true, detail: 'exit code 0', seconds: 3.21 },
      { name: 'vitest', ok: false, detail: 'exit code 1', seconds: 40 },
    ]);
    expect(lines).toContain('  FAIL  vitest        40.0 s  (exit code 1)');
    expect(lines.at(-1)).toBe('1 of 2 steps failed');
  });
});

describe('benchmarks', () => {
  it('finds bench/<name>/index.ts in name order, optionally only some', () => {
    expect(findBenchmarks(root)).toEqual(['events', 'live-queries']);
    expect(findBenchmarks(root, ['live-queries'])).toEqual(['live-queries']);
    expect(findBenchmarks(join(root, 'src'))).toEqual([]);
  });
});
