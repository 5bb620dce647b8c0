import { describe, expect, it } from 'vitest';
import { planSchema, sha256 } from '../src/stack/schema-plan.js';

const at = new Date('2026-01-02T03:04:05Z');
const applied = (text: string) => ({ sha256: sha256(text), appliedAt: at });

describe('what npm start does with schema.sql and seed.sql', () => {
  it('applies both to a database without tables', () => {
    expect(planSchema({ schema: 'S', seed: 'D', applied: {}, publicTables: 0 })).toEqual([{ kind: 'apply-schema-and-seed' }]);
  });

  it('does nothing once the same files were applied', () => {
    expect(planSchema({ schema: 'S', seed: 'D', applied: { schema: applied('S'), seed: applied('D') }, publicTables: 9 })).toEqual([]);
  });

  it('warns, and changes nothing, when schema.sql changed since', () => {
    const steps = planSchema({ schema: 'S2', seed: 'D', applied: { schema: applied('S'), seed: applied('D') }, publicTables: 9 });
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'warn' });
    expect(steps[0]!.kind === 'warn' && steps[0]!.message).toMatch(/schema\.sql changed.*2026-01-02T03:04:05.000Z.*--reset/);
  });

  it('warns when seed.sql changed, and applies a seed.sql that appeared after the schema', () => {
    const changed = planSchema({ schema: 'S', seed: 'D2', applied: { schema: applied('S'), seed: applied('D') }, publicTables: 9 });
    expect(changed[0]!.kind === 'warn' && changed[0]!.message).toMatch(/seed\.sql changed/);
    expect(planSchema({ schema: 'S', seed: 'D', applied: { schema: applied('S') }, publicTables: 9 })).toEqual([{ kind: 'apply-seed' }]);
  });

  it('leaves alone a database whose tables it did not create', () => {
    const steps = planSchema({ schema: 'S', seed: 'D', applied: {}, publicTables: 3 });
    expect(steps[0]!.kind === 'warn' && steps[0]!.message).toMatch(/already has 3 table\(s\)/);
  });

  it('only notes a missing schema.sql', () => {
    expect(planSchema({ applied: {}, publicTables: 0 })).toEqual([{ kind: 'note', message: expect.stringMatching(/does not exist yet/) }]);
  });
});
