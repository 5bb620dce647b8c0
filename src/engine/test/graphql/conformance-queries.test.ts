import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceDataPresent, LEGACY_BASIC, QUERIES, runDirectory, summarize } from './conformance/run-directory.js';

/**
 * Hasura's own query cases, executed in process through GraphQLService.execute. The floors
 * record how many cases pass today; raising them is the point, lowering them is a regression.
 */
const DIRECTORIES: { name: string; dir: string; floor: number; stringifyNumeric?: boolean }[] = [
  { name: 'legacy basic', dir: LEGACY_BASIC, floor: 40, stringifyNumeric: true },
  { name: 'boolexp/basic', dir: join(QUERIES, 'graphql_query/boolexp/basic'), floor: 25 },
  { name: 'boolexp/jsonb', dir: join(QUERIES, 'graphql_query/boolexp/jsonb'), floor: 8 },
  { name: 'boolexp/search', dir: join(QUERIES, 'graphql_query/boolexp/search'), floor: 11 },
  { name: 'order_by', dir: join(QUERIES, 'graphql_query/order_by'), floor: 14 },
  { name: 'limits', dir: join(QUERIES, 'graphql_query/limits'), floor: 5 },
  { name: 'offset', dir: join(QUERIES, 'graphql_query/offset'), floor: 4 },
  { name: 'aggregations', dir: join(QUERIES, 'graphql_query/aggregations'), floor: 5, stringifyNumeric: true },
  { name: 'agg_perm', dir: join(QUERIES, 'graphql_query/agg_perm'), floor: 10 },
  { name: 'permissions', dir: join(QUERIES, 'graphql_query/permissions'), floor: 33 },
];

describe.runIf(conformanceDataPresent)('Hasura conformance: graphql_query (in process)', () => {
  for (const d of DIRECTORIES) {
    it(`${d.name} passes at least ${d.floor} cases`, async () => {
      const results = await runDirectory(d.dir, { stringifyNumeric: d.stringifyNumeric });
      console.log(summarize(d.name, results));
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => r.passed).length).toBeGreaterThanOrEqual(d.floor);
    });
  }
});
