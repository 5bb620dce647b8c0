import type { DatabaseModel, FunctionModel } from '../introspection/index.js';

const JSON_OID = 114;

export interface FunctionConfiguration {
  exposed_as?: string | null;
  session_argument?: string | null;
}

/**
 * Why a function cannot be tracked, in the words of Hasura's mkFunctionInfo (`Inconsistent object:
 * in function "f": the function "f" cannot be tracked because ...`), or null when it can: it returns
 * a table's rows, a `session_argument` names a json argument, and it is exposed as a mutation only
 * when VOLATILE.
 */
export function trackedFunctionProblem(fn: FunctionModel, configuration: FunctionConfiguration | undefined, db: DatabaseModel): string | null {
  const why = (reason: string) => `the function "${fn.name}" cannot be tracked because ${reason}`;
  if (!db.tablesByRowType.has(fn.returnTypeOid)) return why('the function does not return a "COMPOSITE" type');
  const session = configuration?.session_argument;
  if (session) {
    const arg = fn.args.find((a) => a.name === session);
    if (!arg) return why(`session argument "${session}" does not exist`);
    if (Number(arg.typeOid) !== JSON_OID) return why(`session argument "${session}" is not of type json`);
  }
  if (configuration?.exposed_as === 'mutation' && fn.volatility !== 'v') {
    return why('the function was requested to be exposed as a mutation, but is not marked VOLATILE. Maybe the function was given the wrong volatility when it was defined?');
  }
  return null;
}
