import { sql, type SQL } from '../sql/builder.js';
import type { Session } from '../auth/session.js';

/**
 * Where a bind parameter's value comes from. Compiled SQL carries these descriptors instead of
 * values, so one compiled plan serves every request of the same shape: binding only looks up
 * variables and session values (and the realtime part can bind many cohorts at once).
 */
export type ParamSource = { kind: 'const'; value: unknown } | { kind: 'var'; name: string } | { kind: 'session'; name: string } | { kind: 'session_json' };

/** `json` values are sent as JSON text; `plain` values go to pg as they are (arrays become array literals). */
export interface Param {
  source: ParamSource;
  encode: 'plain' | 'json';
}

export class MissingSessionVariableError extends Error {
  constructor(readonly variable: string) {
    super(`missing session variable: "${variable}"`);
  }
}

/**
 * A bind parameter of the compiled statement, with its Postgres type (rendered `$n::type`):
 * the statement says what every value means, so the realtime part can read a cohort's values
 * from json text and cast them without asking Postgres.
 */
export function param(source: ParamSource, type: SQL, encode: Param['encode'] = 'plain'): SQL {
  const p: Param = { source, encode };
  return sql.param(p, type);
}

export function constParam(value: unknown, type: SQL, encode: Param['encode'] = 'plain'): SQL {
  return param({ kind: 'const', value }, type, encode);
}

function encode(value: unknown, how: Param['encode']): unknown {
  if (value === null || value === undefined) return null;
  if (how === 'json') return JSON.stringify(value);
  if (typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/** The session as Hasura hands it to SQL: lower-cased `x-hasura-*` names with string values. */
export function sessionJson(session: Session): string {
  return JSON.stringify(session.variables);
}

export function bindParams(params: readonly unknown[], variables: Record<string, unknown>, session: Session): unknown[] {
  return params.map((p) => {
    const { source, encode: how } = p as Param;
    switch (source.kind) {
      case 'const':
        return encode(source.value, how);
      case 'var':
        return encode(variables[source.name], how);
      case 'session': {
        const value = session.variables[source.name];
        if (value === undefined) throw new MissingSessionVariableError(source.name);
        return value;
      }
      case 'session_json':
        return sessionJson(session);
    }
  });
}

/** Names of the session variables a compiled statement reads. */
export function sessionVariablesUsed(params: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const p of params) if ((p as Param).source.kind === 'session') names.add(((p as Param).source as { name: string }).name);
  return [...names];
}
