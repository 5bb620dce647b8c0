import { sql, type SQL } from '../sql/builder.js';
import type { ScalarInfo } from '../schema/catalog.js';
import { isStringifiable } from '../schema/scalars.js';
import { constParam } from './params.js';
import { PG } from './pg-types.js';

/**
 * How a value of a Postgres type appears in the JSON response, matching Hasura: geometry as
 * GeoJSON with the long CRS form, and bigint/numeric/float8 as strings when
 * HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES is on; everything else as Postgres's to_json renders it.
 */
export function outputValue(expr: SQL, scalar: ScalarInfo, stringifyNumeric: boolean): SQL {
  if (scalar.family === 'geometry' || scalar.family === 'geography') return sql`ST_AsGeoJSON(${expr}, 15, 4)::json`;
  if (stringifyNumeric && isStringifiable(scalar)) return sql`(${expr})::text`;
  return expr;
}

export function jsonPathValue(expr: SQL, keys: string[]): SQL {
  if (keys.length === 0) return expr;
  return sql`(${expr} #> ${constParam(keys, PG.textArray)})`;
}
