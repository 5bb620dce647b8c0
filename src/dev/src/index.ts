export { startPostgresCluster, type PostgresCluster } from './postgres/cluster.js';
export { startPgBouncer, type PgBouncer } from './pgbouncer/pgbouncer.js';
export { createTestDatabase, type TestDatabase } from './testing/database.js';
export { freePort } from './process/free-port.js';
export { repoRoot, schemaFile, seedFile, metadataDir } from './paths.js';
