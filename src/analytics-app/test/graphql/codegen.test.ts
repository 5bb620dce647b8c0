import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

/**
 * src/gql/ is generated and committed; this regenerates it in memory and compares, so a
 * document edited without `npm run codegen` (whose `graphql()` lookup would then find no
 * typed document) fails here as well as in tsc.
 */
describe('src/gql', () => {
  it('is what codegen makes of the documents and graphql/analyst.graphql now', async () => {
    const appDir = join(import.meta.dirname, '..', '..');
    const outputs = await generate({ ...config, cwd: appDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(readFileSync(join(appDir, filename), 'utf8'), `${filename} is stale: run \`npm run codegen\``).toBe(content);
    }
  });
});
