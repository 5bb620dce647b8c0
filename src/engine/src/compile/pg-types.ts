import { sql } from '../sql/builder.js';

/** Postgres types the compiler casts its own parameters to (column types come from the catalog: `typeRef`). */
export const PG = {
  text: sql.raw('text'),
  textArray: sql.raw('text[]'),
  bigint: sql.raw('bigint'),
  integer: sql.raw('integer'),
  boolean: sql.raw('boolean'),
  float8: sql.raw('float8'),
  numeric: sql.raw('numeric'),
  json: sql.raw('json'),
  jsonb: sql.raw('jsonb'),
  tidArray: sql.raw('tid[]'),
} as const;
