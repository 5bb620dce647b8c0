import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Postgres and pgBouncer refuse to run as root. When we are root, every server
 * process is spawned directly as the unprivileged `postgres` account (created by
 * Debian's postgresql-common package), so signals reach the server itself, and the
 * folders it writes are handed to that account.
 */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const SERVICE_USER = 'postgres';

let account: { uid: number; gid: number } | undefined;
function serviceAccount(): { uid: number; gid: number } {
  if (!account) {
    const id = (flag: string) => Number(execFileSync('id', [flag, SERVICE_USER]).toString().trim());
    account = { uid: id('-u'), gid: id('-g') };
  }
  return account;
}

export function spawnService(bin: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const identity = isRoot ? serviceAccount() : {};
  return spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], ...identity, ...options });
}

/** Creates `dir` and gives it to the service account when we are root. */
export function serviceDir(dir: string, mode = 0o700): string {
  // Parents stay traversable (0755) so the service account can reach the leaf.
  mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
  mkdirSync(dir, { recursive: true, mode });
  if (isRoot) {
    const { uid, gid } = serviceAccount();
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** Runs a service command to completion, rejecting with its output when it fails. */
export function runService(bin: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnService(bin, args, options);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${bin} ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}
