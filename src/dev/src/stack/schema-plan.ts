import { createHash } from 'node:crypto';

/**
 * Decides what `npm start` does with schema.sql and seed.sql for a database: apply them
 * once, then only compare. A changed file is reported, never applied over live data and
 * never "fixed" by dropping anything: that takes an explicit `npm start -- --reset`.
 */

export interface AppliedFile {
  sha256: string;
  appliedAt: Date;
}

export interface SchemaState {
  /** Contents of schema.sql / seed.sql, undefined when the file does not exist (yet). */
  schema?: string;
  seed?: string;
  /** What `dev_stack.applied_files` records for this database. */
  applied: { schema?: AppliedFile; seed?: AppliedFile };
  /** Number of tables in schema `public`. */
  publicTables: number;
}

export type SchemaStep = { kind: 'apply-schema-and-seed' } | { kind: 'apply-seed' } | { kind: 'note'; message: string } | { kind: 'warn'; message: string };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const RESET_HINT = 'The database keeps its current schema and data. To rebuild it from the files (this DELETES its data): npm start -- --reset';

export function planSchema(state: SchemaState): SchemaStep[] {
  const { schema, seed, applied } = state;
  if (schema === undefined) return [{ kind: 'note', message: 'schema.sql does not exist yet: the app database stays empty' }];
  if (!applied.schema) {
    if (state.publicTables > 0) {
      return [
        {
          kind: 'warn',
          message: `the app database already has ${state.publicTables} table(s) that npm start did not create; schema.sql and seed.sql are not applied to it`,
        },
      ];
    }
    return [{ kind: 'apply-schema-and-seed' }];
  }
  const steps: SchemaStep[] = [];
  if (applied.schema.sha256 !== sha256(schema)) {
    steps.push({
      kind: 'warn',
      message: `schema.sql changed since it was applied to this database (${applied.schema.appliedAt.toISOString()}). To carry the change over as a migration, keeping the data: npm run migration:new -- <name>. ${RESET_HINT}`,
    });
    return steps;
  }
  if (seed !== undefined && !applied.seed) steps.push({ kind: 'apply-seed' });
  else if (seed !== undefined && applied.seed && applied.seed.sha256 !== sha256(seed)) {
    steps.push({
      kind: 'warn',
      message: `seed.sql changed since it was applied to this database (${applied.seed.appliedAt.toISOString()}). ${RESET_HINT}`,
    });
  }
  return steps;
}
