import type { DatabaseModel, PgType } from '../introspection/model.js';
import type { ScalarInfo } from './catalog.js';

/** Hasura's GraphQL names for Postgres types; every other type keeps its Postgres name. */
const GRAPHQL_NAMES: Record<string, string> = {
  int4: 'Int',
  int2: 'smallint',
  int8: 'bigint',
  float4: 'Float',
  float8: 'float8',
  bool: 'Boolean',
  text: 'String',
  varchar: 'String',
};

const FAMILIES: Record<string, ScalarInfo['family']> = {
  int2: 'int',
  int4: 'int',
  int8: 'int',
  float4: 'float',
  float8: 'float',
  numeric: 'numeric',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  citext: 'string',
  name: 'string',
  char: 'string',
  bool: 'boolean',
  json: 'json',
  jsonb: 'jsonb',
  geometry: 'geometry',
  geography: 'geography',
  ltree: 'ltree',
};

/** Types whose values do not fit an IEEE double; HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES sends them as strings. */
const STRINGIFIABLE = new Set(['int8', 'numeric', 'float8']);

const UNKNOWN_TYPE: PgType = {
  oid: 0,
  schema: 'pg_catalog',
  name: 'text',
  kind: 'b',
  category: 'S',
  elementOid: null,
  baseOid: null,
  enumValues: null,
};

export function graphqlSafeName(name: string): string {
  const cleaned = name.replace(/[^_0-9A-Za-z]/g, '_');
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

function resolveDomain(db: DatabaseModel, type: PgType): PgType {
  let current = type;
  for (let depth = 0; current.kind === 'd' && current.baseOid && depth < 10; depth++) {
    const base = db.types.get(current.baseOid);
    if (!base) break;
    current = base;
  }
  return current;
}

export function scalarInfo(db: DatabaseModel, typeOid: number): ScalarInfo {
  const pgType = db.types.get(typeOid) ?? { ...UNKNOWN_TYPE, oid: typeOid };
  const baseType = resolveDomain(db, pgType);
  const isArray = baseType.category === 'A' && baseType.elementOid !== null;
  const family: ScalarInfo['family'] = isArray ? 'other' : (FAMILIES[baseType.name] ?? 'other');
  const gqlName = GRAPHQL_NAMES[pgType.name] ?? graphqlSafeName(pgType.name);
  return { gqlName, pgType, baseType, isArray, family };
}

/**
 * A function argument's scalar. A row type (a table-row argument of a tracked function) is named
 * `<type>_scalar`, as Hasura's mkScalarTypeName names PGCompositeScalar: the tracked table of that
 * name is already an object type. Columns of a composite type keep the type's own name.
 */
export function functionArgScalarInfo(db: DatabaseModel, typeOid: number): ScalarInfo {
  const info = scalarInfo(db, typeOid);
  return info.pgType.kind === 'c' ? { ...info, gqlName: `${graphqlSafeName(info.pgType.name)}_scalar` } : info;
}

export function isStringifiable(scalar: ScalarInfo): boolean {
  return !scalar.isArray && STRINGIFIABLE.has(scalar.baseType.name);
}

/** Types `sum`/`avg`/`stddev`/... accept (Hasura: numeric columns). */
export function isNumericScalar(scalar: ScalarInfo): boolean {
  return !scalar.isArray && (scalar.family === 'int' || scalar.family === 'float' || scalar.family === 'numeric' || scalar.baseType.name === 'money');
}

/** Types `min`/`max` accept: numbers, strings, dates and times (anything ordered but not json or geometry). */
export function isComparableScalar(scalar: ScalarInfo): boolean {
  if (scalar.isArray) return false;
  if (isNumericScalar(scalar)) return true;
  return scalar.family === 'string' || scalar.baseType.category === 'D' || scalar.baseType.category === 'E' || ['inet', 'ltree'].includes(scalar.baseType.name);
}
