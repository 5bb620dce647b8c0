import { describe, expect, it } from 'vitest';
import { missingPackages, requiredPackages, sudoInstallCommand, isCommand } from '../bootstrap/requirements.mjs';
import { dependencyFiles, dependencyFingerprint, npmAction } from '../bootstrap/npm-deps.mjs';
import { preconditionError } from '../bootstrap/entry-points.mjs';

describe('system packages each command needs', () => {
  it('start needs the server and pgBouncer; with an external DATABASE_URL only pgBouncer', () => {
    expect(requiredPackages('start', {})).toEqual(['postgresql-15', 'pgbouncer']);
    expect(requiredPackages('start', { DATABASE_URL: 'postgres://x@db/app' })).toEqual(['pgbouncer']);
  });

  it('test also needs PostGIS and Chromium; engine needs nothing', () => {
    expect(requiredPackages('test', {})).toEqual(['postgresql-15', 'postgresql-15-postgis-3', 'pgbouncer', 'chromium', 'locales']);
    expect(requiredPackages('conformance', {})).toContain('postgresql-15-postgis-3');
    expect(requiredPackages('engine', {})).toEqual([]);
  });

  it('finds missing packages by the files they install, honouring the override variables', () => {
    const present = new Set(['/usr/lib/postgresql/15/bin/postgres', '/usr/bin/pgbouncer', '/opt/chrome']);
    const exists = (p: string) => present.has(p);
    expect(missingPackages(requiredPackages('test', {}), {}, exists)).toEqual(['postgresql-15-postgis-3', 'chromium', 'locales']);
    expect(missingPackages(['chromium'], { CHROMIUM_PATH: '/opt/chrome' }, exists)).toEqual([]);
    expect(missingPackages(['pgbouncer'], { PGBOUNCER_BIN: '/nowhere/pgbouncer' }, exists)).toEqual(['pgbouncer']);
  });

  it('tells a non-root user the exact command', () => {
    expect(sudoInstallCommand(['pgbouncer', 'chromium'])).toBe('sudo apt-get install -y --no-install-recommends pgbouncer chromium');
  });

  it('knows its commands', () => {
    expect(isCommand('start')).toBe(true);
    expect(isCommand('deploy')).toBe(false);
  });
});

describe('npm dependencies', () => {
  it('installs from the lockfile when node_modules is missing, updates when a manifest changed, else nothing', () => {
    expect(npmAction({ hasLock: true, hasNodeModules: false, stampMatches: false })).toBe('ci');
    expect(npmAction({ hasLock: false, hasNodeModules: false, stampMatches: false })).toBe('install');
    expect(npmAction({ hasLock: true, hasNodeModules: true, stampMatches: false })).toBe('install');
    expect(npmAction({ hasLock: true, hasNodeModules: true, stampMatches: true })).toBeNull();
  });

  it('fingerprints the lockfile and every workspace manifest', () => {
    const files: Record<string, string> = {
      '/r/package.json': JSON.stringify({ workspaces: ['src/a', 'src/b'] }),
      '/r/package-lock.json': '{"lockfileVersion":3}',
      '/r/src/a/package.json': '{"name":"a"}',
    };
    const read = (p: string) => files[p];
    expect(dependencyFiles('/r', (p) => files[p] ?? '')).toEqual(['package.json', 'package-lock.json', 'src/a/package.json', 'src/b/package.json']);
    const before = dependencyFingerprint('/r', read);
    expect(dependencyFingerprint('/r', read)).toBe(before);
    files['/r/src/b/package.json'] = '{"name":"b","dependencies":{"x":"1"}}';
    expect(dependencyFingerprint('/r', read)).not.toBe(before);
    const withB = dependencyFingerprint('/r', read);
    files['/r/package-lock.json'] = '{"lockfileVersion":3,"packages":{}}';
    expect(dependencyFingerprint('/r', read)).not.toBe(withB);
  });
});

describe('preconditions', () => {
  it('the engine command needs its database URL', () => {
    expect(preconditionError('engine', '/r', {}, () => true)).toMatch(/HASURA_GRAPHQL_DATABASE_URL/);
    expect(preconditionError('engine', '/r', { HASURA_GRAPHQL_DATABASE_URL: 'postgres://x' }, () => true)).toBeUndefined();
  });

  it('says so when the conformance runner has not been written', () => {
    expect(preconditionError('conformance', '/r', {}, () => false)).toMatch(/conformance\/cli\.ts does not exist yet/);
    expect(preconditionError('conformance', '/r', {}, () => true)).toBeUndefined();
  });
});
