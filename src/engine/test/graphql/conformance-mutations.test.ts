import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceDataPresent, QUERIES, runDirectory, summarize } from './conformance/run-directory.js';

/**
 * Hasura's mutation cases, executed in process through GraphQLService.execute, with rows reset
 * around every case file as Hasura's harness does. Floors record today's passing count.
 */
const DIRECTORIES: { name: string; floor: number; stringifyNumeric?: boolean }[] = [
  { name: 'insert/basic', floor: 11, stringifyNumeric: true },
  { name: 'insert/onconflict', floor: 9 },
  { name: 'insert/nested', floor: 16 },
  { name: 'insert/permissions', floor: 38 },
  { name: 'insert/constraints', floor: 2 },
  { name: 'update/basic', floor: 7, stringifyNumeric: true },
  { name: 'update/jsonb', floor: 7 },
  { name: 'update/permissions', floor: 11 },
  { name: 'delete/basic', floor: 4 },
  { name: 'delete/permissions', floor: 9 },
  { name: 'delete/constraints', floor: 1 },
];

describe.runIf(conformanceDataPresent)('Hasura conformance: graphql_mutation (in process)', () => {
  for (const d of DIRECTORIES) {
    it(`${d.name} passes at least ${d.floor} cases`, async () => {
      const results = await runDirectory(join(QUERIES, 'graphql_mutation', d.name), { perFileValues: true, stringifyNumeric: d.stringifyNumeric });
      console.log(summarize(d.name, results));
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => r.passed).length).toBeGreaterThanOrEqual(d.floor);
    });
  }
});
