import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { exportRoleSchemas } from '../graphql-schema/export-role-schemas.js';
import { repoRoot, schemaFile } from '../paths.js';
import { startPostgresCluster } from '../postgres/cluster.js';
import { freePort } from '../process/free-port.js';

/**
 * `npm run graphql-schema -w src/dev`: writes the SDL of every role the apps run as
 * (graphql-schema/role-schema-files.ts), as the engine serves it for hasura/metadata over
 * schema.sql. It needs nothing running: a throw-away Postgres gets schema.sql, the engine
 * starts on it, each role is introspected, and both go away. `--check` writes nothing and
 * fails if a committed file differs (the same check as test/graphql-schema.test.ts).
 */
const USAGE = `usage: npm run graphql-schema [-- --check]

Writes the GraphQL schema (SDL) of every role the apps run as, as the engine serves it for
hasura/metadata over schema.sql, into the apps' src/*/graphql/ folders; a throw-away Postgres
and engine do the work, nothing needs to be running. npm run codegen runs this, then the apps'
typed-document generation.

  --check      write nothing; exit 1 if a committed file differs
  -h, --help   this text`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const check = args.includes('--check');
  mkdirSync(join(repoRoot, '.data'), { recursive: true });
  const base = mkdtempSync(join(repoRoot, '.data', 'graphql-schema-'));
  // Postgres runs as the postgres account when we are root: it must reach its folder.
  chmodSync(base, 0o755);
  const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), port: await freePort(), runDir: join(base, 'run') });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE app');
    await admin.end();
    const app = new pg.Client({ connectionString: cluster.urlFor('app') });
    await app.connect();
    await app.query(readFileSync(schemaFile, 'utf8'));
    await app.end();

    let stale = 0;
    for (const { role, path, sdl } of await exportRoleSchemas(cluster.urlFor('app'))) {
      const file = join(repoRoot, path);
      let committed: string | undefined;
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        committed = undefined;
      }
      if (committed === sdl) continue;
      stale++;
      if (check) {
        console.error(`${path} (${role}) differs from the engine's schema`);
      } else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, sdl);
        console.log(`wrote ${path} (${role})`);
      }
    }
    if (stale === 0) console.log('the committed GraphQL schemas are current');
    else if (check) console.error('run `npm run graphql-schema -w src/dev`, then `npm run codegen --workspaces --if-present`');
    return check && stale > 0 ? 1 : 0;
  } finally {
    await cluster.stop();
    rmSync(base, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
