import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { loadMetadataDirectory } from '@3factor/engine/metadata/load-directory.js';
import { metadataV2Views, typecheckModule } from './helpers/metadata-v2-view.js';

/**
 * Drift check: hasura/metadata type-checks against Hasura's published metadata types
 * (`@hasura/metadata`: TypeScript types only, see helpers/metadata-v2-view.ts for what they
 * cover). The metadata is written into a .ts file as a literal of type HasuraMetadataV2 and
 * compiled with tsc, so a misspelt key, a wrong type or a value outside an enum fails.
 * A deliberately broken copy is compiled alongside to show the check can fail.
 */
const run = promisify(execFile);
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@hasura/metadata/package.json'));
const work = mkdtempSync(join(tmpdir(), 'hasura-metadata-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const metadata = loadMetadataDirectory(metadataDir) as unknown as Record<string, unknown>;
const { documents, relaxed } = metadataV2Views(metadata);

function brokenCopy(document: unknown): unknown {
  const copy = structuredClone(document) as { tables: Record<string, any>[] };
  // One fault per table: tsc reports an excess property only where nothing else is wrong.
  const restaurants = copy.tables.find((t) => t.table.name === 'restaurants')!;
  restaurants.selct_permissions = restaurants.select_permissions; // a misspelt key
  const orders = copy.tables.find((t) => t.table.name === 'orders')!;
  orders.event_triggers[0].retry_conf.num_retries = '5'; // a string where Hasura wants a number
  orders.event_triggers[0].definition.insert = { columns: 'all' }; // not "*" nor a column list
  return copy;
}

async function tsc(): Promise<{ code: number; errors: string[] }> {
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        types: [],
        paths: { '@hasura/metadata': [join(packageDir, 'v2', 'index.d.ts')] },
      },
      include: ['*.ts'],
    }),
  );
  const tscBin = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await run(process.execPath, [tscBin, '-p', work, '--pretty', 'false'], { cwd: work });
    return { code: 0, errors: [] };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, errors: stdout.split('\n').filter((line) => /error TS\d+/.test(line)) };
  }
}

describe("hasura/metadata against Hasura's published metadata types (@hasura/metadata)", () => {
  it('type-checks every source as HasuraMetadataV2; a broken copy does not', { timeout: 60_000 }, async () => {
    expect(Object.keys(documents)).toEqual(['default']);
    for (const [name, document] of Object.entries(documents)) {
      writeFileSync(join(work, `source-${name}.ts`), typecheckModule('metadata', document));
    }
    writeFileSync(join(work, 'broken-copy.ts'), typecheckModule('broken', brokenCopy(documents.default)));

    const { code, errors } = await tsc();
    expect(
      errors.filter((line) => !line.startsWith('broken-copy.ts')),
      'errors in hasura/metadata',
    ).toEqual([]);
    expect(code).not.toBe(0);
    const broken = errors.join('\n');
    expect(broken).toMatch(/known properties, and '"selct_permissions"' does not exist/);
    expect(broken).toMatch(/Type 'string' is not assignable to type 'number'/);
    expect(broken).toMatch(/Type '"all"' is not assignable/);
    // Only the v2 additions the 1.0.2 types predate, and actions' permission lists they mistype, were taken out (helpers/metadata-v2-view.ts).
    const unexpected = relaxed.filter(
      (path) => !/\.(using\.manual_configuration\.insertion_order|permission\.check|permission\.(query|subscription)_root_fields|permissions) \(/.test(path),
    );
    expect(unexpected).toEqual([]);
  });
});
