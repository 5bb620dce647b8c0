import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository's top folder. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const schemaFile = join(repoRoot, 'schema.sql');
export const seedFile = join(repoRoot, 'seed.sql');
export const metadataDir = join(repoRoot, 'hasura', 'metadata');
