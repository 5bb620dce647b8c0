import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One command of `npm test`, run to completion with inherited output. */
export interface SuiteStep {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/**
 * The end-to-end hook: a part with browser tests adds `src/<part>/e2e/vitest.config.ts`, run
 * with `vitest run --config` (exit code = result). They run after the unit and integration
 * tests, in name order.
 */
export function e2eSteps(repoRoot: string, bin: (name: string) => string, exists: (path: string) => boolean = existsSync): SuiteStep[] {
  const src = join(repoRoot, 'src');
  const parts = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const steps: SuiteStep[] = [];
  for (const part of parts) {
    const config = join(src, part, 'e2e', 'vitest.config.ts');
    if (exists(config)) steps.push({ name: `e2e ${part}`, command: bin('vitest'), args: ['run', '--config', config] });
  }
  return steps;
}

/**
 * Typecheck, lint (eslint.config.js: import cycles, layer boundaries), the format check
 * (Prettier, .prettierrc), then unit + integration
 * tests (root vitest config), then the e2e suites. Arguments after `npm test --` narrow the
 * vitest run (`npm test -- src/dev`); the static checks always cover the whole tree.
 */
export function suiteSteps(repoRoot: string, vitestArgs: readonly string[], exists: (path: string) => boolean = existsSync): SuiteStep[] {
  const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
  return [
    { name: 'typecheck (tsc -b)', command: bin('tsc'), args: ['-b'] },
    { name: 'lint (eslint)', command: bin('eslint'), args: ['.'] },
    { name: 'format (prettier --check)', command: bin('prettier'), args: ['--check', '.'] },
    { name: 'unit + integration (vitest)', command: bin('vitest'), args: ['run', ...vitestArgs] },
    ...(vitestArgs.length > 0 ? [] : e2eSteps(repoRoot, bin, exists)),
  ];
}

export interface StepResult {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

export function formatSummary(results: readonly StepResult[]): string[] {
  const width = Math.max(...results.map((r) => r.name.length), 10);
  const failed = results.filter((r) => !r.ok).length;
  return [
    '',
    'npm test summary',
    ...results.map((r) => `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s${r.ok ? '' : `  (${r.detail})`}`),
    failed === 0 ? `all ${results.length} steps passed` : `${failed} of ${results.length} steps failed`,
  ];
}
