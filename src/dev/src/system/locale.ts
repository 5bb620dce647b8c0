import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Hasura's conformance setups run `SET lc_monetary TO "en_US.utf-8"`, which Postgres accepts only when the
 * operating system has that locale. Debian ships the definitions in the `locales` package
 * but generates none by default; like PostGIS, the runner adds it when it is missing and it can
 * (root, localedef present). Otherwise the affected directories fail with Postgres's reason.
 */
export function ensureLocale(log: (line: string) => void, name = 'en_US.UTF-8'): boolean {
  const normalized = name.toLowerCase().replace('-', '');
  const have = () => {
    try {
      return execFileSync('locale', ['-a'], { encoding: 'utf8' })
        .split('\n')
        .some((l) => l.trim().toLowerCase().replace('-', '') === normalized);
    } catch {
      return false;
    }
  };
  if (have()) return true;
  const [language, charset] = name.split('.');
  const canGenerate = process.getuid?.() === 0 && existsSync(`/usr/share/i18n/locales/${language}`) && existsSync('/usr/bin/localedef');
  if (!canGenerate) {
    log(`warning: locale ${name} is missing and cannot be generated here; cases whose setup sets lc_monetary will fail`);
    return false;
  }
  try {
    execFileSync('/usr/bin/localedef', ['-i', language!, '-c', '-f', charset ?? 'UTF-8', name], { stdio: 'ignore' });
  } catch {
    // localedef exits non-zero for warnings (-c) even when the locale was written.
  }
  const ok = have();
  log(ok ? `generated the ${name} locale for Hasura's setups` : `warning: generating the ${name} locale failed`);
  return ok;
}
