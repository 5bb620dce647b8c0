// @ts-check
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The TypeScript program behind each command, and a runner that hands it the terminal:
 * signals are forwarded, and its exit code (or the signal that ended it) becomes ours.
 */

/** @type {Record<import('./requirements.mjs').Command, string>} */
export const ENTRY_POINTS = {
  start: 'src/dev/src/start.ts',
  test: 'src/dev/src/test-command.ts',
  bench: 'src/dev/src/bench-command.ts',
  engine: 'src/engine/src/main.ts',
  conformance: 'src/engine/conformance/cli.ts',
  invoke: 'src/dev/src/commands/invoke.ts',
  'metadata-export': 'src/dev/src/commands/metadata-export.ts',
  'migration-new': 'src/dev/src/commands/migration-new.ts',
};

/**
 * A reason the command cannot run at all, checked before anything is installed.
 * @param {import('./requirements.mjs').Command} command
 * @param {string} root
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {(path: string) => boolean} exists
 * @returns {string | undefined}
 */
export function preconditionError(command, root, env, exists) {
  if (command === 'engine' && !env.HASURA_GRAPHQL_DATABASE_URL) {
    return 'npm run engine needs HASURA_GRAPHQL_DATABASE_URL (a postgres:// URL straight to Postgres, not through pgBouncer)';
  }
  const entry = ENTRY_POINTS[command];
  if (!exists(join(root, entry))) {
    return command === 'conformance' ? `${entry} does not exist yet: the conformance runner has not been written` : `${entry} does not exist`;
  }
  return undefined;
}

const FORWARDED = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/**
 * How a TypeScript entry point runs: one Node process with the local tsx as its loader.
 * Not the `tsx` command: that wraps the program in a second process which, when the
 * program has not acknowledged a signal within 30 ms (a busy event loop on a loaded
 * machine), SIGKILLs it — and a stack killed that way cannot stop its servers.
 * @param {string} entry absolute path
 * @param {string[]} args
 * @returns {string[]} arguments for `node`
 */
export function nodeArgsFor(entry, args) {
  return ['--import', 'tsx', entry, ...args];
}

/**
 * Runs `entry` with the local tsx and exits the way it exits.
 * @param {string} root
 * @param {string} entry
 * @param {string[]} args
 * @returns {Promise<never>}
 */
export function runEntryPoint(root, entry, args) {
  if (!existsSync(join(root, 'node_modules', 'tsx', 'package.json'))) throw new Error('tsx is missing after npm install');
  // `--import tsx` resolves from the working directory: the repository's node_modules.
  const child = spawn(process.execPath, nodeArgsFor(join(root, entry), args), { stdio: 'inherit', cwd: root });
  // A terminal's Ctrl-C reaches the child directly as well; forwarding covers `kill <pid>`
  // aimed at us alone. Children treat a repeated signal as the same request.
  /** @type {Array<[NodeJS.Signals, () => void]>} */
  const handlers = FORWARDED.map((signal) => [signal, () => child.kill(signal)]);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  // `kill <npm's pid>` makes npm pass SIGTERM to its `sh -c`, which dies of it and leaves us
  // orphaned without a signal of our own: a new parent pid is our cue to stop the child.
  const parent = process.ppid;
  const watchdog = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watchdog);
    child.kill('SIGTERM');
  }, 500);
  watchdog.unref();
  return new Promise((_, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      for (const [s, handler] of handlers) process.off(s, handler);
      if (signal) {
        // Die by the same signal so our parent sees what really happened.
        process.kill(process.pid, signal);
        return;
      }
      process.exit(code ?? 1);
    });
  });
}
