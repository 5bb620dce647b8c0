import type { SQL } from '../sql/builder.js';
import type { ActionInfo } from '../schema/catalog.js';

/** Runs one compiled statement inside the request's transaction and returns its rows. */
export interface StatementRunner {
  run<Row = Record<string, unknown>>(statement: SQL, errorPath: string): Promise<Row[]>;
}

/** One mutation root field: statements run in order within the request's transaction. */
export interface MutationStep {
  key: string;
  execute(runner: StatementRunner): Promise<unknown>;
  /** A sync action: run by its handler outside the transaction, not by `execute`. */
  action?: ActionCall;
  /** Writes an async action's log entry (the worker is woken once the transaction committed). */
  logsAsyncAction?: boolean;
}

export class CheckFailedError extends Error {
  constructor(readonly path: string) {
    super('check constraint of an insert/update permission has failed');
  }
}

/** A sync action root field: the handler call, then the output statement over its JSON. */
export interface ActionCall {
  key: string;
  action: ActionInfo;
  /** The field's arguments, coerced: the payload's `input`. */
  input: Record<string, unknown>;
  /** `SELECT <json> AS "data"`, reading the handler's JSON from ACTION_PAYLOAD_VARIABLE. */
  output: SQL;
}
