/**
 * `npm run bench`: every `bench/<name>/index.ts` in name order, one after the other (they
 * measure, so they must not compete for the two cores). `npm run bench -- <name>...` runs
 * only those. Exit code is non-zero when any benchmark failed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findBenchmarks } from './commands/benchmarks.js';
import { repoRoot } from './paths.js';

function run(name: string): Promise<boolean> {
  process.stdout.write(`\n=== bench ${name}\n`);
  return new Promise((resolve) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'bench', name, 'index.ts')], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

let only: string[];
try {
  only = parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: true }).positionals;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nusage: npm run bench [-- <name>...]\n`);
  process.exit(2);
}
const names = findBenchmarks(repoRoot, only);
const unknown = only.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`no benchmark ${unknown.join(', ')} (bench/<name>/index.ts)\n`);
  process.exit(2);
}
if (names.length === 0) process.stdout.write('no benchmarks yet (bench/<name>/index.ts)\n');
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (interrupted = true));
const failed: string[] = [];
for (const name of names) {
  if (interrupted) break;
  if (!(await run(name))) failed.push(name);
}
if (failed.length > 0) process.stdout.write(`\nfailed: ${failed.join(', ')}\n`);
process.exit(failed.length > 0 || interrupted ? 1 : 0);
