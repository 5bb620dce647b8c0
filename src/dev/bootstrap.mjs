#!/usr/bin/env node
// @ts-check
/**
 * `npm start | test | bench | run engine | run conformance | run invoke | run metadata:export |
 * run migration:new` land here. Plain Node with no
 * dependencies, because it runs before `npm install`: it installs what is missing (npm
 * packages; Debian packages when root), then hands over to the TypeScript entry point.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, isCommand } from './bootstrap/requirements.mjs';
import { checkSystemPackages, installSystemPackages } from './bootstrap/system-packages.mjs';
import { ensureNpmDependencies } from './bootstrap/npm-deps.mjs';
import { ENTRY_POINTS, preconditionError, runEntryPoint } from './bootstrap/entry-points.mjs';
import { HELP, wantsHelp } from './bootstrap/help.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const say = (/** @type {string} */ line) => process.stderr.write(`[bootstrap] ${line}\n`);

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command || !isCommand(command)) {
    say(`usage: node src/dev/bootstrap.mjs <${COMMANDS.join('|')}> [args...]`);
    process.exit(2);
  }
  const help = HELP[command];
  if (help && wantsHelp(args)) {
    process.stdout.write(help + '\n');
    return;
  }
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 20) throw new Error(`Node ${process.versions.node} is too old: Node 20 or newer is required`);
  const problem = preconditionError(command, root, process.env, existsSync);
  if (problem) throw new Error(problem);

  // BOOTSTRAP_SKIP_INSTALL=1: the caller vouches that everything is installed (the tests
  // of this file run while other tests use node_modules, which npm must not touch then).
  if (process.env.BOOTSTRAP_SKIP_INSTALL !== '1') {
    const missing = checkSystemPackages(command, process.env);
    // apt and npm touch different things: let them run side by side on a fresh machine.
    // Both settle before we report, so a failed apt never leaves npm writing node_modules behind us.
    const results = await Promise.allSettled([installSystemPackages(missing, say), ensureNpmDependencies(root, say)]);
    for (const result of results) if (result.status === 'rejected') throw result.reason;
  }
  await runEntryPoint(root, ENTRY_POINTS[command], args);
}

main().catch((error) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
