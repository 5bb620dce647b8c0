import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';

/**
 * scripts/hasura: the Hasura CLI workflow. The CLI itself cannot be installed here (it
 * downloads its own binary), so a stand-in `hasura` on PATH records the arguments it gets
 * and answers `metadata inconsistency list` with what the test chooses.
 */
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'hasura-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const calls = join(work, 'calls.log');
const standIn = join(work, 'bin', 'hasura');
mkdirSync(join(work, 'bin'));
writeFileSync(
  standIn,
  `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "${calls}"
if [ "$1 $2 $3" = "metadata inconsistency list" ]; then printf '%s' "\${STAND_IN_INCONSISTENCIES:-[]}"; fi
`,
);
chmodSync(standIn, 0o755);

const script = (name: string) => join(repoRoot, 'scripts', 'hasura', name);
const PROJECT = join(repoRoot, 'hasura');

async function runScript(name: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string; calls: string[] }> {
  writeFileSync(calls, '');
  try {
    const { stdout, stderr } = await run('bash', [script(name)], { env: { PATH: '/usr/bin:/bin', ...env } });
    return { code: 0, stdout, stderr, calls: readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr, calls: readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) };
  }
}

const withCli = { PATH: `${join(work, 'bin')}:/usr/bin:/bin`, HASURA_GRAPHQL_ADMIN_SECRET: 'secret', HASURA_GRAPHQL_ENDPOINT: 'https://hasura.example.test' };
const common = `--project ${PROJECT} --endpoint https://hasura.example.test --skip-update-check`;

describe('scripts/hasura', () => {
  it.each(['apply.sh', 'status.sh'])('%s says how to get the CLI when it is missing, and exits 127', async (name) => {
    const result = await runScript(name, { HASURA_GRAPHQL_ADMIN_SECRET: 'secret' });
    expect(result.code).toBe(127);
    expect(result.stderr).toContain("the Hasura CLI ('hasura') is not installed");
    expect(result.stderr).toContain('npm install --global hasura-cli');
    expect(result.stderr).toContain('docker compose up');
    expect(result.calls).toEqual([]);
  });

  it('apply.sh applies migrations, then metadata, then checks consistency', async () => {
    const result = await runScript('apply.sh', withCli);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.calls).toEqual([`migrate apply --database-name default ${common}`, `metadata apply ${common}`, `metadata inconsistency list --output json ${common}`]);
    expect(result.stdout).toContain('metadata is consistent');
  });

  it('apply.sh fails and prints the objects when the metadata is inconsistent', async () => {
    const report = '[{"type":"table","reason":"no such table"}]';
    const result = await runScript('apply.sh', { ...withCli, STAND_IN_INCONSISTENCIES: report });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the metadata is inconsistent');
    expect(result.stderr).toContain(report);
  });

  it('status.sh only reads: migrate status, metadata diff, inconsistencies', async () => {
    const result = await runScript('status.sh', withCli);
    expect(result.code).toBe(0);
    expect(result.calls.map((c) => c.split(' --project')[0])).toEqual(['migrate status --database-name default', 'metadata diff', 'metadata inconsistency list --output json']);
  });

  it('refuses to run without an admin secret', async () => {
    const result = await runScript('apply.sh', { PATH: withCli.PATH });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HASURA_GRAPHQL_ADMIN_SECRET is not set');
    expect(result.calls).toEqual([]);
  });

  it('the CLI stays out of every package.json', () => {
    for (const dir of ['.', 'src/engine', 'src/backend', 'src/dev', 'src/order-app', 'src/analytics-app']) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
      const names = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => Object.keys(manifest[k] ?? {}));
      expect(
        names.filter((n) => /hasura-cli|^hasura$/.test(n)),
        `${dir}/package.json`,
      ).toEqual([]);
    }
  });
});
