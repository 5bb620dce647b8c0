import type pg from 'pg';
import { CATALOG_QUERY } from './catalog-query.js';
import { parseCatalog, type RawCatalog } from './parse-catalog.js';
import type { DatabaseModel } from './model.js';

export * from './model.js';
export { parseCatalog, type RawCatalog } from './parse-catalog.js';
export { CATALOG_QUERY } from './catalog-query.js';

/** Runs the catalog query and returns its raw JSON (what the fixture test stores). */
export async function readCatalog(pool: pg.Pool | pg.PoolClient): Promise<RawCatalog> {
  const result = await pool.query<{ catalog: RawCatalog }>(CATALOG_QUERY);
  const row = result.rows[0];
  if (!row) throw new Error('catalog query returned no row');
  return row.catalog;
}

/** One catalog query, parsed into the indexed model. */
export async function introspectDatabase(pool: pg.Pool | pg.PoolClient): Promise<DatabaseModel> {
  return parseCatalog(await readCatalog(pool));
}
