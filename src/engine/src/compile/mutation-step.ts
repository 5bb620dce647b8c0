import type { SQL } from '../sql/builder.js';

/** Runs one compiled statement inside the request's transaction and returns its rows. */
export interface StatementRunner {
  run<Row = Record<string, unknown>>(statement: SQL, errorPath: string): Promise<Row[]>;
}

/** One mutation root field: statements run in order within the request's transaction. */
export interface MutationStep {
  key: string;
  execute(runner: StatementRunner): Promise<unknown>;
}

export class CheckFailedError extends Error {
  constructor(readonly path: string) {
    super('check constraint of an insert/update permission has failed');
  }
}
