/**
 * `npm test` (through src/dev/bootstrap.mjs, which has installed what was missing):
 * every step runs even when an earlier one failed, so one run shows everything broken;
 * the exit code is non-zero when any step failed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoRoot } from './paths.js';
import { formatSummary, suiteSteps, type StepResult, type SuiteStep } from './commands/test-steps.js';

function runStep(step: SuiteStep): Promise<StepResult> {
  const startedAt = Date.now();
  // Playwright suites find the system Chromium here unless told otherwise.
  const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return new Promise((resolve) => {
    process.stdout.write(`\n=== ${step.name}\n`);
    const child = spawn(step.command, step.args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ...(chromium ? { CHROMIUM_PATH: chromium } : {}), ...step.env },
    });
    const done = (ok: boolean, detail: string) => resolve({ name: step.name, ok, detail, seconds: (Date.now() - startedAt) / 1000 });
    child.on('error', (error) => done(false, error.message));
    child.on('exit', (code, signal) => done(code === 0, signal ? `killed by ${signal}` : `exit code ${code}`));
  });
}

let stopping = false;
// The terminal's Ctrl-C reaches the running step directly; we only stop starting new ones.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true));

const results: StepResult[] = [];
for (const step of suiteSteps(repoRoot, process.argv.slice(2))) {
  if (stopping) break;
  results.push(await runStep(step));
}
for (const line of formatSummary(results)) process.stdout.write(line + '\n');
process.exit(stopping || results.some((r) => !r.ok) ? 1 : 0);
