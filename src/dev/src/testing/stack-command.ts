import { join } from 'node:path';
import { repoRoot } from '../paths.js';

/**
 * How a test should spawn `npm start`'s program: `spawn(command, args, { cwd })`.
 * One Node process with tsx as its loader, not the `tsx` command — that one wraps the
 * program in a second process which SIGKILLs it when it has not acknowledged a signal
 * within 30 ms (easy to miss on a loaded machine), leaving Postgres and pgBouncer behind.
 * Stop it with SIGTERM to `child.pid`; it exits 0 after stopping everything.
 */
export function stackCommand(root: string = repoRoot): { command: string; args: string[]; cwd: string } {
  return { command: process.execPath, args: ['--import', 'tsx', join(root, 'src', 'dev', 'src', 'start.ts')], cwd: root };
}
