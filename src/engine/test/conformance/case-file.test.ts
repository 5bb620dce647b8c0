import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indentQuotedContinuations, readYamlFile } from '../../conformance/case-file.js';

/** Case files are written for PyYAML; the reader takes the form it accepts and the yaml package does not. */
describe('reading a case file', () => {
  const text = ['- description: "a description that goes on', '  over two lines"', '  url: /v1/graphql', '  status: 200', ''].join('\n');

  it('reads a quoted scalar whose continuation lines are no deeper than its key, as PyYAML does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-file-'));
    try {
      writeFileSync(join(dir, 'case.yaml'), text);
      expect(readYamlFile(join(dir, 'case.yaml'))).toEqual([{ description: 'a description that goes on over two lines', url: '/v1/graphql', status: 200 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indents only the continuation lines', () => {
    expect(indentQuotedContinuations(text).split('\n')).toEqual(['- description: "a description that goes on', '      over two lines"', '  url: /v1/graphql', '  status: 200', '']);
  });
});
