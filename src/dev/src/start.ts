/**
 * `npm start` (through src/dev/bootstrap.mjs): the whole stack on this machine.
 * Options: `--reset` rebuilds the local app database from schema.sql and seed.sql;
 * `--verbose` keeps pgBouncer's per-connection log lines.
 */
import { repoRoot } from './paths.js';
import { stackConfigFromEnv } from './stack/config.js';
import { runStack } from './stack/run-stack.js';

const write = (line: string) => process.stdout.write(line + '\n');

let code: number;
try {
  code = await runStack(stackConfigFromEnv(process.env, repoRoot, process.argv.slice(2)), write);
} catch (error) {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  code = 1;
}
process.exit(code);
