import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.js';
import { limitsForRole } from '../../src/limits/limits-config.js';
import { operationCost } from '../../src/limits/operation-cost.js';
import { checkOperationLimits } from '../../src/limits/operation-limits.js';
import { conformanceDataExists, conformanceDataRoot } from '../../conformance/defaults.js';
import { appOperations } from './app-operations.js';

/**
 * The default limits must never get in the way of the project's own apps nor of Hasura's
 * conformance cases run as a role: the margins these tests print are why the defaults are
 * what they are (depth 10, 150 nodes, batches of 10).
 */
const defaults = limitsForRole(configFromEnv({ HASURA_GRAPHQL_DATABASE_URL: 'postgres://unused' }).apiLimits, 'customer');

describe('the default limits and the apps', () => {
  const operations = appOperations();

  it('finds the apps operations', () => {
    // Queries, mutations and subscriptions of both apps.
    expect(operations.length).toBeGreaterThanOrEqual(25);
    expect(new Set(operations.map((o) => o.operation.operation))).toEqual(new Set(['query', 'mutation', 'subscription']));
  });

  it('lets every operation of both apps through, with a wide margin', () => {
    const costs = operations.map((o) => ({ name: o.name, ...operationCost(o.document, o.operation), refused: checkOperationLimits(o.document, o.operation, defaults) }));
    expect(costs.filter((c) => c.refused)).toEqual([]);
    const deepest = Math.max(...costs.map((c) => c.depth));
    const widest = Math.max(...costs.map((c) => c.nodes));
    console.log(`app operations: deepest ${deepest} (limit ${defaults.depth}), most nodes ${widest} (limit ${defaults.nodes})`);
    expect(deepest * 2).toBeLessThanOrEqual(defaults.depth!);
    expect(widest * 10).toBeLessThanOrEqual(defaults.nodes!);
  });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? yamlFiles(path) : entry.endsWith('.yaml') ? [path] : [];
  });
}

describe.runIf(conformanceDataExists())("the default limits and Hasura's conformance cases", () => {
  it('lets every case sent as a role through (admin is not limited)', () => {
    let checked = 0;
    let largestBatch = 0;
    const refused: string[] = [];
    for (const file of yamlFiles(conformanceDataRoot())) {
      let parsed: unknown;
      try {
        parsed = parseYaml(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      for (const c of (Array.isArray(parsed) ? parsed : [parsed]) as { headers?: Record<string, string>; query?: unknown }[]) {
        if (!c || typeof c !== 'object' || !c.headers) continue;
        const role = Object.entries(c.headers).find(([k]) => k.toLowerCase() === 'x-hasura-role')?.[1];
        if (!role || role === 'admin') continue;
        const bodies = (Array.isArray(c.query) ? c.query : [c.query]) as { query?: unknown }[];
        if (Array.isArray(c.query)) largestBatch = Math.max(largestBatch, c.query.length);
        for (const body of bodies) {
          if (typeof body?.query !== 'string') continue;
          let document;
          try {
            document = parse(body.query);
          } catch {
            continue;
          }
          for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
            checked++;
            const error = checkOperationLimits(document, operation, defaults);
            if (error) refused.push(`${file}: ${error.message}`);
          }
        }
      }
    }
    console.log(`conformance operations sent as a role: ${checked}, largest batch ${largestBatch}`);
    expect(checked).toBeGreaterThan(50);
    expect(refused).toEqual([]);
    expect(largestBatch).toBeLessThanOrEqual(defaults.batch!);
  });
});
