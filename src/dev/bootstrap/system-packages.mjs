// @ts-check
import { existsSync } from 'node:fs';
import { missingPackages, requiredPackages, sudoInstallCommand } from './requirements.mjs';
import { run } from './run.mjs';

/**
 * Debian packages the command needs. As root they are installed; otherwise the user is
 * told the exact command. Debian's postgresql package may create and start a system
 * cluster on 5432: harmless, and nothing here uses it — every command runs its own
 * clusters under `.data/` on other ports.
 */

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Returns the packages that still have to be installed (empty when all are present).
 * Throws with the sudo command when they are missing and we are not root.
 * @param {import('./requirements.mjs').Command} command
 * @param {NodeJS.ProcessEnv} env
 */
export function checkSystemPackages(command, env) {
  const missing = missingPackages(requiredPackages(command, env), env, existsSync);
  if (missing.length > 0 && !isRoot) {
    throw new Error(`missing system packages: ${missing.join(', ')}\nInstall them with:\n\n  ${sudoInstallCommand(missing)}\n`);
  }
  return missing;
}

/**
 * @param {string[]} missing
 * @param {(line: string) => void} say
 */
export async function installSystemPackages(missing, say) {
  if (missing.length === 0) return;
  say(`installing system packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  if ((await install()) === 0) return;
  // A fresh machine often has no package lists yet: refresh them once and retry.
  say('apt-get install failed; running apt-get update and retrying');
  if ((await run('apt-get', ['update'], { env })) !== 0) throw new Error('apt-get update failed');
  const code = await install();
  if (code !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed with exit code ${code}`);
}
