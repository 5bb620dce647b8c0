// @ts-check
/**
 * Which Debian packages each command needs, and how to tell, without dpkg, that one is
 * present: probing a file each package installs costs microseconds, which keeps a warm
 * `npm start` fast, and honours the env overrides that point at other installations.
 */

/** @typedef {'start' | 'test' | 'bench' | 'engine' | 'conformance' | 'invoke' | 'metadata-export' | 'migration-new'} Command */
/** @typedef {'postgresql-15' | 'postgresql-15-postgis-3' | 'pgbouncer' | 'chromium' | 'locales'} SystemPackage */
/** @typedef {Readonly<Record<string, string | undefined>>} Env */

/** @type {readonly Command[]} */
export const COMMANDS = ['start', 'test', 'bench', 'engine', 'conformance', 'invoke', 'metadata-export', 'migration-new'];

/** @param {string} value @returns {value is Command} */
export function isCommand(value) {
  return /** @type {readonly string[]} */ (COMMANDS).includes(value);
}

/**
 * @param {Command} command
 * @param {Env} env
 * @returns {SystemPackage[]}
 */
export function requiredPackages(command, env) {
  switch (command) {
    case 'start':
      // An external DATABASE_URL replaces the local server; pgBouncer still fronts it.
      return env.DATABASE_URL ? ['pgbouncer'] : ['postgresql-15', 'pgbouncer'];
    case 'test':
      // locales: Hasura's conformance setups need the en_US.UTF-8 locale (generated from it).
      return ['postgresql-15', 'postgresql-15-postgis-3', 'pgbouncer', 'chromium', 'locales'];
    case 'bench':
      return ['postgresql-15', 'pgbouncer'];
    case 'conformance':
      return ['postgresql-15', 'postgresql-15-postgis-3', 'pgbouncer', 'locales'];
    case 'engine':
      return [];
    // These talk to the running stack (npm start), which brought its own servers.
    case 'invoke':
    case 'metadata-export':
    case 'migration-new':
      return [];
  }
}

/**
 * Files whose presence means the package (or the installation an env variable points at)
 * is usable. Any one of them is enough.
 * @param {SystemPackage} pkg
 * @param {Env} env
 * @returns {string[]}
 */
export function probeFiles(pkg, env) {
  switch (pkg) {
    case 'postgresql-15':
      return env.POSTGRES_BIN_DIR ? [`${env.POSTGRES_BIN_DIR}/postgres`] : ['/usr/lib/postgresql/15/bin/postgres'];
    case 'postgresql-15-postgis-3':
      // With POSTGRES_BIN_DIR the user manages their own server and its extensions.
      return env.POSTGRES_BIN_DIR ? [`${env.POSTGRES_BIN_DIR}/postgres`] : ['/usr/share/postgresql/15/extension/postgis.control'];
    case 'pgbouncer':
      return env.PGBOUNCER_BIN ? [env.PGBOUNCER_BIN] : ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];
    case 'chromium':
      return env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium'];
    case 'locales':
      return ['/usr/share/i18n/locales/en_US'];
  }
}

/**
 * @param {readonly SystemPackage[]} required
 * @param {Env} env
 * @param {(path: string) => boolean} exists
 * @returns {SystemPackage[]}
 */
export function missingPackages(required, env, exists) {
  return required.filter((pkg) => !probeFiles(pkg, env).some(exists));
}

/**
 * The exact command a non-root user has to run.
 * @param {readonly SystemPackage[]} missing
 */
export function sudoInstallCommand(missing) {
  return `sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}
