// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

/**
 * npm dependencies are (re)installed only when the lockfile or a package.json changed
 * since the last install, so a warm start costs a few file reads instead of the
 * 2–5 s an `npm install` takes even when it has nothing to do.
 */

const STAMP = join('node_modules', '.3factor-deps.sha256');

/**
 * The files that decide what node_modules should contain.
 * @param {string} root
 * @param {(path: string) => string} readFile
 * @returns {string[]} paths relative to root
 */
export function dependencyFiles(root, readFile) {
  /** @type {{ workspaces?: unknown }} */
  const manifest = JSON.parse(readFile(join(root, 'package.json')));
  const workspaces = Array.isArray(manifest.workspaces) ? manifest.workspaces.filter((w) => typeof w === 'string') : [];
  return ['package.json', 'package-lock.json', ...workspaces.map((w) => `${w}/package.json`)];
}

/**
 * @param {string} root
 * @param {(path: string) => string | undefined} readIfExists
 */
export function dependencyFingerprint(root, readIfExists) {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]}\n`);
  const read = (/** @type {string} */ p) => readIfExists(p) ?? '';
  for (const file of dependencyFiles(root, read)) {
    hash.update(`${file}\n`);
    hash.update(readIfExists(join(root, file)) ?? '<missing>');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * `npm ci` for a clean install from the lockfile; `npm install` when node_modules is
 * only out of date, because it respects the lockfile too and keeps what is already there
 * (a developer who just ran `npm install <pkg>` should not wait for a full reinstall).
 * @param {{ hasLock: boolean, hasNodeModules: boolean, stampMatches: boolean }} state
 * @returns {null | 'ci' | 'install'}
 */
export function npmAction({ hasLock, hasNodeModules, stampMatches }) {
  if (!hasNodeModules) return hasLock ? 'ci' : 'install';
  return stampMatches ? null : 'install';
}

/** @param {string} path */
function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root
 * @param {(line: string) => void} say
 */
export async function ensureNpmDependencies(root, say) {
  const stampFile = join(root, STAMP);
  const before = dependencyFingerprint(root, readIfExists);
  const action = npmAction({
    hasLock: existsSync(join(root, 'package-lock.json')),
    // A half-finished install has no tsx yet; treat it as no install at all.
    hasNodeModules: existsSync(join(root, 'node_modules', '.bin', 'tsx')),
    stampMatches: readIfExists(stampFile)?.trim() === before,
  });
  if (!action) return;
  say(`npm ${action} (dependencies ${action === 'ci' ? 'not installed yet' : 'changed'})`);
  const flags = ['--no-audit', '--no-fund'];
  // The lockfile pins every tarball by hash, so a cached copy is exactly right: skip asking
  // the registry whether it is still current.
  const code = await run('npm', [action, ...flags, ...(action === 'ci' ? ['--prefer-offline'] : [])], { cwd: root });
  if (code !== 0) {
    if (action !== 'ci') throw new Error(`npm ${action} failed with exit code ${code}`);
    // `npm ci` refuses a lockfile that lags a package.json; `npm install` repairs it.
    say('npm ci failed; retrying with npm install');
    const retry = await run('npm', ['install', ...flags], { cwd: root });
    if (retry !== 0) throw new Error(`npm install failed with exit code ${retry}`);
  }
  // npm install may have rewritten the lockfile; stamp what is there now.
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  writeFileSync(stampFile, dependencyFingerprint(root, readIfExists) + '\n');
}
