import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRIGGER_OPS, dropTrigger, dropTriggerFunction, renderTriggerFunction } from '../../src/events/trigger-sql.js';

/**
 * The trigger SQL byte for byte: a function body is compared with the `prosrc` that engines and
 * Hasura already wrote, so any change to its text replaces every trigger function at the next
 * start. UPDATE_GOLDEN=1 rewrites the file (review the diff: it is what databases will see).
 */
const goldenPath = fileURLToPath(new URL('./fixtures/trigger-sql.golden.json', import.meta.url));

const columns = [
  { name: 'id', type: 'int4' },
  { name: 'where', type: 'geometry' },
  { name: 'area', type: 'geography' },
  { name: 'Mixed "Case"', type: 'text' },
  { name: 'status', type: 'text' },
];

function rendered(): unknown {
  const cases = [
    { trigger: 'orders-status', table: { schema: 'public', name: 'orders' }, spec: { columns: ['status'] as string[] | '*' } },
    { trigger: 'all', table: { schema: 'my schema', name: "it's" }, spec: { columns: '*' as const, payload: ['id', 'Mixed "Case"'] } },
    // A body holding the default dollar-quote tag gets another one.
    { trigger: 'quote', table: { schema: 'public', name: '$hasura$' }, spec: { columns: '*' as const } },
  ];
  return cases.map(({ trigger, table, spec }) => ({
    trigger,
    functions: TRIGGER_OPS.map((op) => {
      const fn = renderTriggerFunction(trigger, table, columns, op, spec);
      return { ...fn, dropFunction: dropTriggerFunction(fn.name), dropTrigger: dropTrigger(fn.name, table) };
    }),
  }));
}

describe('trigger SQL (golden)', () => {
  it('renders the functions, triggers and statements exactly as before', () => {
    const actual = rendered();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, JSON.stringify(actual, null, 1) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
