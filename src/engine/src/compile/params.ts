import { sql, type SQL } from '../sql/builder.js';
import type { Session } from '../auth/session.js';

/**
 * Where a bind parameter's value comes from. Compiled SQL carries these descriptors instead of
 * values, so one compiled plan serves every request of the same shape: binding only looks up
 * variables and session values (and the realtime part can bind many cohorts at once).
 */
export type ParamSource =
  /** `fromVariable`: the value came out of a variable (an object or list variable read into the statement's shape), so it must stay bound (see constLiteral). */
  { kind: 'const'; value: unknown; fromVariable?: true } | { kind: 'var'; name: string } | { kind: 'session'; name: string } | { kind: 'session_json' };

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

/**
 * A row count fixed by the statement's shape (a limit or offset written in the document, a
 * role's row limit), written into the text rather than bound: the plan is cached per document,
 * so the number is the same at every execution, and a prepared statement's generic plan then
 * knows it (with `LIMIT $1`, Postgres estimates a tenth of the rows and keeps planning afresh).
 * A count past JavaScript's exact integers stays a parameter.
 */
export function countLiteral(n: number): SQL {
  return Number.isSafeInteger(n) && n >= 0 ? sql.literal(n) : constParam(n, sql.raw('bigint'));
}

/**
 * A constant compared with a column (a literal of the document or of a role's permission, never
 * a variable or a session value), written into the text as `'text'::type` when it is a string, a
 * finite number or a boolean: what Postgres parses is then exactly the text node-postgres would
 * have bound, and a prepared statement's generic plan knows the value (a bound
 * `status = $1` is planned for an average status; `'delivered'`, 88% of the orders, is not
 * average). Hasura writes literals into its SQL the same way. The plan is cached per document
 * and role, so this adds no statement shapes; a value read out of a variable (`where: $filter`)
 * stays bound, so that requests differing only in variable values share a statement (and a
 * subscription poller). Other values stay bound, as does a string holding
 * a backslash (it would mean something else with `standard_conforming_strings` off) or a NUL.
 */
export function constLiteral(source: ParamSource, type: SQL): SQL | null {
  if (source.kind !== 'const' || source.fromVariable) return null;
  const value = source.value;
  let text: string;
  if (typeof value === 'string') text = value;
  else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') text = String(value);
  else return null;
  if (/[\\\0]/.test(text) || text.length > 1000) return null;
  return sql`${sql.literal(text)}::${type}`;
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
